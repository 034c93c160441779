import { effectiveLeadMinutes, lessonReminderStillUseful, parseLessonReminderKey } from '../domain/lesson-reminder.js';
import { DomainError } from '../errors/domain-error.js';
import { formatDuration } from '../i18n/format-date-time.js';
import { lessonFields } from '../i18n/lesson-fields.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type NotifyStatus, notifyMember } from './notify-member.js';

/** Why a reminder job sent nothing: the rows changed since it was planned. */
export type ReminderSkipReason =
  | 'lesson_not_found'
  | 'lesson_not_scheduled'
  | 'lesson_moved'
  | 'not_going'
  | 'signed_up_after'
  | 'member_gone'
  | 'muted'
  | 'lead_changed'
  | 'too_late_or_early';

export interface SendReminderResult {
  readonly key: string;
  readonly status: NotifyStatus;
  readonly reason: ReminderSkipReason | null;
}

/**
 * Runs one `lesson.reminder` job (data `{ communityId, key }`). Re-checks the rows first — lesson still
 * scheduled at the same time, RSVP still going, member not muted and still on this lead time, reminder not
 * superseded — then sends through notifyMember, in the member's language and timezone on every platform.
 * Sent at most once per key; a temporary send failure is thrown so the job retries.
 */
export async function sendLessonReminder(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'lessons' | 'members'> & Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly key: string },
): Promise<SendReminderResult> {
  const parsed = parseLessonReminderKey(input.key);
  if (!parsed) throw new DomainError('validation.invalid', { field: 'key', reason: 'not a lesson reminder key' });
  const now = deps.clock.now();
  const skip = (reason: ReminderSkipReason): SendReminderResult => ({ key: input.key, status: 'skipped', reason });
  const checked = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const lesson = community ? await repos.lessons.get(community.id, parsed.lessonId) : null;
    if (!community || !lesson) return 'lesson_not_found' as const;
    if (lesson.status !== 'scheduled') return 'lesson_not_scheduled' as const;
    if (lesson.startsAt.getTime() !== parsed.startsAt.getTime()) return 'lesson_moved' as const;
    const rsvp = await repos.lessons.getRsvp(community.id, lesson.id, parsed.memberId);
    if (rsvp?.status !== 'going') return 'not_going' as const;
    if (lesson.startsAt.getTime() - parsed.leadMinutes * 60_000 < rsvp.createdAt.getTime()) {
      return 'signed_up_after' as const;
    }
    const member = await repos.members.get(community.id, parsed.memberId);
    if (!member || member.deletedAt) return 'member_gone' as const;
    if (member.remindersMuted) return 'muted' as const;
    const leads = effectiveLeadMinutes(member, community.settings);
    if (!leads.includes(parsed.leadMinutes)) return 'lead_changed' as const;
    if (!lessonReminderStillUseful({ leadMinutes: parsed.leadMinutes, startsAt: lesson.startsAt }, leads, now)) {
      return 'too_late_or_early' as const;
    }
    return { lesson };
  });
  if (typeof checked === 'string') return skip(checked);
  const { lesson } = checked;
  const result = await notifyMember(deps, {
    communityId: input.communityId,
    memberId: parsed.memberId,
    key: input.key,
    kind: 'lesson.reminder',
    message: ({ locale, timezone }) => ({
      title: notificationText(locale, 'lesson.reminder.title'),
      text: `${notificationText(locale, 'lesson.reminder.text', {
        title: lesson.title,
        remaining: formatDuration(lesson.startsAt.getTime() - now.getTime(), locale),
      })}\n${notificationText(locale, 'lesson.reminder.hint')}`,
      fields: lessonFields(lesson, locale, timezone),
    }),
  });
  return { key: input.key, status: result.status, reason: null };
}
