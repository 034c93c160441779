import { introNudgeKey } from '@snowball/core';
import { bullJobId } from '@snowball/jobs';
import { describe, expect, it } from 'vitest';
import { JOB } from './job-list.js';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, sleep, until } from './testing/worker-test-kit.js';

const DAY = 86_400_000;

describe('introduction loop notices through the real worker', () => {
  const h = useWorkerHarness('nudge');
  const { queues, messenger } = h;

  async function reconcile(jobId: string): Promise<unknown> {
    await queues.queue('tasks').add(JOB.reconcile, {}, { jobId });
    await until(async () => (await queues.queue('tasks').getJob(jobId))?.finishedOn !== undefined, 20_000);
    const job = await queues.queue('tasks').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('reminds the side that has not answered and tells the accepted side of a declined proposal, once each', async () => {
    const { community } = await createTestClub(h.core, 'nudge');
    const li = await addTestMember(h.db.repos, community.id, { name: 'Li Lei' });
    const sam = await addTestMember(h.db.repos, community.id, { name: 'Sam Tan' });
    const mia = await addTestMember(h.db.repos, community.id, { name: 'Mia Wu' });
    const now = Date.now();
    const base = {
      communityId: community.id,
      score: 1,
      reason: 'freight ↔ e-commerce',
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
    } as const;
    const waiting = crypto.randomUUID();
    const declined = crypto.randomUUID();
    await h.db.repos.introductions.create({
      ...base,
      id: waiting,
      memberA: li.id,
      memberB: sam.id,
      answerA: 'accepted',
      answerB: 'snoozed',
      status: 'proposed',
      createdAt: new Date(now - 11 * DAY),
    });
    await h.db.repos.introductions.create({
      ...base,
      id: declined,
      memberA: li.id,
      memberB: mia.id,
      answerA: 'accepted',
      answerB: 'declined',
      status: 'declined',
      createdAt: new Date(now - 2 * DAY),
    });
    const notices = () =>
      messenger.sent.filter(
        (s) => s.message.title?.includes('waiting for your answer') || s.message.title?.includes('did not go ahead'),
      );

    expect(await reconcile('nudge-reconcile-1')).toMatchObject({ results: { nudge: { introNudges: 2 } } });
    for (const key of [introNudgeKey('reminder', waiting, sam.id), introNudgeKey('closed', declined, li.id)]) {
      expect((await queues.queue('notify').getJob(bullJobId(key)))?.name).toBe(JOB.introNudge);
    }
    await until(
      () => notices().length === 2,
      20_000,
      () => messenger.sent.length,
    );
    expect(notices().map((s) => [s.account.memberId, s.message.title])).toEqual(
      expect.arrayContaining([
        [sam.id, 'An introduction is waiting for your answer'],
        [li.id, 'An introduction did not go ahead'],
      ]),
    );
    // Reconciling again after they went out queues and sends nothing more.
    expect(await reconcile('nudge-reconcile-2')).toMatchObject({ results: { nudge: { introNudges: 0 } } });
    await sleep(1_000);
    expect(notices()).toHaveLength(2);
  });
});
