import type { Member } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import { atMost } from '../errors/error-reasons.js';
import { MAX_PAGE_SIZE } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type MemberName = Pick<Member, 'id' | 'displayName' | 'handle'>;

/** Names for the member ids on a page (referrers, askers, audit actors), so lists read as people. */
export async function getMemberNames(
  deps: Pick<Ports, 'members'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberIds: readonly string[] },
): Promise<Record<string, MemberName>> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  // Ids come from stored records; anything that is not a UUID cannot name a member (and would upset a uuid column).
  const ids = [...new Set(input.memberIds.filter((id) => typeof id === 'string' && UUID.test(id)))];
  if (ids.length === 0) return {};
  if (ids.length > MAX_PAGE_SIZE) {
    throw new DomainError('validation.invalid', { field: 'memberIds', reason: atMost(MAX_PAGE_SIZE) });
  }
  const members = await deps.members.getMany(input.communityId, ids);
  return Object.fromEntries(members.map((m) => [m.id, { id: m.id, displayName: m.displayName, handle: m.handle }]));
}
