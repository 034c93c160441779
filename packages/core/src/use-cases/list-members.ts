import type { Community } from '../domain/community.js';
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

/** Where the next page starts: the last member of this page, as an opaque string. */
export function memberCursor(member: Pick<Member, 'createdAt' | 'id'>): string {
  return Buffer.from(`${member.createdAt.toISOString()}|${member.id}`, 'utf8').toString('base64url');
}

function parseCursor(cursor: string): { createdAt: Date; id: string } {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at);
  if (Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw new DomainError('validation.bad_cursor');
  return { createdAt, id };
}

/**
 * The member list of the panel: search and a status filter, a page at a time, each with its status.
 * `after` (the previous page's `nextCursor`) pages by keyset, so a deep page costs what the first does;
 * `offset` still works for jumping. The reads need no transaction, so the page and its count run side by side.
 */
export async function listMembers(
  deps: Pick<Ports, 'communities' | 'members' | 'clock'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly search?: string | null;
    readonly status?: MemberFilter | null;
    readonly limit?: number;
    readonly offset?: number;
    /** `nextCursor` of the previous page. */
    readonly after?: string | null;
  },
): Promise<Page<MemberListItem> & { readonly nextCursor: string | null }> {
  requireRole(input.actor, input.communityId, ['moderator']);
  if (input.status && !MEMBER_FILTERS.includes(input.status)) {
    throw new DomainError('validation.invalid', { field: 'status', reason: MEMBER_FILTERS.join(', ') });
  }
  const search = cleanText(input.search, 'search', 100);
  const after = input.after ? parseCursor(input.after) : null;
  const now = deps.clock.now();
  const request = pageRequest(input.limit, after ? 0 : input.offset);
  const list = (community: Community | null) =>
    deps.members.listWithLatestEnd(
      input.communityId,
      {
        ...(search ? { search } : {}),
        ...(input.status && community ? { latestEnd: latestEndBand(input.status, now, community.settings) } : {}),
        ...(after ? { after } : {}),
      },
      request,
    );
  // A status filter needs the club's settings first; without one, the club and the page load side by side.
  const [community, page] = input.status
    ? await loadCommunity(deps, input.communityId).then(async (c) => [c, await list(c)] as const)
    : await Promise.all([loadCommunity(deps, input.communityId), list(null)]);
  const last = page.items.at(-1);
  return {
    total: page.total,
    items: page.items.map(({ member, latestEnd }) => ({
      member,
      membership: membershipState(latestEnd ? [{ endsAt: latestEnd }] : [], now, community.settings),
    })),
    nextCursor: last && page.items.length === request.limit ? memberCursor(last.member) : null,
  };
}
