import type { CommunitySettings } from './community.js';
import { keyInstant, parseKeyInstant } from './delivery-key.js';
import type { Lesson, Rsvp } from './lesson.js';
import type { Member } from './member.js';

/** The job name lesson reminders run under (the worker's notify queue picks it up by this prefix). */
export const LESSON_REMINDER_JOB = 'lesson.reminder';

/**
 * How late a reminder may still be planned. It covers the reconcile interval (10 minutes) with some slack,
 * so a reminder whose job was lost just before its instant still goes out, while a member who signs up
 * well after the 24 h instant gets only the reminders still ahead (the 1 h one), never a stale "tomorrow".
 */
export const LESSON_REMINDER_GRACE_MINUTES = 15;

/** A send whose job would fire this early is refused (clock skew between hosts is less). */
const EARLY_TOLERANCE_MS = 5 * 60_000;

/** One reminder a member should get; `key` is both the delivery key and the job id. */
export interface PlannedLessonReminder {
  readonly key: string;
  readonly communityId: string;
  readonly lessonId: string;
  readonly memberId: string;
  readonly leadMinutes: number;
  readonly sendAt: Date;
}

/**
 * The lead times a member gets reminders at, longest first: their own lead time replaces the club's list.
 * Muting is checked separately (a muted member keeps their lead time for later).
 */
export function effectiveLeadMinutes(
  member: Pick<Member, 'reminderLeadMinutes'>,
  settings: Pick<CommunitySettings, 'lessonReminderLeadMinutes'>,
): number[] {
  const leads = member.reminderLeadMinutes !== null ? [member.reminderLeadMinutes] : settings.lessonReminderLeadMinutes;
  return [...new Set(leads.filter((m) => Number.isInteger(m) && m > 0))].sort((a, b) => b - a);
}

/**
 * `lesson-reminder:<lessonId>:<memberId>:<leadMinutes>:<startsAt>`. The start instant is part of the key so a
 * moved lesson gets fresh reminders (and fresh job ids), while the old jobs find a mismatch and do nothing.
 */
export function lessonReminderKey(lessonId: string, memberId: string, leadMinutes: number, startsAt: Date): string {
  return `lesson-reminder:${lessonId}:${memberId}:${leadMinutes}:${keyInstant(startsAt)}`;
}

/** The parts of a lesson reminder key, or null when the text is not one. */
export function parseLessonReminderKey(
  key: string,
): { lessonId: string; memberId: string; leadMinutes: number; startsAt: Date } | null {
  const parts = key.split(':');
  if (parts.length !== 5 || parts[0] !== 'lesson-reminder') return null;
  const [, lessonId, memberId, lead, start] = parts as [string, string, string, string, string];
  const leadMinutes = /^\d{1,6}$/.test(lead) ? Number(lead) : 0;
  const startsAt = parseKeyInstant(start);
  if (!lessonId || !memberId || leadMinutes <= 0 || !startsAt) return null;
  return { lessonId, memberId, leadMinutes, startsAt };
}

/**
 * Whether a reminder is still worth sending at `now`: the lesson has not started, the reminder is due
 * (not early), and no shorter reminder of the same member is due yet (that one supersedes it, so a job
 * delayed for hours does not send "in 24 hours" next to the "in 1 hour").
 */
export function lessonReminderStillUseful(
  reminder: { readonly leadMinutes: number; readonly startsAt: Date },
  leads: readonly number[],
  now: Date,
): boolean {
  const start = reminder.startsAt.getTime();
  const t = now.getTime();
  if (t >= start) return false;
  if (start - reminder.leadMinutes * 60_000 > t + EARLY_TOLERANCE_MS) return false;
  return !leads.some((lead) => lead < reminder.leadMinutes && start - lead * 60_000 <= t);
}

/**
 * The reminders to send for one lesson: one per going member and lead time, none for muted or deleted
 * members, none while the lesson is not scheduled, and none whose instant is more than the grace window in
 * the past (or superseded by a shorter one already due). A late one within the grace window is kept with its
 * original `sendAt`; the scheduler runs it at once.
 */
export function planLessonReminders(
  lesson: Pick<Lesson, 'id' | 'communityId' | 'status' | 'startsAt'>,
  rsvps: readonly Pick<Rsvp, 'memberId' | 'status' | 'createdAt'>[],
  members: readonly Pick<Member, 'id' | 'reminderLeadMinutes' | 'remindersMuted' | 'deletedAt'>[],
  settings: Pick<CommunitySettings, 'lessonReminderLeadMinutes'>,
  now: Date,
): PlannedLessonReminder[] {
  if (lesson.status !== 'scheduled') return [];
  const start = lesson.startsAt.getTime();
  const t = now.getTime();
  if (t >= start) return [];
  const byId = new Map(members.map((m) => [m.id, m]));
  const planned: PlannedLessonReminder[] = [];
  for (const rsvp of rsvps) {
    if (rsvp.status !== 'going') continue;
    const member = byId.get(rsvp.memberId);
    if (!member || member.deletedAt || member.remindersMuted) continue;
    const leads = effectiveLeadMinutes(member, settings);
    for (const leadMinutes of leads) {
      const sendAt = start - leadMinutes * 60_000;
      // A reminder whose instant passed before the member signed up is not sent: they just said yes.
      if (sendAt < rsvp.createdAt.getTime()) continue;
      if (sendAt < t - LESSON_REMINDER_GRACE_MINUTES * 60_000) continue;
      if (sendAt <= t && !lessonReminderStillUseful({ leadMinutes, startsAt: lesson.startsAt }, leads, now)) continue;
      planned.push({
        key: lessonReminderKey(lesson.id, member.id, leadMinutes, lesson.startsAt),
        communityId: lesson.communityId,
        lessonId: lesson.id,
        memberId: member.id,
        leadMinutes,
        sendAt: new Date(sendAt),
      });
    }
  }
  return planned.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime() || a.key.localeCompare(b.key));
}
