import { type Rsvp, waitlistPromotions } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadLesson } from './load-lesson.js';
import type { NotifyResult } from './notify-member.js';
import { notifyWaitlistPromotion } from './notify-waitlist-promotion.js';

/**
 * A member withdraws from a lesson before it starts. A freed seat goes to the first member on the waitlist,
 * who is told by DM (once). Withdrawing twice changes nothing. Staff (moderator, coach) may withdraw another
 * member by `memberId` (from the panel), which is audited.
 */
export async function cancelRsvp(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'lessons' | 'members'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger' | 'jobs'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly lessonId: string;
    /** Someone else than the actor: staff withdrawing a member on their behalf. */
    readonly memberId?: string;
  },
): Promise<{
  readonly rsvp: Rsvp | null;
  readonly promotedMemberId: string | null;
  readonly promotionNotice: NotifyResult | null;
}> {
  if (input.actor.kind !== 'member' || input.actor.communityId !== input.communityId) {
    throw new DomainError('auth.forbidden');
  }
  const { actor } = input;
  const memberId = input.memberId ?? actor.memberId;
  const onBehalf = memberId !== actor.memberId;
  if (onBehalf) requireRole(actor, input.communityId, ['moderator', 'coach']);
  const now = deps.clock.now();
  const { rsvp, promoted } = await deps.uow.run(async (repos) => {
    const lesson = await loadLesson(repos, input.communityId, input.lessonId);
    const existing = await repos.lessons.getRsvp(input.communityId, lesson.id, memberId);
    if (!existing || existing.status === 'cancelled') return { rsvp: existing, promoted: null };
    if (lesson.startsAt.getTime() <= now.getTime()) throw new DomainError('lesson.in_past');
    const cancelled: Rsvp = { ...existing, status: 'cancelled', attended: null };
    await repos.lessons.upsertRsvp(cancelled);
    const rsvps = await repos.lessons.listRsvps(input.communityId, lesson.id);
    const [next] = existing.status === 'going' ? waitlistPromotions(lesson, rsvps) : [];
    if (next) await repos.lessons.upsertRsvp(next);
    if (onBehalf) {
      await writeAudit(repos, deps, {
        actor,
        action: 'lesson.rsvp_cancel',
        targetType: 'lesson',
        targetId: lesson.id,
        before: { memberId, status: existing.status },
        after: { memberId, status: 'cancelled', promoted: next?.memberId ?? null },
      });
    }
    return { rsvp: cancelled, promoted: next ?? null };
  });
  let promotionNotice: NotifyResult | null = null;
  if (promoted) {
    try {
      promotionNotice = await notifyWaitlistPromotion(deps, {
        communityId: input.communityId,
        lessonId: input.lessonId,
        memberId: promoted.memberId,
      });
    } catch {
      // The seat is theirs either way; a temporary send failure must not undo the member's cancellation.
    }
  }
  return { rsvp, promotedMemberId: promoted?.memberId ?? null, promotionNotice };
}
