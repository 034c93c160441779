import { LESSON_CONTRIBUTION_POINTS, type Lesson, type Rsvp } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import { atMost } from '../errors/error-reasons.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadMember } from '../rules/load.js';
import { loadLesson } from './load-lesson.js';

const MAX_ATTENDEES = 5000;

/**
 * Staff record who attended a lesson that has started: listed members attended (a walk-in without an RSVP is
 * added as going), every other member signed up did not. Marks the lesson done. The host, when a member,
 * gets a `lesson` contribution (LESSON_CONTRIBUTION_POINTS) dated at the lesson start, counted once per lesson;
 * guest speakers from outside the club are not members and get none. Recording again replaces the list.
 */
export async function recordAttendance(
  deps: Uow<'audit' | 'contributions' | 'lessons' | 'members'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly lessonId: string;
    readonly attendedMemberIds: readonly string[];
  },
): Promise<{ readonly lesson: Lesson; readonly attended: number; readonly absent: number }> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  if (!Array.isArray(input.attendedMemberIds) || input.attendedMemberIds.length > MAX_ATTENDEES) {
    throw new DomainError('validation.invalid', { field: 'attendedMemberIds', reason: atMost(MAX_ATTENDEES) });
  }
  const attendees = new Set(input.attendedMemberIds);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const before = await loadLesson(repos, input.communityId, input.lessonId);
    if (before.status === 'cancelled') throw new DomainError('lesson.cancelled');
    if (before.startsAt.getTime() > now.getTime()) throw new DomainError('lesson.not_started');
    for (const memberId of attendees) await loadMember(repos, before.communityId, memberId);
    const rsvps = await repos.lessons.listRsvps(before.communityId, before.id);
    let absent = 0;
    for (const rsvp of rsvps) {
      if (attendees.has(rsvp.memberId)) continue;
      if (rsvp.status === 'going') absent += 1;
      if (rsvp.attended !== null || rsvp.status === 'going') {
        await repos.lessons.upsertRsvp({ ...rsvp, attended: rsvp.status === 'going' ? false : null });
      }
    }
    for (const memberId of attendees) {
      const existing = rsvps.find((r) => r.memberId === memberId);
      const rsvp: Rsvp = existing
        ? { ...existing, status: 'going', attended: true }
        : {
            communityId: before.communityId,
            lessonId: before.id,
            memberId,
            status: 'going',
            attended: true,
            createdAt: now,
          };
      await repos.lessons.upsertRsvp(rsvp);
    }
    const after: Lesson = { ...before, status: 'done', updatedAt: now };
    await repos.lessons.update(after);
    if (after.hostMemberId) {
      await repos.contributions.record({
        id: deps.ids.id(),
        communityId: after.communityId,
        memberId: after.hostMemberId,
        kind: 'lesson',
        sourceId: after.id,
        points: LESSON_CONTRIBUTION_POINTS,
        at: after.startsAt,
      });
    }
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'lesson.attendance',
      targetType: 'lesson',
      targetId: after.id,
      before: { status: before.status },
      after: { status: after.status, attended: [...attendees].sort(), absent },
    });
    return { lesson: after, attended: attendees.size, absent };
  });
}
