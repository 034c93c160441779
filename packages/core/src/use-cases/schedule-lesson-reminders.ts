import type { Lesson } from '../domain/lesson.js';
import { LESSON_REMINDER_JOB, type PlannedLessonReminder, planLessonReminders } from '../domain/lesson-reminder.js';
import type { Member } from '../domain/member.js';
import type { Ports } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** Reminders due within this many hours are put on the queue; later ones wait for a later reconcile. */
export const DEFAULT_REMINDER_HORIZON_HOURS = 48;
/** The longest lead time settings allow (7 days): lessons this far past the horizon may have reminders in it. */
const MAX_LEAD_MS = 7 * 86_400_000;

export interface ScheduleLessonRemindersInput {
  readonly communityId: string;
  /** Only this lesson (after an RSVP or a change); otherwise every upcoming lesson. */
  readonly lessonId?: string;
  /** Only this member's reminders. */
  readonly memberId?: string;
  readonly horizonHours?: number;
}

/**
 * Derives lesson reminders from the rows and puts the ones due within the horizon on the job queue, each
 * under its delivery key as job id (`lesson.reminder`, data `{ communityId, key }`), so running it again —
 * the worker's reconcile after a Redis loss — schedules nothing twice.
 */
export async function scheduleLessonReminders(
  deps: Pick<Ports, 'uow' | 'clock' | 'jobs'>,
  input: ScheduleLessonRemindersInput,
): Promise<{ readonly scheduled: readonly PlannedLessonReminder[] }> {
  const now = deps.clock.now();
  const horizonHours = Math.min(Math.max(input.horizonHours ?? DEFAULT_REMINDER_HORIZON_HOURS, 1), 24 * 30);
  const horizon = now.getTime() + horizonHours * 3_600_000;
  const planned = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    let lessons: Lesson[];
    if (input.lessonId) {
      const lesson = await repos.lessons.get(community.id, input.lessonId);
      lessons = lesson ? [lesson] : [];
    } else {
      lessons = await repos.lessons.listBetween(community.id, now, new Date(horizon + MAX_LEAD_MS));
    }
    const members = new Map<string, Member | null>();
    const reminders: PlannedLessonReminder[] = [];
    for (const lesson of lessons) {
      if (lesson.status !== 'scheduled' || lesson.startsAt <= now) continue;
      const rsvps = (await repos.lessons.listRsvps(community.id, lesson.id)).filter(
        (r) => r.status === 'going' && (!input.memberId || r.memberId === input.memberId),
      );
      for (const rsvp of rsvps) {
        if (!members.has(rsvp.memberId))
          members.set(rsvp.memberId, await repos.members.get(community.id, rsvp.memberId));
      }
      const known = rsvps.flatMap((r) => members.get(r.memberId) ?? []);
      reminders.push(...planLessonReminders(lesson, rsvps, known, community.settings, now));
    }
    return reminders.filter((r) => r.sendAt.getTime() <= horizon);
  });
  for (const reminder of planned) {
    await deps.jobs.schedule({
      name: LESSON_REMINDER_JOB,
      id: reminder.key,
      data: { communityId: reminder.communityId, key: reminder.key },
      runAt: reminder.sendAt,
    });
  }
  return { scheduled: planned };
}

/**
 * Schedules reminders right after an RSVP or a change, without failing the member's action when the queue
 * is down: the rows are already committed and the periodic reconcile schedules the same jobs later.
 */
export async function scheduleLessonRemindersSoon(
  deps: Pick<Ports, 'uow' | 'clock' | 'jobs'>,
  input: ScheduleLessonRemindersInput,
): Promise<boolean> {
  try {
    await scheduleLessonReminders(deps, input);
    return true;
  } catch {
    return false;
  }
}
