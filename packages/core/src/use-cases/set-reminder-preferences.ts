import type { Member } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import { REASONS } from '../errors/error-reasons.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { scheduleLessonRemindersSoon } from './schedule-lesson-reminders.js';

/** The same bounds as the club's lead times (settings): a minute to a week. */
export const REMINDER_LEAD_LIMITS = { min: 1, max: 7 * 24 * 60 } as const;

/**
 * A member sets their own lesson-reminder lead time in minutes (replacing the club's list; null goes back
 * to the club's) and/or mutes reminders. Jobs already queued re-check these settings before sending.
 */
export async function setReminderPreferences(
  deps: Uow<'communities' | 'lessons' | 'members'> & Pick<Ports, 'clock' | 'jobs'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly leadMinutes?: number | null;
    readonly muted?: boolean;
  },
): Promise<Member> {
  if (input.actor.kind !== 'member' || input.actor.communityId !== input.communityId) {
    throw new DomainError('auth.forbidden');
  }
  const { leadMinutes, muted } = input;
  if (
    leadMinutes !== undefined &&
    leadMinutes !== null &&
    (!Number.isInteger(leadMinutes) || leadMinutes < REMINDER_LEAD_LIMITS.min || leadMinutes > REMINDER_LEAD_LIMITS.max)
  ) {
    throw new DomainError('lesson.invalid_reminder_lead', REMINDER_LEAD_LIMITS);
  }
  if (muted !== undefined && typeof muted !== 'boolean') {
    throw new DomainError('validation.invalid', { field: 'muted', reason: REASONS.trueOrFalse });
  }
  const memberId = input.actor.memberId;
  const member = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const before = await loadMember(repos, community.id, memberId);
    const after: Member = {
      ...before,
      reminderLeadMinutes: leadMinutes === undefined ? before.reminderLeadMinutes : leadMinutes,
      remindersMuted: muted ?? before.remindersMuted,
    };
    await repos.members.update(after);
    return after;
  });
  if (!member.remindersMuted) await scheduleLessonRemindersSoon(deps, { communityId: input.communityId, memberId });
  return member;
}
