import { randomUUID } from 'node:crypto';
import type { Question } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { JOB } from './job-list.js';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, until } from './testing/worker-test-kit.js';

const HOUR = 3_600_000;

describe('the response-time promise through the real worker', () => {
  const h = useWorkerHarness('question-sla');
  const { queues, messenger } = h;

  async function runSla(jobId: string): Promise<unknown> {
    await queues.queue('tasks').add(JOB.questionSla, {}, { jobId });
    await until(async () => (await queues.queue('tasks').getJob(jobId))?.finishedOn !== undefined, 20_000);
    const job = await queues.queue('tasks').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    return job?.returnvalue;
  }

  it('reminds the coach once at the promise and the owner once at twice it, however often it runs', async () => {
    const slug = `sla-${randomUUID().slice(0, 8)}`;
    const { community } = await createTestClub(h.core, slug, { questionSlaHours: 24 });
    const ann = await addTestMember(h.db.repos, community.id, { name: 'Ann' });
    const coach = await addTestMember(h.db.repos, community.id, { name: 'Coach Chen' });
    const owner = await addTestMember(h.db.repos, community.id, { name: 'Owner Ode' });
    const now = new Date();
    await h.db.repos.staff.grant({ communityId: community.id, memberId: coach.id, role: 'coach', grantedAt: now });
    await h.db.repos.staff.grant({ communityId: community.id, memberId: owner.id, role: 'owner', grantedAt: now });
    const question = (hoursAgo: number, body: string): Question => ({
      id: randomUUID(),
      communityId: community.id,
      memberId: ann.id,
      body,
      status: 'open',
      claimedBy: null,
      answer: null,
      answeredBy: null,
      answeredAt: null,
      faq: false,
      createdAt: new Date(now.getTime() - hoursAgo * HOUR),
      resolvedAt: null,
      rating: null,
      ratingComment: null,
      faqConsent: false,
      slaRemindedAt: null,
      slaEscalatedAt: null,
    });
    const late = question(25, 'Late 迟到');
    const breached = question(49, 'Breached 超时');
    const fresh = question(1, 'Fresh 新的');
    for (const q of [late, breached, fresh]) await h.db.repos.questions.create(q);

    const first = await runSla('sla-1');
    expect(first).toMatchObject({ results: { [slug]: { reminded: 2, escalated: 1, retry: 0 } } });
    await runSla('sla-2');
    await runSla('sla-3');
    const fields = (memberId: string) => messenger.to(memberId).map((s) => s.message.fields?.[0]?.value);
    expect(fields(coach.id).sort()).toEqual(['Breached 超时', 'Late 迟到']);
    expect(fields(owner.id)).toEqual(['Breached 超时']);
    expect(messenger.to(ann.id)).toEqual([]);
    const stored = await h.db.repos.questions.get(community.id, fresh.id);
    expect(stored).toMatchObject({ slaRemindedAt: null, slaEscalatedAt: null });
  });
});
