import type { Contribution } from '../domain/contribution.js';
import type { Introduction } from '../domain/introduction.js';
import type { Member, PlatformAccount, StaffRole } from '../domain/member.js';
import { type MembershipState, membershipState } from '../domain/membership.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity, loadMember } from '../rules/load.js';

export interface MemberOverview {
  readonly member: Member;
  readonly membership: MembershipState;
  readonly roles: readonly StaffRole[];
  readonly accounts: readonly PlatformAccount[];
  readonly contributions: readonly Contribution[];
  readonly pendingIntros: readonly Introduction[];
}

/** What `/me` shows: membership status and end, contributions, introductions waiting for an answer. */
export async function getMemberOverview(
  deps: Uow<'accounts' | 'communities' | 'contributions' | 'introductions' | 'members' | 'memberships' | 'staff'> &
    Pick<Ports, 'clock'>,
  input: { readonly communityId: string; readonly memberId: string },
): Promise<MemberOverview> {
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const member = await loadMember(repos, community.id, input.memberId);
    const [periods, roles, accounts, contributions, intros] = await Promise.all([
      repos.memberships.listForMember(community.id, member.id),
      repos.staff.rolesOf(community.id, member.id),
      repos.accounts.listForMember(community.id, member.id),
      repos.contributions.listForMember(community.id, member.id),
      repos.introductions.listForMember(community.id, member.id),
    ]);
    const pendingIntros = intros.filter(
      (i) => i.status === 'proposed' && (i.memberA === member.id ? i.answerA : i.answerB) === 'pending',
    );
    return {
      member,
      membership: membershipState(periods, deps.clock.now(), community.settings),
      roles,
      accounts,
      contributions,
      pendingIntros,
    };
  });
}
