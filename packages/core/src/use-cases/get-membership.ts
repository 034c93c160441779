import type { MembershipPeriod, MembershipState } from '../domain/membership.js';
import { membershipState } from '../domain/membership.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity, loadMember } from '../rules/load.js';

/** The member's membership at this moment, with every period. */
export async function getMembership(
  deps: Uow<'communities' | 'members' | 'memberships'> & Pick<Ports, 'clock'>,
  input: { readonly communityId: string; readonly memberId: string },
): Promise<MembershipState & { readonly periods: readonly MembershipPeriod[] }> {
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await loadMember(repos, community.id, input.memberId);
    const periods = await repos.memberships.listForMember(community.id, input.memberId);
    return { ...membershipState(periods, deps.clock.now(), community.settings), periods };
  });
}
