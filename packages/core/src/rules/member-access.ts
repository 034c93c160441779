import type { Community } from '../domain/community.js';
import { hasAccess, membershipState } from '../domain/membership.js';
import { DomainError } from '../errors/domain-error.js';
import type { Repositories } from '../ports/ports.js';
import type { Actor } from './actor.js';

/**
 * Owners, moderators and coaches (and the system) act for the club; members act for themselves. A guest expert
 * is not staff here: the role gives no member feature, only the routed questions and their talks.
 */
export function isStaff(actor: Actor): boolean {
  return actor.kind === 'system' || actor.roles.some((role) => role !== 'guest');
}

/** Ids of the members whose membership gives access now (active, expiring or in grace). */
export async function membersWithAccess(
  repos: Pick<Repositories, 'memberships'>,
  community: Community,
  now: Date,
): Promise<Set<string>> {
  const ends = await repos.memberships.latestEnds(community.id);
  const ids = new Set<string>();
  for (const { memberId, endsAt } of ends) {
    if (hasAccess(membershipState([{ endsAt }], now, community.settings).status)) ids.add(memberId);
  }
  return ids;
}

/**
 * Member-only features (directory, suppliers) need a membership with access; staff and the system always
 * pass. Throws `membership.none` or `membership.expired`.
 */
export async function requireMemberAccess(
  repos: Pick<Repositories, 'memberships'>,
  community: Community,
  actor: Actor,
  now: Date,
): Promise<void> {
  if (actor.communityId !== community.id) throw new DomainError('auth.forbidden');
  if (isStaff(actor) || actor.kind !== 'member') return;
  await requireMembershipWithAccess(repos, community, actor.memberId, now);
}

/**
 * The member's membership gives access now (active, expiring or in grace), whoever acts: for a member signed
 * up by staff, say. Throws `membership.none` or `membership.expired`.
 */
export async function requireMembershipWithAccess(
  repos: Pick<Repositories, 'memberships'>,
  community: Community,
  memberId: string,
  now: Date,
): Promise<void> {
  const periods = await repos.memberships.listForMember(community.id, memberId);
  const state = membershipState(periods, now, community.settings);
  if (state.status === 'none') throw new DomainError('membership.none');
  if (!hasAccess(state.status)) throw new DomainError('membership.expired');
}
