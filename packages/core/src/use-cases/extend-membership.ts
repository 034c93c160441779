import { addDays, type MembershipPeriod, membershipState, nextPeriodStart } from '../domain/membership.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { cleanText } from '../rules/text.js';
import { syncMemberAccess } from './sync-member-access.js';

/** An owner grants extra days without a payment (a goodwill extension), always with a reason. */
export async function extendMembership(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'members' | 'memberships'> &
    Pick<Ports, 'clock' | 'ids' | 'roleSync'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly memberId: string;
    readonly days: number;
    readonly reason: string;
  },
): Promise<MembershipPeriod> {
  requireRole(input.actor, input.communityId, ['owner']);
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 365)
    throw new DomainError('membership.invalid_extension');
  const reason = cleanText(input.reason, 'reason', 500);
  if (!reason) throw new DomainError('application.reason_required');
  const now = deps.clock.now();
  const period = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const member = await loadMember(repos, community.id, input.memberId);
    const periods = await repos.memberships.listForMember(community.id, member.id);
    const state = membershipState(periods, now, community.settings);
    const startsAt = nextPeriodStart(state, now);
    const added: MembershipPeriod = {
      id: deps.ids.id(),
      communityId: community.id,
      memberId: member.id,
      startsAt,
      endsAt: addDays(startsAt, input.days),
      kind: 'extension',
      paymentId: null,
      createdAt: now,
    };
    await repos.memberships.add(added);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'membership.extend',
      targetType: 'member',
      targetId: member.id,
      before: { endsAt: state.endsAt },
      after: { endsAt: added.endsAt, days: input.days, reason },
    });
    return added;
  });
  await syncMemberAccess(deps, { communityId: input.communityId, memberId: input.memberId });
  return period;
}
