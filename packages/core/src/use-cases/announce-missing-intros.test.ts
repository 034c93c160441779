import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../create-core.js';
import { INTRO_NOTIFY_JOB, introDeliveryKey, introNotifyJob } from '../domain/intro-notice.js';
import type { Introduction } from '../domain/introduction.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub, type NetworkMemberSpec } from '../testing/network-club.js';

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
  const communityId = club.community.id;
  const [li, sam, mei, ada] = club.members.map((m) => m.id);
  if (!li || !sam || !mei || !ada) throw new Error('four members expected');
  // Two proposals, as a round makes them (written directly: the engine is tested elsewhere).
  const proposal = (a: string, b: string): Introduction => ({
    id: ports.ids.id(),
    communityId,
    memberA: a,
    memberB: b,
    answerA: 'pending',
    answerB: 'pending',
    status: 'proposed',
    score: 0.8,
    reason: '',
    roundId: 'round-1',
    introducedAt: null,
    followUpAt: null,
    followUpOutcome: null,
    createdAt: ports.clock.now(),
  });
  const introductions = [proposal(li, sam), proposal(mei, ada)];
  await ports.introductions.createMany(introductions);
  return { ports, core, club, communityId, introductions };
}

function notifyJobs(ports: ReturnType<typeof createTestPorts>) {
  return [...ports.jobs.jobs.values()].filter((j) => j.name === INTRO_NOTIFY_JOB);
}

describe('announceMissingIntros', () => {
  it('queues only introductions some member was not told about, while telling them is still useful', async () => {
    const { ports, core, communityId, introductions } = await setup();
    const [told, untold] = introductions;
    if (!told || !untold) throw new Error('two introductions expected');
    await core.notifyIntro({ communityId, introductionId: told.id });
    expect(await ports.deliveries.get(introDeliveryKey('proposed', told.id, told.memberA))).not.toBeNull();

    expect(await core.announceMissingIntros({ communityId })).toEqual({ unannounced: 1, queued: 1 });
    expect(notifyJobs(ports).map((j) => j.data)).toEqual([{ communityId, introductionId: untold.id }]);
    // Running it again finds the same one, and its job is already queued.
    expect(await core.announceMissingIntros({ communityId })).toEqual({ unannounced: 1, queued: 0 });

    // Once members can no longer answer the proposal (14 days), it is not worth announcing.
    ports.clock.advanceDays(14);
    expect(await core.announceMissingIntros({ communityId })).toEqual({ unannounced: 0, queued: 0 });
  });

  it('announces a connection within two days of both accepting, and not later', async () => {
    const { ports, core, communityId, introductions } = await setup();
    const intro = introductions[0];
    if (!intro) throw new Error('an introduction expected');
    await core.notifyIntro({ communityId, introductionId: intro.id });
    const introduced = {
      ...intro,
      status: 'introduced' as const,
      answerA: 'accepted' as const,
      answerB: 'accepted' as const,
    };
    await ports.introductions.update({ ...introduced, introducedAt: ports.clock.now() });
    ports.jobs.jobs.clear();

    const result = await core.announceMissingIntros({ communityId });
    expect(result.unannounced).toBeGreaterThanOrEqual(1);
    expect(notifyJobs(ports).map((j) => j.id)).toContain(
      introNotifyJob(communityId, intro.id, 'introduced', ports.clock.now()).id,
    );

    ports.jobs.jobs.clear();
    ports.clock.advanceDays(2);
    await core.announceMissingIntros({ communityId });
    expect(notifyJobs(ports).map((j) => j.id)).not.toContain(
      introNotifyJob(communityId, intro.id, 'introduced', ports.clock.now()).id,
    );
  });

  it('reads the open introductions in keyset pages and queues each one once', async () => {
    const { ports, core, club, communityId, introductions } = await setup();
    const [li, sam, mei, ada] = club.members.map((m) => m.id) as [string, string, string, string];
    const base = introductions[0] as Introduction;
    // Four more, two created at the same instant as the first two (the id breaks the tie), two later.
    const more = [
      [li, mei, 0],
      [li, ada, 0],
      [sam, mei, 1_000],
      [sam, ada, 2_000],
    ].map(([a, b, ms]) => ({
      ...base,
      id: ports.ids.id(),
      memberA: a as string,
      memberB: b as string,
      createdAt: new Date(base.createdAt.getTime() + (ms as number)),
    }));
    await ports.introductions.createMany(more);
    const read = vi.spyOn(ports.introductions, 'listOpenSince');

    expect(await core.announceMissingIntros({ communityId, pageSize: 4 })).toEqual({ unannounced: 6, queued: 6 });
    expect(read.mock.calls.map(([, , page]) => page?.limit)).toEqual([4, 4]);
    expect(read.mock.results.length).toBe(2);
    const all = [...introductions, ...more].map((i) => i.id).sort();
    expect(
      notifyJobs(ports)
        .map((j) => (j.data as { introductionId: string }).introductionId)
        .sort(),
    ).toEqual(all);

    // Pages of two: three full pages and an empty one; nothing missed or queued twice.
    read.mockClear();
    ports.jobs.jobs.clear();
    expect(await core.announceMissingIntros({ communityId, pageSize: 2 })).toEqual({ unannounced: 6, queued: 6 });
    expect(read).toHaveBeenCalledTimes(4);
    const pages = await Promise.all(read.mock.results.map((r) => r.value as Promise<Introduction[]>));
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 0]);
    expect(
      pages
        .flat()
        .map((i) => i.id)
        .sort(),
    ).toEqual(all);
    expect(notifyJobs(ports)).toHaveLength(6);
  });
});
