import type { FaqHit } from '../domain/faq.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { knowledgeQuery } from '../rules/knowledge-index.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';

/**
 * Searches the club FAQ in Chinese and English (segmented Chinese, stemmed English, bilingual concepts), closest
 * first: `/faq <words>`, and the three closest entries shown when a member asks. Members with access and staff.
 */
export async function searchFaq(
  deps: Uow<'communities' | 'faq' | 'memberships'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly words: string; readonly limit?: number },
): Promise<FaqHit[]> {
  const words = cleanText(input.words, 'words', 500, { required: true });
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 5), 1), 20);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.actor.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    return repos.faq.search(community.id, knowledgeQuery(words), limit);
  });
}
