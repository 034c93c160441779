import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import type { MemberName } from './get-member-names.js';

/** The club's guest experts (嘉宾), by name, for coaches to route questions to. */
export async function listGuests(
  deps: Uow<'members' | 'staff'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<MemberName[]> {
  requireRole(input.actor, input.communityId, ['coach', 'moderator']);
  return deps.uow.run(async (repos) => {
    // Staff of one club are a handful of people: the whole list is small by nature.
    const ids = [
      ...new Set((await repos.staff.list(input.communityId)).filter((s) => s.role === 'guest').map((s) => s.memberId)),
    ];
    if (ids.length === 0) return [];
    const members = await repos.members.getMany(input.communityId, ids);
    return members
      .filter((m) => !m.deletedAt)
      .map((m) => ({ id: m.id, displayName: m.displayName, handle: m.handle }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  });
}
