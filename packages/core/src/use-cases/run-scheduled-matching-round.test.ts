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
