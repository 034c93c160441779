import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { INTRO_NOTIFY_JOB, introNotifyJob } from '../domain/intro-notice.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub, type NetworkMemberSpec } from '../testing/network-club.js';

const DAY = 86_400_000;

const PAIRS: NetworkMemberSpec[] = [
  {
    name: 'Li Lei',
    profile: { industry: 'e-commerce', offers: 'Amazon store operations', needs: 'freight forwarding' },
  },
  { name: 'Sam Tan', profile: { industry: 'logistics', offers: 'freight forwarding', needs: 'Amazon sellers' } },
  { name: 'Mei', profile: { industry: 'law', offers: 'trademark registration', needs: 'angel investment' } },
  { name: 'Ada', profile: { industry: 'VC', offers: 'angel investment', needs: 'a trademark lawyer' } },
];

async function setup() {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, PAIRS);
  return { ports, core, club, communityId: club.community.id };
}

function notifyJobs(ports: ReturnType<typeof createTestPorts>) {
  return [...ports.jobs.jobs.values()].filter((j) => j.name === INTRO_NOTIFY_JOB);
}

describe('runScheduledMatchingRound', () => {
  it('collects garbage twice in a due round (after ranking, after writing), both before any announcement', async () => {
    const { ports, communityId } = await setup();
    const seen: number[] = [];
    const heap = { collect: () => seen.push(notifyJobs(ports).length) };
    const core = createCore({ ...ports, heap });
    expect(await core.runScheduledMatchingRound({ communityId })).toMatchObject({ status: 'done', introductions: 2 });
    expect(seen).toEqual([0, 0]);
    expect(notifyJobs(ports)).toHaveLength(2);
    // A round that is not due does no work and collects nothing.
    expect(await core.runScheduledMatchingRound({ communityId })).toMatchObject({ status: 'skipped' });
    expect(seen).toHaveLength(2);
  });

  it('runs a round and queues one announcement per introduction, then skips until half an interval passed', async () => {
    const { ports, core, communityId } = await setup();
    const interval = (await core.getMatchingSchedule({ communityId })).intervalDays;
    expect(await core.getMatchingSchedule({ communityId })).toMatchObject({
      lastRoundAt: null,
      nextRoundAt: new Date(ports.clock.now().getTime() + interval * DAY),
    });

    const first = await core.runScheduledMatchingRound({ communityId });
    expect(first).toMatchObject({ status: 'done', introductions: 2 });
    const intros = await ports.introductions.listForCommunity(communityId);
    expect(
      notifyJobs(ports)
        .map((j) => j.id)
        .sort(),
    ).toEqual(intros.map((i) => introNotifyJob(communityId, i.id, 'proposed', ports.clock.now()).id).sort());
    const ranAt = ports.clock.now();
    expect(await core.getMatchingSchedule({ communityId })).toMatchObject({
      lastRoundAt: ranAt,
      nextRoundAt: new Date(ranAt.getTime() + interval * DAY),
    });

    ports.clock.advance((interval * DAY) / 2 - 60_000);
    expect(await core.runScheduledMatchingRound({ communityId })).toEqual({
      status: 'skipped',
      reason: 'recent_round',
      lastRoundAt: ranAt.toISOString(),
    });
    ports.clock.advance(60_000);
    // Due again; every pair already had its introduction, so this round creates none.
    expect(await core.runScheduledMatchingRound({ communityId })).toMatchObject({ status: 'done', introductions: 0 });
  });
});

describe('members a round found nobody for', () => {
  it('are told why with the one thing that helps, at most once a month per reason; opted-out members are not', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-03-02T02:00:00Z');
    const core = createCore(ports);
    const club = await createNetworkClub(ports, [
      ...PAIRS,
      { name: 'Vague Vic', locale: 'en', profile: { industry: 'trade', offers: 'sourcing in Yiwu' } },
      { name: '王五', locale: 'zh-CN', profile: { industry: '咨询', needs: '找客户' } },
      { name: 'Nina', locale: 'en', profile: { offers: 'violin lessons', needs: 'a recording studio' } },
      { name: 'Off Olga', profile: { offers: 'tax advice', needs: 'clients', matchingOptIn: false } },
      {
        name: 'Resting Ray',
        profile: { offers: 'solar panels', needs: 'installers', snoozedUntil: '2026-04-01T00:00:00Z' },
      },
    ]);
    const communityId = club.community.id;
    const byName = (name: string) => club.members.find((m) => m.name === name)?.id ?? '';
    const unmatchedJobs = () => [...ports.jobs.jobs.values()].filter((j) => j.name === 'matching.unmatched');
    const first = await core.runScheduledMatchingRound({ communityId });
    expect(first).toMatchObject({ status: 'done', introductions: 2, unmatched: 4 });
    expect(
      unmatchedJobs()
        .map((j) => j.id)
        .sort(),
    ).toEqual(
      [
        `unmatched:${byName('Vague Vic')}:no_needs:2026-03`,
        `unmatched:${byName('王五')}:no_offers:2026-03`,
        `unmatched:${byName('Nina')}:no_match:2026-03`,
        `unmatched:${byName('Resting Ray')}:paused:2026-03`,
      ].sort(),
    );
    for (const job of unmatchedJobs()) await core.sendUnmatchedNotice(job.data as never);
    const to = (name: string) => ports.messenger.sent.find((s) => s.account.memberId === byName(name))?.message;
    expect(to('王五')?.text).toContain('「可提供」');
    expect(to('Vague Vic')?.text).toContain('what you are looking for');
    expect(to('Nina')?.title).toBe('No introduction for you this round');
    expect(to('Resting Ray')?.text).toContain('/settings');
    expect(to('Off Olga')).toBeUndefined();
    // The next round in the same month adds no notice; a forged key is refused.
    const sent = ports.messenger.sent.length;
    ports.clock.advance(8 * DAY);
    expect(await core.runScheduledMatchingRound({ communityId })).toMatchObject({ status: 'done' });
    for (const job of unmatchedJobs()) await core.sendUnmatchedNotice(job.data as never);
    expect(ports.messenger.sent.filter((s) => s.message.title === 'No introduction for you this round').length).toBe(
      ports.messenger.sent.slice(0, sent).filter((s) => s.message.title === 'No introduction for you this round')
        .length,
    );
    await expect(
      core.sendUnmatchedNotice({
        communityId,
        memberId: byName('Nina'),
        reason: 'no_match',
        key: `unmatched:${byName('王五')}:no_match:2026-03`,
      }),
    ).rejects.toThrow('validation.invalid');
  });

  it('a due round first stores missing sentence meanings; a round that is not due encodes nothing', async () => {
    const { ports, communityId } = await setup();
    const encoded: string[] = [];
    const sentences = {
      version: 'fake-round-v1',
      async encode(items: readonly { readonly needs: string; readonly offers: string }[]) {
        encoded.push(...items.map((i) => i.needs));
        return items.map(() => new Int8Array(512).fill(1));
      },
    };
    const core = createCore({ ...ports, sentences });
    expect(await core.runScheduledMatchingRound({ communityId })).toMatchObject({ status: 'done' });
    expect(encoded.sort()).toEqual(PAIRS.map((p) => p.profile?.needs).sort());
    expect(await ports.profiles.listWithoutMeaning(communityId, 'fake-round-v1', { after: null, limit: 10 })).toEqual(
      [],
    );

    // An edited profile loses its meaning; the next round, not due yet, leaves it for the hourly encoding run.
    const [first] = await ports.profiles.listMatchCandidates(communityId, null, 1, 'fake-round-v1');
    const profile = await ports.profiles.get(communityId, first!.memberId);
    await ports.profiles.upsert({ ...profile!, needs: 'a new need' });
    encoded.length = 0;
    expect(await core.runScheduledMatchingRound({ communityId })).toMatchObject({ status: 'skipped' });
    expect(encoded).toEqual([]);
    expect(
      (await ports.profiles.listWithoutMeaning(communityId, 'fake-round-v1', { after: null, limit: 10 })).map(
        (p) => p.needs,
      ),
    ).toEqual(['a new need']);
  });
});
