import type { Member, ProfilePatch } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { JOB } from './job-list.js';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, memberActor, until } from './testing/worker-test-kit.js';

describe('matching rounds and introductions through the real worker', () => {
  const h = useWorkerHarness('matching');
  const { queues, messenger } = h;

  async function member(communityId: string, name: string, profile: ProfilePatch): Promise<Member> {
    const added = await addTestMember(h.db.repos, communityId, { name });
    await h.core.updateProfile({ actor: memberActor(added), communityId, patch: profile });
    return added;
  }

  async function runJob(name: string, data: Record<string, unknown>, jobId: string): Promise<unknown> {
    await queues.queue('tasks').add(name, data, { jobId });
    await until(async () => (await queues.queue('tasks').getJob(jobId))?.finishedOn !== undefined, 20_000);
    const job = await queues.queue('tasks').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('runs a round, announces each introduction once, and announces ones nobody was told about', async () => {
    const { community, ownerId } = await createTestClub(h.core, 'network');
    const communityId = community.id;
    const li = await member(communityId, 'Li Lei', {
      industry: 'cross-border e-commerce',
      offers: 'Amazon store operations',
      needs: 'freight forwarding partner for Southeast Asia',
    });
    const sam = await member(communityId, 'Sam Tan', {
      industry: 'logistics',
      offers: 'Southeast Asia freight forwarding',
      needs: 'Amazon sellers as clients',
    });

    expect(await runJob(JOB.matchingRound, { communityId }, 'round-1')).toMatchObject({
      status: 'done',
      introductions: 1,
    });
    await until(() => messenger.to(li.id).length === 1 && messenger.to(sam.id).length === 1, 20_000);
    const [toLi] = messenger.to(li.id);
    expect(toLi?.message.text).toContain('Sam Tan');
    // Accept / Decline / Later, each naming the introduction.
    const actions = toLi?.message.buttons?.map((b) => b.action) ?? [];
    expect(actions.map((a) => a.split(':').at(-2))).toEqual(['accept', 'decline', 'snooze']);
    expect(new Set(actions.map((a) => a.split(':').at(-1))).size).toBe(1);

    // The next run of the schedule comes too soon after this round: nothing happens.
    expect(await runJob(JOB.matchingRound, { communityId }, 'round-2')).toMatchObject({
      status: 'skipped',
      reason: 'recent_round',
    });

    // A round run elsewhere that never got to announce (its process died): reconcile announces it.
    const mei = await member(communityId, 'Han Meimei', {
      industry: 'law',
      offers: 'trademark registration and contract review',
      needs: 'angel investment',
    });
    const ada = await member(communityId, 'Ada Angel', {
      industry: 'venture capital',
      offers: 'angel investment',
      needs: 'a trademark lawyer',
    });
    const owner = { kind: 'member', communityId, memberId: ownerId, roles: ['owner'] } as const;
    const round = await h.core.runMatchingRound({ actor: owner, communityId });
    expect(round.introductions.map((i) => [i.memberA, i.memberB].sort())).toEqual([[mei.id, ada.id].sort()]);
    expect(messenger.to(mei.id)).toEqual([]);
    await runJob(JOB.reconcile, {}, 'reconcile-1');
    await until(() => messenger.to(mei.id).length === 1 && messenger.to(ada.id).length === 1, 20_000);

    await runJob(JOB.reconcile, {}, 'reconcile-2');
    expect(messenger.sent.map((s) => s.account.memberId).sort()).toEqual([li.id, sam.id, mei.id, ada.id].sort());
  });
});
