import { addDays, membershipState } from '../domain/membership.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { cleanText } from '../rules/text.js';
import { type AccessSyncResult, syncMemberAccess } from './sync-member-access.js';

export interface EndMembershipResult {
  /** The end now stored on the member's periods: `graceDays` before the moment the owner ended it. */
  readonly endsAt: Date;
  readonly endedAt: Date;
  readonly access: AccessSyncResult;
}

/** The audit action of a manual end; applyLapse reads it so a lapse job left over from the old end stays silent. */
export const MEMBERSHIP_END_ACTION = 'membership.end';

/**
 * An owner ends a membership now (the member left or broke the rules), always with a reason.
 *
 * Grace is for members who forgot to pay, not for a manual end, and the status must read `lapsed` at once
 * everywhere (detail, member list filters, dashboard, renewal jobs). Every reader derives the status from the
 * latest period end through `membershipState`, so instead of a new field each period still running is ended at
 * `now − graceDays`: the grace window is then already over and `membershipState` stays unchanged. The audit
 * entry keeps the real moment (`endedAt`), the reason and the ends before and after. Roles and channels are
 * then revoked on every linked platform. Recording a payment later starts a new period from that day.
 */
export async function endMembership(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'members' | 'memberships'> &
    Pick<Ports, 'clock' | 'ids' | 'roleSync'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string; readonly reason: string },
): Promise<EndMembershipResult> {
  requireRole(input.actor, input.communityId, ['owner']);
  const reason = cleanText(input.reason, 'reason', 500);
  if (!reason) throw new DomainError('application.reason_required');
  const now = deps.clock.now();
  const endsAt = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const member = await loadMember(repos, community.id, input.memberId);
    const periods = await repos.memberships.listForMember(community.id, member.id);
    const before = membershipState(periods, now, community.settings);
    if (before.status === 'none' || before.status === 'lapsed') throw new DomainError('membership.not_current');
    const cutoff = addDays(now, -community.settings.graceDays);
    const running = periods.filter((p) => p.endsAt.getTime() > cutoff.getTime());
    for (const period of running) await repos.memberships.endPeriod(community.id, period.id, cutoff);
    // ISO text, like applyLapse, so the entry reads the same from memory and from a jsonb column.
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: MEMBERSHIP_END_ACTION,
      targetType: 'member',
      targetId: member.id,
      before: { status: before.status, endsAt: before.endsAt?.toISOString() ?? null },
      after: {
        status: 'lapsed',
        endsAt: cutoff.toISOString(),
        endedAt: now.toISOString(),
        periods: running.map((p) => p.id),
        reason,
      },
    });
    return cutoff;
  });
  const access = await syncMemberAccess(deps, { communityId: input.communityId, memberId: input.memberId });
  return { endsAt, endedAt: now, access };
}
