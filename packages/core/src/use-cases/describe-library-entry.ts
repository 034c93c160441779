import type { LibraryEntry } from '../domain/library.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { cleanLibraryTags } from '../rules/library-tags.js';
import { isStaff } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';

/**
 * The person who saved a message names it: a title and tags (`#定价 pricing`). The saver may do so while it waits
 * for staff; staff at any time (they curate with `curateLibraryEntry` too).
 */
export async function describeLibraryEntry(
  deps: Uow<'library'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly entryId: string; readonly title: string; readonly tags: string },
): Promise<LibraryEntry> {
  const by = actorId(input.actor);
  if (!by) throw new DomainError('auth.forbidden');
  const title = cleanText(input.title, 'title', 200, { required: true });
  const tags = cleanLibraryTags(input.tags);
  return deps.uow.run(async (repos) => {
    const before = await repos.library.get(input.actor.communityId, input.entryId);
    if (!before) throw new DomainError('library.not_found', { entryId: input.entryId });
    const mine = before.savedBy === by && before.status === 'pending';
    if (!mine && !isStaff(input.actor)) throw new DomainError('auth.staff_only');
    const after: LibraryEntry = { ...before, title, tags };
    await repos.library.update(after);
    return after;
  });
}
