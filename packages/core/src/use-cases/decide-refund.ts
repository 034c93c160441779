import { addDays, membershipState } from '../domain/membership.js';
import type { Refund } from '../domain/online-payment.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';
import { MEMBERSHIP_END_ACTION } from './end-membership.js';
import { syncMemberAccess } from './sync-member-access.js';

/**
 * An owner decides what a full refund does: end the member's access now (as ending a membership does), or keep it
 * (a goodwill refund). Only refunds waiting for an owner can be decided, once.
 */
export async function decideRefund(
  deps: Uow<'accounts' | 'audit' | 'billing' | 'communities' | 'memberships'> &
    Pick<Ports, 'clock' | 'ids' | 'roleSync'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly refundId: string;
    readonly endAccess: boolean;
  },
): Promise<Refund> {
  requireRole(input.actor, input.communityId, ['owner']);
  const now = deps.clock.now();
  const refund = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const refund = await repos.billing.getRefund(community.id, input.refundId);
    if (!refund) throw new DomainError('refund.not_found');
    if (refund.status !== 'awaiting_owner') throw new DomainError('refund.already_decided');
    const decided: Refund = {
      ...refund,
      status: input.endAccess ? 'access_ended' : 'access_kept',
      decidedBy: actorId(input.actor),
      updatedAt: now,
    };
    await repos.billing.saveRefund(decided);
    if (input.endAccess) {
      const periods = await repos.memberships.listForMember(community.id, refund.memberId);
      const before = membershipState(periods, now, community.settings);
      // As endMembership does: periods still running end graceDays ago, so the status reads lapsed at once.
      const cutoff = addDays(now, -community.settings.graceDays);
      const running = periods.filter((p) => p.endsAt.getTime() > cutoff.getTime());
      for (const period of running) await repos.memberships.endPeriod(community.id, period.id, cutoff);
      await writeAudit(repos, deps, {
        actor: input.actor,
        action: MEMBERSHIP_END_ACTION,
        targetType: 'member',
        targetId: refund.memberId,
        before: { status: before.status, endsAt: before.endsAt?.toISOString() ?? null },
        after: {
          status: 'lapsed',
          endsAt: cutoff.toISOString(),
          endedAt: now.toISOString(),
          periods: running.map((p) => p.id),
          reason: `refund ${refund.chargeId}`,
        },
      });
    }
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'payment.refund.decide',
      targetType: 'member',
      targetId: refund.memberId,
      before: { status: refund.status },
      after: { status: decided.status, refundId: refund.id },
    });
    return decided;
  });
  if (input.endAccess) await syncMemberAccess(deps, { communityId: input.communityId, memberId: refund.memberId });
  return refund;
}
