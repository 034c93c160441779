import type { Member, PlatformAccount, StaffRole } from '../domain/member.js';
import { type MembershipPeriod, type MembershipState, membershipState } from '../domain/membership.js';
import type { ModerationCase } from '../domain/moderation.js';
import type { Payment } from '../domain/payment.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { type StaffProfile, staffProfile } from '../rules/directory-profile.js';
import { loadCommunity, loadMember } from '../rules/load.js';

export interface MemberDetail {
  readonly member: Member;
  readonly membership: MembershipState;
  readonly periods: readonly MembershipPeriod[];
  readonly roles: readonly StaffRole[];
  readonly accounts: readonly PlatformAccount[];
  /** Without the contact the member shares only with people they are introduced to. */
  readonly profile: StaffProfile | null;
  /** Null unless the viewer is an owner: money is the owner's business. */
  readonly payments: readonly Payment[] | null;
  /** Upheld moderation cases. */
  readonly strikes: readonly ModerationCase[];
  readonly contributions: number;
}

/** Everything staff need on one member: status, periods, linked platforms, payments, strikes and notes. */
export async function getMemberDetail(
  deps: Uow<
    | 'accounts'
    | 'communities'
    | 'contributions'
    | 'members'
    | 'memberships'
    | 'moderation'
    | 'payments'
    | 'profiles'
    | 'staff'
  > &
    Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string },
): Promise<MemberDetail> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const seesPayments = input.actor.kind === 'system' || input.actor.roles.includes('owner');
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const member = await loadMember(repos, community.id, input.memberId);
    const [periods, roles, accounts, profile, payments, cases, contributions] = await Promise.all([
      repos.memberships.listForMember(community.id, member.id),
      repos.staff.rolesOf(community.id, member.id),
      repos.accounts.listForMember(community.id, member.id),
      repos.profiles.get(community.id, member.id),
      seesPayments ? repos.payments.listForMember(community.id, member.id) : Promise.resolve(null),
      repos.moderation.list(community.id, member.id),
      repos.contributions.listForMember(community.id, member.id),
    ]);
    return {
      member,
      membership: membershipState(periods, deps.clock.now(), community.settings),
      periods,
      roles,
      accounts,
      profile: profile ? staffProfile(profile) : null,
      payments,
      strikes: cases.filter((c) => c.status === 'upheld'),
      contributions: contributions.length,
    };
  });
}
