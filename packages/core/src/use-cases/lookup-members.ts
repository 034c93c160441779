import { type MembershipStatus, membershipState } from '../domain/membership.js';
import type { MemberListQuery } from '../ports/member.repository.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { cleanText } from '../rules/text.js';
import { latestEndBand } from './list-members.js';

/** What any staff member may know to pick a member: who they are and whether their membership is current. */
export interface MemberLookup {
  readonly id: string;
  readonly displayName: string;
  readonly handle: string;
  readonly status: MembershipStatus;
}

/** A short pick list: a lookup is for choosing someone, not for browsing the member list. */
export const MEMBER_LOOKUP_MAX = 20;

/**
 * Finds members by name, handle or email for staff who may not read the member list (coaches signing someone
 * up for a lesson). Gives only id, name, handle and membership status — no email, payments or notes — and
 * nothing without a search. `withAccess` keeps members whose membership gives access now.
 */
export async function lookupMembers(
  deps: Uow<'communities' | 'members'> & Pick<Ports, 'clock'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly search: string;
    readonly withAccess?: boolean;
    readonly limit?: number;
  },
): Promise<MemberLookup[]> {
  requireRole(input.actor, input.communityId, ['coach', 'moderator']);
  const search = cleanText(input.search, 'search', 100);
  if (!search) return [];
  const now = deps.clock.now();
  const limit = Math.min(input.limit ?? 10, MEMBER_LOOKUP_MAX);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const query: MemberListQuery = {
      search,
      ...(input.withAccess ? { latestEnd: latestEndBand('access', now, community.settings) } : {}),
    };
    const page = await repos.members.listWithLatestEnd(community.id, query, pageRequest(limit));
    return page.items.map(({ member, latestEnd }) => ({
      id: member.id,
      displayName: member.displayName,
      handle: member.handle,
      status: membershipState(latestEnd ? [{ endsAt: latestEnd }] : [], now, community.settings).status,
    }));
  });
}
