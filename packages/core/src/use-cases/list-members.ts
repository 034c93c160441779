import type { Member } from '../domain/member.js';
import { MEMBERSHIP_STATUSES, type MembershipState, membershipState } from '../domain/membership.js';
import { DomainError } from '../errors/domain-error.js';
import type { MemberListQuery } from '../ports/member.repository.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { cleanText } from '../rules/text.js';

/** A membership status, or `access`: everyone who currently has the member role (active, expiring, grace). */
export const MEMBER_FILTERS = [...MEMBERSHIP_STATUSES, 'access'] as const;
export type MemberFilter = (typeof MEMBER_FILTERS)[number];

export interface MemberListItem {
  readonly member: Member;
  readonly membership: MembershipState;
}

const DAY = 86_400_000;

/** Each status is a band of the latest membership end; the bands follow membershipState exactly. */
export function latestEndBand(
  filter: MemberFilter,
  now: Date,
  rules: { readonly graceDays: number; readonly expiringDays: number },
): MemberListQuery['latestEnd'] {
  const t = now.getTime();
  const graceStart = new Date(t - rules.graceDays * DAY);
  const expiringStart = new Date(t + rules.expiringDays * DAY);
  switch (filter) {
    case 'none':
      return 'none';
    case 'active':
      return { after: expiringStart };
    case 'expiring':
      return { after: now, notAfter: expiringStart };
    case 'grace':
      return { after: graceStart, notAfter: now };
    case 'lapsed':
      return { notAfter: graceStart };
    case 'access':
      return { after: graceStart };
  }
}

/** The member list of the panel: search and a status filter, a page at a time, each with its status. */
export async function listMembers(
  deps: Pick<Ports, 'uow' | 'clock'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly search?: string | null;
    readonly status?: MemberFilter | null;
    readonly limit?: number;
    readonly offset?: number;
  },
): Promise<Page<MemberListItem>> {
  requireRole(input.actor, input.communityId, ['moderator']);
  if (input.status && !MEMBER_FILTERS.includes(input.status)) {
    throw new DomainError('validation.invalid', { field: 'status', reason: MEMBER_FILTERS.join(', ') });
  }
  const search = cleanText(input.search, 'search', 100);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const query: MemberListQuery = {
      ...(search ? { search } : {}),
      ...(input.status ? { latestEnd: latestEndBand(input.status, now, community.settings) } : {}),
    };
    const page = await repos.members.listWithLatestEnd(community.id, query, pageRequest(input.limit, input.offset));
    return {
      total: page.total,
      items: page.items.map(({ member, latestEnd }) => ({
        member,
        membership: membershipState(latestEnd ? [{ endsAt: latestEnd }] : [], now, community.settings),
      })),
    };
  });
}
