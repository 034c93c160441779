import type { LibraryEntry } from '../domain/library.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { knowledgeQuery } from '../rules/knowledge-index.js';
import { splitLibrarySearch } from '../rules/library-tags.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';

/** `/library <words or #tag>`: approved entries, closest first (words in Chinese or English), or newest with a tag. */
export async function searchLibrary(
  deps: Uow<'communities' | 'library' | 'memberships'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly search: string; readonly limit?: number },
): Promise<{ readonly tag: string | null; readonly entries: LibraryEntry[] }> {
  const { words, tag } = splitLibrarySearch(cleanText(input.search, 'search', 300, { required: true }));
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 5), 1), 20);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.actor.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const query = words ? knowledgeQuery(words) : { keys: [], text: null };
    return { tag, entries: await repos.library.search(community.id, query, tag, limit) };
  });
}
