import { LESSON_REMINDER_JOB, type PlannedLessonReminder, planLessonReminders } from '../domain/lesson-reminder.js';
import type { Ports, Uow } from '../ports/ports.js';
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
  deps: Uow<'communities' | 'lessons'> & Pick<Ports, 'clock' | 'jobs'>,
  input: ScheduleLessonRemindersInput,
): Promise<{ readonly scheduled: readonly PlannedLessonReminder[] }> {
  const now = deps.clock.now();
  const horizonHours = Math.min(Math.max(input.horizonHours ?? DEFAULT_REMINDER_HORIZON_HOURS, 1), 24 * 30);
  const horizon = now.getTime() + horizonHours * 3_600_000;
  const planned = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    // One query for every going RSVP of the lessons whose reminders may fall within the horizon.
    const recipients = await repos.lessons.listReminderRecipients(community.id, {
      from: now,
      to: new Date(horizon + MAX_LEAD_MS),
      ...(input.lessonId ? { lessonId: input.lessonId } : {}),
      ...(input.memberId ? { memberId: input.memberId } : {}),
    });
    const reminders: PlannedLessonReminder[] = [];
    for (let i = 0; i < recipients.length; ) {
      const lesson = recipients[i]?.lesson;
      if (!lesson) break;
      let j = i;
      while (j < recipients.length && recipients[j]?.lesson.id === lesson.id) j += 1;
      const group = recipients.slice(i, j);
      reminders.push(
        ...planLessonReminders(
          lesson,
          group.map((r) => r.rsvp),
          group.map((r) => r.member),
          community.settings,
          now,
        ),
      );
      i = j;
    }
    return reminders.filter((r) => r.sendAt.getTime() <= horizon);
  });
  if (planned.length > 0) {
    await deps.jobs.scheduleMany(
      planned.map((reminder) => ({
        name: LESSON_REMINDER_JOB,
        id: reminder.key,
        data: { communityId: reminder.communityId, key: reminder.key },
        runAt: reminder.sendAt,
      })),
    );
  }
  return { scheduled: planned };
}

/**
 * Schedules reminders right after an RSVP or a change, without failing the member's action when the queue
 * is down: the rows are already committed and the periodic reconcile schedules the same jobs later.
 */
export async function scheduleLessonRemindersSoon(
  deps: Uow<'communities' | 'lessons'> & Pick<Ports, 'clock' | 'jobs'>,
  input: ScheduleLessonRemindersInput,
): Promise<boolean> {
  try {
    await scheduleLessonReminders(deps, input);
    return true;
  } catch {
    return false;
  }
}
