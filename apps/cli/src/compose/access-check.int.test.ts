import { randomUUID } from 'node:crypto';
import type { AccessCheckRun, Platform } from '@snowball/core';
import { createScratchDatabase } from '@snowball/db/testing';
import { FakeDiscord, FakeSlackApi } from '@snowball/testkit';
import { JOBS } from '@snowball/worker';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openSystem, type System } from './open-system.js';
import { startPlatforms } from './start-platforms.js';

const DAY = 86_400_000;
const CHANNEL = 'C0MEMBERS';

/**
 * The access check as deployed: the composition's Discord role roster and Slack channel roster (discord.js REST and
 * Slack's WebClient against the fakes), the real role syncs, PostgreSQL, and the worker's `access.reconcile` job.
 */
describe('the access check on the fake Discord and Slack', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  let discord: FakeDiscord;
  let slack: FakeSlackApi;
  let system: System;
  let communityId: string;
  let ownerDiscordId: string;
  const users: Record<string, { discord: string; slack: string; memberId: string }> = {};

  beforeAll(async () => {
    discord = await FakeDiscord.start();
    slack = await FakeSlackApi.start();
    cleanups.push(
      () => discord.close(),
      () => slack.close(),
    );
    const scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: 'access' });
    cleanups.push(() => scratch.drop());
    const config = loadConfig({
      DATABASE_URL: scratch.url,
      SNOWBALL_COMMUNITY: 'access-club',
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.url,
      DISCORD_MEMBER_ROLE_ID: discord.guild.memberRoleId,
      SLACK_BOT_TOKEN: slack.defaultWorkspace.botToken,
      SLACK_SIGNING_SECRET: 'access-secret',
      SLACK_API_URL: slack.apiUrl,
      SLACK_MEMBER_CHANNEL_IDS: CHANNEL,
    });
    const platforms = await startPlatforms(config, { bot: false, logger: pino({ level: 'silent' }) });
    system = await openSystem(config, {
      messengers: platforms.messengers,
      roleSyncs: platforms.roleSyncs,
      accessRosters: platforms.accessRosters,
    });
    cleanups.push(() => system.close());
    const { community, ownerId } = await system.core.createCommunity({
      slug: 'access-club',
      name: 'Access Club',
      owner: { displayName: 'Olivia Owner' },
      settings: { defaultLocale: 'en' },
    });
    communityId = community.id;
    await system.ports.communities.attachWorkspace(communityId, 'discord', discord.guild.id);
    await system.ports.communities.attachWorkspace(communityId, 'slack', slack.defaultWorkspace.teamId);
    ownerDiscordId = discord.newUser('olivia').id;
    await link(ownerId, 'discord', ownerDiscordId);

    const now = Date.now();
    // name → membership end (null: never paid)
    const people: [string, number | null][] = [
      ['ann', now + 200 * DAY],
      ['bo', now + 200 * DAY],
      ['cy', now - 30 * DAY],
      ['dee', now + 200 * DAY],
    ];
    for (const [name, end] of people) {
      const memberId = await member(name, end);
      const discordId = discord.newUser(name).id;
      const slackId = `U0${name.toUpperCase()}`;
      await link(memberId, 'discord', discordId);
      await link(memberId, 'slack', slackId);
      users[name] = { discord: discordId, slack: slackId, memberId };
    }
    const guild = discord.guild.id;
    const role = discord.guild.memberRoleId;
    // Ann's role was removed by hand; Bo has his role; Cy kept hers after her membership ended; Dee left.
    discord.setMemberRole(guild, users.bo?.discord as string, role, true);
    discord.setMemberRole(guild, users.cy?.discord as string, role, true);
    discord.setInGuild(guild, users.dee?.discord as string, false);
    // Someone a moderator gave the role by hand, who is no member.
    const stranger = discord.newUser('stranger').id;
    discord.setMemberRole(guild, stranger, role, true);
    users.stranger = { discord: stranger, slack: 'U0STRANGER', memberId: '' };
    // Slack: Ann and Cy are in the members' channel, Bo's invite is missing, a stranger is in it.
    slack.addChannel(CHANNEL, [slack.defaultWorkspace.botUserId, 'U0ANN', 'U0CY', 'U0DEE', 'U0STRANGER']);
  }, 120_000);

  afterAll(async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
  });

  async function member(name: string, end: number | null): Promise<string> {
    const id = randomUUID();
    await system.ports.members.create({
      id,
      communityId,
      handle: name,
      displayName: name,
      email: null,
      locale: 'en',
      timezone: null,
      reminderLeadMinutes: null,
      remindersMuted: false,
      matchingExcluded: false,
      notes: '',
      createdAt: new Date(),
      deletedAt: null,
    });
    if (end !== null) {
      await system.ports.memberships.add({
        id: randomUUID(),
        communityId,
        memberId: id,
        startsAt: new Date(end - 365 * DAY),
        endsAt: new Date(end),
        kind: 'initial',
        paymentId: null,
        createdAt: new Date(),
      });
    }
    return id;
  }

  async function link(memberId: string, platform: Platform, platformUserId: string) {
    const workspaceId = platform === 'discord' ? discord.guild.id : slack.defaultWorkspace.teamId;
    await system.ports.accounts.link({
      communityId,
      platform,
      workspaceId,
      platformUserId,
      memberId,
      linkedAt: new Date(),
    });
  }

  const job = JOBS.find((j) => j.name === 'access.reconcile');
  async function runJob(): Promise<AccessCheckRun> {
    if (!job) throw new Error('no access.reconcile job');
    const ctx = {
      core: system.core,
      communities: system.ports.communities,
      logger: { info() {}, warn() {}, error() {} },
    } as unknown as Parameters<typeof job.run>[0];
    await job.run(ctx, { communityId });
    const run = await system.core.getAccessCheck({
      actor: { kind: 'system', communityId, label: 'test' },
      communityId,
    });
    if (!run.lastRun) throw new Error('no run saved');
    return run.lastRun;
  }

  const holds = (name: string) =>
    discord.memberRoles(discord.guild.id, users[name]?.discord as string).includes(discord.guild.memberRoleId);

  it('puts back a removed role and a missing Slack invite, takes ended access, and reports manual grants', async () => {
    const run = await runJob();

    expect(holds('ann')).toBe(true);
    expect(holds('bo')).toBe(true);
    expect(holds('cy')).toBe(false);
    expect(holds('stranger')).toBe(true);
    expect([...slack.channelMembers(CHANNEL)].sort()).toEqual(
      [slack.defaultWorkspace.botUserId, 'U0ANN', 'U0BO', 'U0DEE', 'U0STRANGER'].sort(),
    );
    expect(run.workspaces).toEqual([
      {
        platform: 'discord',
        workspaceId: discord.guild.id,
        listed: 3,
        granted: 1,
        revoked: 1,
        reported: 1,
        absent: 1,
        failed: 0,
      },
      {
        platform: 'slack',
        workspaceId: slack.defaultWorkspace.teamId,
        listed: 4,
        granted: 1,
        revoked: 1,
        reported: 1,
        absent: 0,
        failed: 0,
      },
    ]);
    expect(run.manualGrants.map((g) => g.platformUserId).sort()).toEqual(
      [users.stranger?.discord, 'U0STRANGER'].sort(),
    );
    // Only the differences were sent: one grant and one removal per platform, after one listing call.
    expect(discord.callsTo('addMemberRole')).toHaveLength(1);
    expect(discord.callsTo('removeMemberRole')).toHaveLength(1);
    expect(discord.callsTo('listGuildMembers')).toHaveLength(1);
    expect(slack.callsTo('conversations.invite')).toHaveLength(1);
    expect(slack.callsTo('conversations.kick')).toHaveLength(1);
    const audit = await system.ports.audit.list(communityId, { action: 'access.grant' }, { offset: 0, limit: 10 });
    expect(audit.items.map((e) => e.targetId).sort()).toEqual([users.ann?.memberId, users.bo?.memberId].sort());
  });

  it('changes nothing on the next run', async () => {
    const run = await runJob();
    expect(run.workspaces.map((w) => w.granted + w.revoked + w.failed)).toEqual([0, 0]);
    expect(discord.callsTo('addMemberRole')).toHaveLength(1);
    expect(slack.callsTo('conversations.invite')).toHaveLength(1);
  });

  it('alerts the owner once when the bot may not give a role, and not again on the next run', async () => {
    discord.setMemberRole(discord.guild.id, users.ann?.discord as string, discord.guild.memberRoleId, false);
    discord.failNext('addMemberRole', { kind: 'error', code: 50013 }, 2);
    const dmsBefore = discord.callsTo('createMessage').length;

    const first = await runJob();
    expect(first.failures).toMatchObject([
      { platform: 'discord', platformUserId: users.ann?.discord, change: 'grant', reason: 'missing_permission' },
    ]);
    const alerts = discord.callsTo('createMessage').slice(dmsBefore);
    expect(alerts).toHaveLength(1);
    expect(JSON.stringify(alerts[0]?.body)).toContain('Manage Roles');

    const second = await runJob();
    expect(second.failures).toHaveLength(1);
    expect(discord.callsTo('createMessage').length - dmsBefore).toBe(1);

    // Permission given back: the next run grants.
    const third = await runJob();
    expect(third.failures).toEqual([]);
    expect(holds('ann')).toBe(true);
  });
});
