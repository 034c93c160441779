import { type Rsvp, seatsLeft, waitlistedRsvps } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { requireMembershipWithAccess } from '../rules/member-access.js';
import { loadLesson, requireUpcoming } from './load-lesson.js';
import { scheduleLessonRemindersSoon } from './schedule-lesson-reminders.js';

/**
 * A member signs up for an upcoming lesson: a seat if one is free (or there is no limit), otherwise a place
 * on the waitlist. Signing up again changes nothing; signing up after cancelling joins the end of the line.
 * Needs a membership with access (staff may always sign up). Staff (moderator, coach) may sign up another
 * member by `memberId` (from the panel), which is audited.
 */
export async function rsvpLesson(
  deps: Uow<'audit' | 'communities' | 'lessons' | 'members' | 'memberships' | 'staff'> &
    Pick<Ports, 'clock' | 'ids' | 'jobs'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly lessonId: string;
    /** Someone else than the actor: staff signing a member up on their behalf. */
    readonly memberId?: string;
  },
): Promise<{ readonly rsvp: Rsvp; readonly waitlistPosition: number | null; readonly changed: boolean }> {
  if (input.actor.kind !== 'member' || input.actor.communityId !== input.communityId) {
    throw new DomainError('auth.forbidden');
  }
  const { actor } = input;
  const memberId = input.memberId ?? actor.memberId;
  const onBehalf = memberId !== actor.memberId;
  if (onBehalf) requireRole(actor, input.communityId, ['moderator', 'coach']);
  const now = deps.clock.now();
  const result = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const member = await loadMember(repos, community.id, memberId);
    const lesson = await loadLesson(repos, community.id, input.lessonId);
    requireUpcoming(lesson, now);
    // The access rule is about who attends: a member signed up by staff still needs a membership with access.
    const roles = onBehalf ? await repos.staff.rolesOf(community.id, member.id) : actor.roles;
    if (roles.length === 0) await requireMembershipWithAccess(repos, community, member.id, now);
    const rsvps = await repos.lessons.listRsvps(community.id, lesson.id);
    const position = (memberId: string) => waitlistedRsvps(rsvps).findIndex((r) => r.memberId === memberId) + 1 || null;
    const existing = rsvps.find((r) => r.memberId === member.id);
    if (existing && existing.status !== 'cancelled') {
      return { rsvp: existing, waitlistPosition: position(member.id), changed: false };
    }
    const free = seatsLeft(lesson, rsvps);
    const rsvp: Rsvp = {
      communityId: community.id,
      lessonId: lesson.id,
      memberId: member.id,
      status: free === null || free > 0 ? 'going' : 'waitlist',
      attended: null,
      createdAt: now,
    };
    await repos.lessons.upsertRsvp(rsvp);
    if (onBehalf) {
      await writeAudit(repos, deps, {
        actor,
        action: 'lesson.rsvp',
        targetType: 'lesson',
        targetId: lesson.id,
        after: { memberId: member.id, status: rsvp.status },
      });
    }
    const waiting = waitlistedRsvps(rsvps).length;
    return { rsvp, waitlistPosition: rsvp.status === 'waitlist' ? waiting + 1 : null, changed: true };
  });
  if (result.changed && result.rsvp.status === 'going') {
    await scheduleLessonRemindersSoon(deps, {
      communityId: input.communityId,
      lessonId: input.lessonId,
      memberId: result.rsvp.memberId,
    });
  }
  return result;
}
