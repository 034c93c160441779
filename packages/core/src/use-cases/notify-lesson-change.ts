import type { Lesson } from '../domain/lesson.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { lessonFields } from '../i18n/lesson-fields.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type FanOutSummary, summarize } from './fan-out-summary.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

/** `lesson-changed:<lessonId>:v<version>:<memberId>`: one notice per member and change. */
export function lessonChangeKey(lesson: Pick<Lesson, 'id' | 'version'>, memberId: string): string {
  return `lesson-changed:${lesson.id}:v${lesson.version}:${memberId}`;
}

/** `lesson-cancelled:<lessonId>:<memberId>`: a cancellation is final, so one notice per member. */
export function lessonCancelKey(lessonId: string, memberId: string): string {
  return `lesson-cancelled:${lessonId}:${memberId}`;
}

/**
 * Tells every member signed up (going or waitlisted) about the lesson's latest change or its cancellation.
 * Derived from the row (status and version), so it can be run again after a crash or by a reconcile: members
 * already told are skipped by their delivery key, and members who signed up after the change are not told.
 * A temporary send failure does not stop the fan-out; it is counted as `retry`.
 */
export async function notifyLessonChange(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'lessons' | 'members'> & Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly lessonId: string; readonly reason?: string },
): Promise<FanOutSummary> {
  const loaded = await deps.uow.run(async (repos) => {
    const lesson = await repos.lessons.get(input.communityId, input.lessonId);
    if (!lesson) return null;
    const rsvps = await repos.lessons.listRsvps(input.communityId, lesson.id);
    return { lesson, rsvps };
  });
  if (!loaded) return summarize([]);
  const { lesson, rsvps } = loaded;
  const cancelled = lesson.status === 'cancelled';
  if (!cancelled && (lesson.version <= 1 || lesson.status !== 'scheduled')) return summarize([]);
  const reason = input.reason?.trim() ?? '';
  const told = rsvps.filter(
    (r) => (r.status === 'going' || r.status === 'waitlist') && r.createdAt.getTime() <= lesson.updatedAt.getTime(),
  );
  const results: (NotifyResult | 'retry')[] = [];
  for (const rsvp of told) {
    try {
      results.push(
        await notifyMember(deps, {
          communityId: lesson.communityId,
          memberId: rsvp.memberId,
          key: cancelled ? lessonCancelKey(lesson.id, rsvp.memberId) : lessonChangeKey(lesson, rsvp.memberId),
          kind: cancelled ? 'lesson.cancelled' : 'lesson.changed',
          message: ({ locale, timezone }) =>
            cancelled
              ? {
                  title: notificationText(locale, 'lesson.cancelled.title'),
                  text: notificationText(locale, 'lesson.cancelled.text', {
                    title: lesson.title,
                    when: formatDateTime(lesson.startsAt, timezone, locale),
                  }),
                  fields: reason ? [{ name: notificationText(locale, 'field.reason'), value: reason }] : [],
                }
              : {
                  title: notificationText(locale, 'lesson.changed.title'),
                  text: notificationText(locale, 'lesson.changed.text', { title: lesson.title }),
                  fields: lessonFields(lesson, locale, timezone),
                },
        }),
      );
    } catch {
      results.push('retry');
    }
  }
  return summarize(results);
}
