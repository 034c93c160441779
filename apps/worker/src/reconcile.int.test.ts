import { lessonReminderKey, planRenewalNotices } from '@snowball/core';
import { bullJobId } from '@snowball/jobs';
import { describe, expect, it } from 'vitest';
import { JOB } from './job-list.js';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, deletePrefixKeys, memberActor, until } from './testing/worker-test-kit.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('losing Redis', () => {
  const h = useWorkerHarness('flush', { startWorker: false });
  const { url, prefix, queues, messenger } = h;

  /** Ids of the pending (delayed) jobs derived from rows; scheduler runs (`repeat:`) are left out. */
  async function pendingRowJobs(): Promise<string[]> {
    const jobs = [...(await queues.queue('notify').getDelayed()), ...(await queues.queue('tasks').getDelayed())].filter(
      (j) => j.id && !j.id.startsWith('repeat:'),
    );
    return jobs.map((j) => String(j.id)).sort();
  }

  async function reconcileRuns(): Promise<number> {
    return (await queues.queue('tasks').getCompleted()).filter((j) => j.name === JOB.reconcile).length;
  }

  it('puts back every pending reminder, renewal step and periodic job once the keys are gone', async () => {
    const { community, ownerId } = await createTestClub(h.core, 'flush', {
      lessonReminderLeadMinutes: [120, 60],
      timezone: 'Europe/Berlin',
    });
    const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
    const lesson = await h.core.scheduleLesson({
      actor: owner,
      communityId: community.id,
      title: 'Negotiation',
      startsAt: new Date(Date.now() + 3 * HOUR),
      durationMinutes: 60,
    });
    const going = [];
    for (const name of ['Ann', 'Bo', 'Cy', 'Di', 'Eve']) {
      const member = await addTestMember(h.db.repos, community.id, { name });
      await h.core.rsvpLesson({ actor: memberActor(member), communityId: community.id, lessonId: lesson.id });
      going.push(member);
    }
    // Membership ends in 40 hours: the grace notice at the end is pending, the 1-day reminder too unless it is
    // due already (10:00 in Berlin the day before), in which case it is sent at once.
    const endsAt = new Date(Date.now() + 40 * HOUR);
    const renewing = await addTestMember(h.db.repos, community.id, { name: 'Renata', endsAt });

    await h.start({ watchdogMs: 500 });
    await until(async () => (await reconcileRuns()) >= 1, 20_000);
    const before = await pendingRowJobs();
    const now = Date.now();
    const renewalSteps = planRenewalNotices([{ memberId: renewing.id, endsAt }], community.settings, new Date(now))
      .filter((n) => n.at.getTime() > now && n.at.getTime() <= now + 48 * HOUR)
      .map((n) => n.key);
    expect(renewalSteps.length).toBeGreaterThanOrEqual(1);
    const expected = [
      ...going.flatMap((m) => [120, 60].map((lead) => lessonReminderKey(lesson.id, m.id, lead, lesson.startsAt))),
      ...renewalSteps,
    ].map(bullJobId);
    expect(before).toEqual(expect.arrayContaining(expected));
    expect(before).toHaveLength(expected.length);
    const summary = await queues.queue('tasks').getJobScheduler(`renewals-summary.${community.id}`);
    expect(summary).toMatchObject({ pattern: '0 9 * * *', tz: 'Europe/Berlin' });
    const sentBefore = messenger.sent.length;

    // Everything under the prefix disappears: jobs, job schedulers, completed history. (The worker's watchdog
    // may already be rebuilding, so what was deleted is checked rather than an empty queue.)
    const deleted = new Set(await deletePrefixKeys(url, prefix));
    const jobKey = (id: string) => [`${prefix}:snowball-notify:${id}`, `${prefix}:snowball-tasks:${id}`];
    expect(before.filter((id) => !jobKey(id).some((k) => deleted.has(k)))).toEqual([]);
    expect(deleted).toContain(`${prefix}:snowball-notify:delayed`);
    expect(deleted).toContain(`${prefix}:snowball-tasks:repeat:reconcile`);

    // The watchdog notices the missing schedulers; the re-created reconcile runs at once and rebuilds from rows.
    const tasks = queues.queue('tasks');
    // A periodic job that was running while the keys went (the start-up jobs run at once) can leave a scheduler
    // half-deleted for one watchdog round; wait until every one the club needs is back.
    await until(
      async () =>
        (await pendingRowJobs()).length === before.length &&
        (await tasks.getJobScheduler(`matching-round.${community.id}`)) !== undefined &&
        (await tasks.getJobScheduler(`renewals-summary.${community.id}`)) !== undefined &&
        (await tasks.getJobScheduler('reconcile')) !== undefined,
      20_000,
      () => before.length,
    );
    expect(await pendingRowJobs()).toEqual(before);
    expect(await tasks.getJobScheduler('reconcile')).toMatchObject({ every: 10 * 60_000 });
    expect(await tasks.getJobScheduler(`renewals-summary.${community.id}`)).toMatchObject({
      pattern: '0 9 * * *',
      tz: 'Europe/Berlin',
    });
    const matching = await tasks.getJobScheduler(`matching-round.${community.id}`);
    expect(matching).toMatchObject({ every: community.settings.matchingIntervalDays * DAY });
    // The club never had a round: the first one is an interval away, not at once on every restart.
    expect(matching?.next).toBeGreaterThan(Date.now() + community.settings.matchingIntervalDays * DAY - HOUR);
    // A reminder that was already due and sent before the loss is queued again but not sent twice.
    await until(async () => (await reconcileRuns()) >= 1, 20_000);
    const sentKeys = messenger.sent.map((s) => `${s.account.memberId}:${s.message.title}`);
    expect(new Set(sentKeys).size).toBe(sentKeys.length);
    expect(messenger.sent.length).toBeGreaterThanOrEqual(sentBefore);
  });
});
