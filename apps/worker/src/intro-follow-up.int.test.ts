import { introFollowUpKey } from '@snowball/core';
import { bullJobId } from '@snowball/jobs';
import { describe, expect, it } from 'vitest';
import { JOB } from './job-list.js';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, sleep, until } from './testing/worker-test-kit.js';

describe('introduction follow-ups through the real worker', () => {
  const h = useWorkerHarness('follow-up');
  const { queues, messenger } = h;

  async function reconcile(jobId: string): Promise<unknown> {
    await queues.queue('tasks').add(JOB.reconcile, {}, { jobId });
    await until(async () => (await queues.queue('tasks').getJob(jobId))?.finishedOn !== undefined, 20_000);
    const job = await queues.queue('tasks').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('asks both members once when followUpAt comes, after a reconcile planned it', async () => {
    const { community } = await createTestClub(h.core, 'follow-up');
    const li = await addTestMember(h.db.repos, community.id, { name: 'Li Lei' });
    const sam = await addTestMember(h.db.repos, community.id, { name: 'Sam Tan' });
    const now = Date.now();
    const followUpAt = new Date(now + 3_000);
    const introductionId = crypto.randomUUID();
    await h.db.repos.introductions.create({
      id: introductionId,
      communityId: community.id,
      memberA: li.id,
      memberB: sam.id,
      answerA: 'accepted',
      answerB: 'accepted',
      status: 'introduced',
      score: 1,
      reason: 'freight ↔ e-commerce',
      roundId: null,
      introducedAt: new Date(now - 14 * 86_400_000),
      followUpAt,
      followUpOutcome: null,
      createdAt: new Date(now - 15 * 86_400_000),
    });
    const asked = () => messenger.sent.filter((s) => s.message.buttons?.some((b) => b.action.startsWith('deal:start')));

    expect(await reconcile('reconcile-1')).toMatchObject({ results: { 'follow-up': { introFollowUps: 2 } } });
    // Planned on the notify queue under the delivery keys, waiting for followUpAt.
    for (const member of [li, sam]) {
      const job = await queues
        .queue('notify')
        .getJob(bullJobId(introFollowUpKey(introductionId, member.id, followUpAt)));
      expect(job?.name).toBe(JOB.introFollowUp);
      expect(job && job.timestamp + (job.opts.delay ?? 0)).toBeGreaterThanOrEqual(followUpAt.getTime() - 50);
    }
    expect(asked()).toEqual([]);

    await until(
      () => asked().length === 2,
      20_000,
      () => messenger.sent.length,
    );
    expect(
      asked()
        .map((s) => s.account.memberId)
        .sort(),
    ).toEqual([li.id, sam.id].sort());
    for (const s of asked()) expect(s.at).toBeGreaterThanOrEqual(followUpAt.getTime() - 50);

    // Reconciling again (and again) after it ran asks nobody twice.
    await reconcile('reconcile-2');
    await reconcile('reconcile-3');
    await sleep(1_000);
    expect(asked()).toHaveLength(2);
    const row = await h.db.repos.introductions.get(community.id, introductionId);
    expect(row).toMatchObject({ status: 'introduced', followUpOutcome: null, followUpAt });
  });
});
