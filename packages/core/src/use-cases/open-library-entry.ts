import type { LibraryEntry } from '../domain/library.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { isStaff, requireMemberAccess } from '../rules/member-access.js';

/** A member opens a library entry (its whole text and the link to the original): counted for the panel. */
export async function openLibraryEntry(
  deps: Uow<'communities' | 'library' | 'memberships'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly entryId: string },
): Promise<LibraryEntry> {
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.actor.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const entry = await repos.library.get(community.id, input.entryId);
    // A pending entry is not in the library yet: members cannot open it.
    if (!entry || (entry.status !== 'approved' && !isStaff(input.actor))) {
      throw new DomainError('library.not_found', { entryId: input.entryId });
    }
    return (await repos.library.countOpen(community.id, entry.id)) ?? entry;
  });
}
