import {
  discordButtonsIn,
  discordTextIn,
  FakeDiscord,
  FakeFeishu,
  FakeSlackApi,
  feishuCardText,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeDiscordEnv, fakeFeishuEnv, fakeSlackEnv, scratchComposeConfig } from '../testing/compose-config.js';
import { addComposeMember } from '../testing/compose-member.js';
import { openWorkerSystem } from '../testing/worker-system.js';
import type { System } from './open-system.js';

// The staff channel's question cards and the weekly digest through the real composition: the ports the worker gets
// (`startPlatforms` → `openSystem`), PostgreSQL, and discord.js REST, Slack's WebClient and the Feishu SDK against
// the platform fakes.

const SLACK_STAFF = 'C0STAFF001';
const SLACK_DIGEST = 'C0DIGEST01';
const FEISHU_STAFF = 'oc_staff_group';
const FEISHU_DIGEST = 'oc_digest_group';

const cleanups: (() => Promise<unknown>)[] = [];
let discord: FakeDiscord;
let slack: FakeSlackApi;
let feishu: FakeFeishu;
let system: System;
let communityId: string;

async function addMember(name: string, roles: readonly ('coach' | 'owner')[] = []) {
  const memberId = await addComposeMember(system.ports, communityId, { name, roles });
  return { kind: 'member' as const, communityId, memberId, roles };
}

beforeAll(async () => {
  discord = await FakeDiscord.start();
  slack = await FakeSlackApi.start();
  feishu = await FakeFeishu.start();
  feishu.addChat(FEISHU_STAFF);
  feishu.addChat(FEISHU_DIGEST);
  cleanups.push(
    () => discord.close(),
    () => slack.close(),
    () => feishu.close(),
  );
  const { config } = await scratchComposeConfig(
    'channelposts',
    {
      SNOWBALL_COMMUNITY: 'posting-club',
      ...fakeDiscordEnv(discord),
      ...fakeSlackEnv(slack, 'channel-posts-secret'),
      ...fakeFeishuEnv(feishu),
    },
    cleanups,
  );
  system = await openWorkerSystem(config, cleanups);
  const { community } = await system.core.createCommunity({
    slug: 'posting-club',
    name: 'Posting Club',
    owner: { displayName: 'Olivia Owner' },
    settings: {
      defaultLocale: 'en',
      staffChannels: { discord: discord.guild.logChannelId, slack: SLACK_STAFF, feishu: FEISHU_STAFF },
      digestChannels: { discord: discord.guild.channelId, slack: SLACK_DIGEST, feishu: FEISHU_DIGEST },
      digestBothLanguages: true,
    },
  });
  communityId = community.id;
  await system.ports.communities.attachWorkspace(communityId, 'discord', discord.guild.id);
  await system.ports.communities.attachWorkspace(communityId, 'slack', slack.defaultWorkspace.teamId);
  await system.ports.communities.attachWorkspace(communityId, 'feishu', feishu.tenantKey);
}, 120_000);

afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

describe('channel posts on the platform fakes', () => {
  it('posts one staff card per question on each platform and edits it in place as the question moves on', async () => {
    const asker = await addMember('Ann');
    const coach = await addMember('Chen', ['coach']);
    const question = await system.core.askQuestion({ actor: asker, body: 'How do I price an export order? @everyone' });
    // Two overlapping runs (a retried job beside the next one) still post one card per platform.
    await Promise.all([system.core.syncQuestionCards({ communityId }), system.core.syncQuestionCards({ communityId })]);

    const [discordCard] = discord.messagesIn(discord.guild.logChannelId);
    expect(discord.messagesIn(discord.guild.logChannelId)).toHaveLength(1);
    expect(discordTextIn(discordCard)).toContain('How do I price an export order? @everyone');
    expect(discordButtonsIn(discordCard).map((b) => b.custom_id)).toEqual([
      `answer:claim:${question.id}`,
      `answer:open:${question.id}`,
    ]);
    expect(slack.posted.filter((p) => p.channel === SLACK_STAFF)).toHaveLength(1);
    expect(feishu.messages.filter((m) => m.receiveId === FEISHU_STAFF)).toHaveLength(1);

    await system.core.claimQuestion({ actor: coach, communityId, questionId: question.id });
    await system.core.answerQuestion({
      actor: coach,
      communityId,
      questionId: question.id,
      answer: 'Landed cost first.',
    });
    expect(await system.core.syncQuestionCards({ communityId })).toEqual({ posted: 0, updated: 3, skipped: 0 });

    const [edited] = discord.messagesIn(discord.guild.logChannelId);
    expect(discordTextIn(edited)).toContain('Answered by Chen');
    expect(discordButtonsIn(edited)).toEqual([]);
    // Slack shows the fields in the blocks (the text is the notification fallback).
    const slackCard = slack.posted.find((p) => p.channel === SLACK_STAFF)?.body as { blocks: unknown };
    expect(JSON.stringify(slackCard.blocks)).toContain('Answered by Chen');
    expect(JSON.stringify(slackCard.blocks)).not.toContain('answer:open');
    const feishuCard = feishu.messages.find((m) => m.receiveId === FEISHU_STAFF);
    expect(feishuCardText(feishuCard?.content ?? {})).toContain('Answered by Chen');
    expect(await system.core.syncQuestionCards({ communityId })).toEqual({ posted: 0, updated: 0, skipped: 0 });
  });

  it('posts the weekly digest once per week in both languages to each digest channel', async () => {
    const first = await system.core.sendWeeklyDigest({ communityId });
    expect(first.posted).toBe(6);
    expect((await system.core.sendWeeklyDigest({ communityId })).posted).toBe(0);
    const posts = discord.messagesIn(discord.guild.channelId).map((m) => discordTextIn(m));
    expect(posts).toHaveLength(2);
    expect(posts[0]).toContain('This week in Posting Club');
    expect(posts[1]).toContain('Posting Club 每周简报');
    expect(posts[0]).toContain('Ann');
    const slackPosts = slack.posted
      .filter((p) => p.channel === SLACK_DIGEST)
      .map((p) => (p.body as { text: string }).text);
    expect(slackPosts).toHaveLength(2);
    expect(slackPosts[1]).toContain('每周简报');
    const feishuPosts = feishu.messages
      .filter((m) => m.receiveId === FEISHU_DIGEST)
      .map((m) => feishuCardText(m.content));
    expect(feishuPosts).toHaveLength(2);
    expect(feishuPosts[0]).toContain('This week in Posting Club');
  });
});
