import { keyInstant } from '../domain/delivery-key.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { lessonFields } from '../i18n/lesson-fields.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type NotifyResult, notifyMember } from './notify-member.js';
import { scheduleLessonRemindersSoon } from './schedule-lesson-reminders.js';

/**
 * Tells a member who moved up from the waitlist that they have a seat, and schedules their reminders.
 * The key includes when they joined the queue (`lesson-promoted:<lesson>:<member>:<rsvpCreatedAt>`), so a
 * member promoted, cancelled, re-queued and promoted again is told again, but a retry never repeats it.
 * Does nothing when the RSVP is no longer going or the lesson no longer scheduled.
 */
export async function notifyWaitlistPromotion(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'lessons' | 'members'> &
    Pick<Ports, 'clock' | 'messenger' | 'jobs'>,
  input: { readonly communityId: string; readonly lessonId: string; readonly memberId: string },
): Promise<NotifyResult | null> {
  const loaded = await deps.uow.run(async (repos) => {
    const lesson = await repos.lessons.get(input.communityId, input.lessonId);
    const rsvp = await repos.lessons.getRsvp(input.communityId, input.lessonId, input.memberId);
    return lesson && rsvp ? { lesson, rsvp } : null;
  });
  if (!loaded) return null;
  const { lesson, rsvp } = loaded;
  if (rsvp.status !== 'going' || lesson.status !== 'scheduled') return null;
  await scheduleLessonRemindersSoon(deps, {
    communityId: lesson.communityId,
    lessonId: lesson.id,
    memberId: rsvp.memberId,
  });
  return notifyMember(deps, {
    communityId: lesson.communityId,
    memberId: rsvp.memberId,
    key: `lesson-promoted:${lesson.id}:${rsvp.memberId}:${keyInstant(rsvp.createdAt)}`,
    kind: 'lesson.promoted',
    message: ({ locale, timezone }) => ({
      title: notificationText(locale, 'lesson.promoted.title'),
      text: notificationText(locale, 'lesson.promoted.text', {
        title: lesson.title,
        when: formatDateTime(lesson.startsAt, timezone, locale),
      }),
      fields: lessonFields(lesson, locale, timezone),
    }),
  });
}
