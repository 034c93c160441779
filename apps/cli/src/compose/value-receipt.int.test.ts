import { randomUUID } from 'node:crypto';
import type { Locale } from '@snowball/core';
import { discordTextIn, FakeDiscord, FakeSlackApi, slackTextIn } from '@snowball/testkit';
import { JOBS } from '@snowball/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeDiscordEnv, fakeSlackEnv, scratchComposeConfig } from '../testing/compose-config.js';
import { addComposeMember } from '../testing/compose-member.js';
import { openWorkerSystem } from '../testing/worker-system.js';
import type { System } from './open-system.js';

// Issue #16's renewal value receipt through the real composition: the worker's `vitality.value-receipts` job on the
// ports `startPlatforms` → `openSystem` build (PostgreSQL, Redis), discord.js REST and Slack's WebClient against the
// platform fakes. One member on Discord reading Chinese, one on Slack reading English, each a month from renewal
// with a year in the club behind them; one more who got little, about whom the owner is told instead.

const DAY = 86_400_000;
const SLUG = 'receipt-club';
const SLACK_MEMBER = 'U0BEN00001';
const SLACK_OWNER = 'U0OWNER001';

/**
 * A fixed-offset zone in which it is now early afternoon: receipts go out only in the club's daytime, and the
 * system's clock is the real one.
 */
function afternoonZone(): string {
  let offset = 14 - new Date().getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const cleanups: (() => Promise<unknown>)[] = [];
let discord: FakeDiscord;
let slack: FakeSlackApi;
let system: System;
let communityId: string;
let ownerId: string;

const ago = (days: number) => new Date(Date.now() - days * DAY);

/** A member since 340 days, whose paid year ends in `endsInDays`, linked on one platform (or none). */
const addMember = (
  name: string,
  locale: Locale,
  endsInDays: number,
  account: { readonly platform: 'discord' | 'slack'; readonly workspaceId: string; readonly userId: string } | null,
) =>
  addComposeMember(system.ports, communityId, {
    name,
    locale,
    createdAt: ago(340),
    membership: {
      startsAt: new Date(Date.now() + endsInDays * DAY - 365 * DAY),
      endsAt: new Date(Date.now() + endsInDays * DAY),
    },
    accounts: account ? [account] : [],
    recordedAt: ago(340),
  });

/** A year in the club: two lessons attended (and one cancelled), a question answered by the coach, an introduction
 *  to the coach, and a deal with them. */
async function aYearOf(memberId: string, coachId: string) {
  for (const [daysAgo, cancelled] of [
    [200, false],
    [60, false],
    [50, true],
  ] as const) {
    const lessonId = randomUUID();
    await system.ports.lessons.create({
      id: lessonId,
      communityId,
      seriesId: null,
      kind: 'lesson',
      title: 'Export pricing 出口定价',
      description: '',
      speakerName: null,
      speakerBio: null,
      startsAt: ago(daysAgo),
      durationMinutes: 60,
      capacity: null,
      location: 'online',
      status: cancelled ? 'cancelled' : 'scheduled',
      materialsUrl: null,
      replayUrl: null,
      hostMemberId: null,
      occurrenceStartsAt: null,
      version: 1,
      createdAt: ago(daysAgo + 10),
      updatedAt: ago(daysAgo + 10),
    });
    await system.ports.lessons.upsertRsvp({
      communityId,
      lessonId,
      memberId,
      status: 'going',
      attended: null,
      createdAt: ago(daysAgo + 5),
    });
  }
  await system.ports.questions.create({
    id: randomUUID(),
    communityId,
    memberId,
    body: 'How do I price an export order?',
    status: 'answered',
    claimedBy: coachId,
    answer: 'Landed cost first.',
    answeredBy: coachId,
    answeredAt: ago(120),
    faq: false,
    createdAt: ago(121),
    resolvedAt: null,
    rating: null,
    ratingComment: null,
    faqConsent: false,
    slaRemindedAt: null,
    slaEscalatedAt: null,
  });
  const introductionId = randomUUID();
  const [memberA, memberB] = memberId < coachId ? [memberId, coachId] : [coachId, memberId];
  await system.ports.introductions.create({
    id: introductionId,
    communityId,
    memberA,
    memberB,
    answerA: 'accepted',
    answerB: 'accepted',
    status: 'introduced',
    score: 1,
    reason: '',
    roundId: null,
    introducedAt: ago(90),
    followUpAt: null,
    followUpOutcome: null,
    createdAt: ago(92),
  });
  await system.ports.introductions.addDeal({
    id: randomUUID(),
    communityId,
    introductionId,
    recordedBy: memberId,
    counterpartId: coachId,
    amountMinor: 1_250_000,
    currency: 'USD',
    note: '',
    confirmedByCounterpart: true,
    closedAt: ago(30),
    createdAt: ago(30),
  });
}

const job = JOBS.find((j) => j.name === 'vitality.value-receipts');
async function runJob(): Promise<number> {
  if (!job) throw new Error('no vitality.value-receipts job');
  const ctx = {
    core: system.core,
    communities: system.ports.communities,
    logger: { info() {}, warn() {}, error() {} },
  } as unknown as Parameters<typeof job.run>[0];
  const { results } = (await job.run(ctx, {})) as { results: Record<string, number> };
  return results[SLUG] ?? -1;
}

beforeAll(async () => {
  discord = await FakeDiscord.start();
  slack = await FakeSlackApi.start();
  cleanups.push(
    () => discord.close(),
    () => slack.close(),
  );
  const { config } = await scratchComposeConfig(
    'valuereceipt',
    { SNOWBALL_COMMUNITY: SLUG, ...fakeDiscordEnv(discord), ...fakeSlackEnv(slack, 'value-receipt-secret') },
    cleanups,
  );
  system = await openWorkerSystem(config, cleanups);
  const created = await system.core.createCommunity({
    slug: SLUG,
    name: 'Receipt Club',
    owner: { displayName: 'Olivia Owner' },
    settings: { defaultLocale: 'en', timezone: afternoonZone() },
  });
  communityId = created.community.id;
  ownerId = created.ownerId;
  await system.ports.communities.attachWorkspace(communityId, 'discord', discord.guild.id);
  await system.ports.communities.attachWorkspace(communityId, 'slack', slack.defaultWorkspace.teamId);
  await system.ports.accounts.link({
    communityId,
    platform: 'slack',
    workspaceId: slack.defaultWorkspace.teamId,
    platformUserId: SLACK_OWNER,
    memberId: ownerId,
    linkedAt: ago(400),
  });
}, 120_000);

afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

describe('the renewal value receipt on the platform fakes', () => {
  it('DMs each member their year in their language once, and tells the owner about the one who got little', async () => {
    const coach = await addMember('Chen', 'en', 300, null);
    const li = discord.newUser('li', { globalName: 'Li' });
    const liId = await addMember('Li', 'zh-CN', 26, {
      platform: 'discord',
      workspaceId: discord.guild.id,
      userId: li.id,
    });
    const benId = await addMember('Ben', 'en', 26, {
      platform: 'slack',
      workspaceId: slack.defaultWorkspace.teamId,
      userId: SLACK_MEMBER,
    });
    const quiet = discord.newUser('quiet', { globalName: 'Quinn' });
    await addMember('Quinn', 'zh-CN', 26, { platform: 'discord', workspaceId: discord.guild.id, userId: quiet.id });
    await aYearOf(liId, coach);
    await aYearOf(benId, coach);

    // Two receipts and the owner's alert, once, though two runs overlap (a retried job beside the next one); the
    // run repeated later (the next hour) sends nothing more.
    // A run that finds a receipt held by the other fails for that club (a temporary error: the job is retried),
    // so the two together send each message at most once, and a later run sends what is left, never a repeat.
    const overlapping = await Promise.allSettled([runJob(), runJob()]);
    const sentByOverlap = overlapping.reduce((n, r) => n + (r.status === 'fulfilled' ? r.value : 0), 0);
    expect(overlapping.some((r) => r.status === 'fulfilled')).toBe(true);
    const later = await runJob();
    expect(sentByOverlap + later).toBe(3);
    expect(await runJob()).toBe(0);

    const liDm = discord.dmChannelOf(li.id);
    expect(liDm).toBeDefined();
    const liMessages = discord.messagesIn(liDm as string).map((m) => discordTextIn(m));
    expect(liMessages).toHaveLength(1);
    const zh = liMessages[0] as string;
    expect(zh).toContain('你在「Receipt Club」的年度价值清单');
    expect(zh).toContain('参加课程 2 节');
    expect(zh).toContain('1 个提问获得解答，解答者：Chen');
    expect(zh).toContain('获得引荐 1 次');
    expect(zh).toContain('成交 1 笔，金额 12,500 USD');
    expect(zh).toContain('暂无价值贡献');
    expect(zh).not.toContain('What you got');

    const toBen = slack.posted.filter((p) => p.channel === SLACK_MEMBER);
    expect(toBen).toHaveLength(1);
    const en = slackTextIn(toBen[0]?.body);
    expect(en).toContain('Your year in Receipt Club');
    expect(en).toContain('Lessons attended: 2');
    expect(en).toContain('Questions answered: 1, by Chen');
    expect(en).toContain('Introductions made for you: 1');
    expect(en).toContain('Deals closed: 1, worth 12,500 USD');
    expect(en).not.toContain('参加课程');

    // The member who got little gets no sales message; the owner (on Slack, in English) is told, once.
    expect(discord.dmChannelOf(quiet.id)).toBeUndefined();
    const toOwner = slack.posted.filter((p) => p.channel === SLACK_OWNER).map((p) => slackTextIn(p.body));
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0]).toContain('A member got little this year');
    expect(toOwner[0]).toContain('Quinn’s membership is up for renewal');
    expect(toOwner[0]).not.toContain('Ben');
  }, 60_000);
});
