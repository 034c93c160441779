import { type Lesson, lessonReminderKey, type Member } from '@snowball/core';
import { bullJobId } from '@snowball/jobs';
import { describe, expect, it } from 'vitest';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, memberActor, until } from './testing/worker-test-kit.js';

const MINUTE = 60_000;

// Lead times are whole minutes, so lessons start a minute and a few seconds from now: reminders fire in seconds.
describe('lesson reminders through the real worker', () => {
  // The test's core schedules where the worker looks, as the API's core does in production.
  const h = useWorkerHarness('reminders', { jobs: 'queues' });
  const { queues: jobs, messenger } = h;

  async function lessonAt(communityId: string, ownerId: string, title: string, startsAt: Date): Promise<Lesson> {
    const owner = { kind: 'member', communityId, memberId: ownerId, roles: ['owner'] } as const;
    return h.core.scheduleLesson({ actor: owner, communityId, title, startsAt, durationMinutes: 60 });
  }

  async function rsvp(member: Member, lesson: Lesson): Promise<void> {
    await h.core.rsvpLesson({ actor: memberActor(member), communityId: member.communityId, lessonId: lesson.id });
  }

  it('sends each reminder at its instant to members with linked accounts, on every platform they use', async () => {
    const { community, ownerId } = await createTestClub(h.core, 'instants', { lessonReminderLeadMinutes: [1] });
    const add = (name: string, extra = {}) => addTestMember(h.db.repos, community.id, { name, ...extra });
    const ann = await add('Ann');
    const bo = await add('Bo', { platforms: ['discord', 'slack'] });
    const cy = await add('Cy', { platforms: [] });
    const di = await add('Di', { muted: true });
    const base = Date.now();
    const first = await lessonAt(community.id, ownerId, 'Cash flow', new Date(base + MINUTE + 4_000));
    const second = await lessonAt(community.id, ownerId, 'Pricing', new Date(base + MINUTE + 7_000));
    for (const m of [ann, cy, di]) await rsvp(m, first);
    await rsvp(bo, second);
    const key = (lesson: Lesson, m: Member) => lessonReminderKey(lesson.id, m.id, 1, lesson.startsAt);

    // Queued by the RSVPs themselves, before any instant: one job per going member, none for the muted one.
    expect(await jobs.queue('notify').getJob(bullJobId(key(first, ann)))).toBeDefined();
    expect(await jobs.queue('notify').getJob(bullJobId(key(first, di)))).toBeUndefined();

    await until(
      async () =>
        messenger.to(ann.id).length === 1 &&
        messenger.to(bo.id).length === 2 &&
        (await h.ports.deliveries.get(key(first, cy)))?.status === 'failed',
      40_000,
      () => messenger.sent.map((s) => s.account.memberId),
    );
    const firstInstant = first.startsAt.getTime() - MINUTE;
    const secondInstant = second.startsAt.getTime() - MINUTE;
    const [toAnn] = messenger.to(ann.id);
    expect(toAnn?.at).toBeGreaterThanOrEqual(firstInstant);
    expect(toAnn?.at).toBeLessThan(first.startsAt.getTime());
    expect(toAnn?.message.text).toContain('"Cash flow" starts in');
    for (const send of messenger.to(bo.id)) {
      expect(send.at).toBeGreaterThanOrEqual(secondInstant);
      expect(send.at).toBeLessThan(second.startsAt.getTime());
      expect(send.message.text).toContain('"Pricing"');
    }
    expect(
      messenger
        .to(bo.id)
        .map((s) => s.account.platform)
        .sort(),
    ).toEqual(['discord', 'slack']);
    expect(await h.ports.deliveries.get(key(first, ann))).toMatchObject({ status: 'sent', kind: 'lesson.reminder' });
    expect(await h.ports.deliveries.get(key(first, cy))).toMatchObject({
      status: 'failed',
      error: 'no linked platform account',
    });
    expect(messenger.to(cy.id)).toEqual([]);
    expect(messenger.to(di.id)).toEqual([]);
    expect(await h.ports.deliveries.get(key(first, di))).toBeNull();
  });

  it('gives a member who signs up after the long reminder’s instant only the short one', async () => {
    // 20 and 1 minute leads: signing up a minute before the 1-minute instant is 19 minutes after the 20-minute
    // one, the same situation as signing up 20 hours before a lesson with 24 h and 1 h reminders.
    const { community, ownerId } = await createTestClub(h.core, 'late-signup', { lessonReminderLeadMinutes: [20, 1] });
    const lesson = await lessonAt(community.id, ownerId, 'Hiring', new Date(Date.now() + MINUTE + 4_000));
    const eve = await addTestMember(h.db.repos, community.id, { name: 'Eve' });
    await rsvp(eve, lesson);
    const long = lessonReminderKey(lesson.id, eve.id, 20, lesson.startsAt);
    const short = lessonReminderKey(lesson.id, eve.id, 1, lesson.startsAt);
    expect(await jobs.queue('notify').getJob(bullJobId(long))).toBeUndefined();
    expect(await jobs.queue('notify').getJob(bullJobId(short))).toBeDefined();

    await until(() => messenger.to(eve.id).length === 1, 40_000);
    // A reconcile after the send plans nothing more for her: the long reminder stays unsent.
    const reconcile = await h.worker.reconcileNow('after-late-signup');
    await until(async () => (await jobs.queue('tasks').getJob(reconcile))?.finishedOn !== undefined, 20_000);
    const done = await jobs.queue('tasks').getJob(reconcile);
    expect(done?.failedReason).toBeUndefined();
    expect(messenger.to(eve.id)).toHaveLength(1);
    expect(messenger.to(eve.id)[0]?.message.text).toContain('starts in 1 minute');
    expect(await h.ports.deliveries.get(short)).toMatchObject({ status: 'sent' });
    expect(await h.ports.deliveries.get(long)).toBeNull();
  });
});
