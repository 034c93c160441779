import type { FaqHit } from '../domain/faq.js';
import type { Ports } from '../ports/ports.js';
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
  deps: Pick<Ports, 'communities' | 'faq' | 'memberships' | 'clock'>,
  input: { readonly actor: Actor; readonly words: string; readonly limit?: number },
): Promise<FaqHit[]> {
  const words = cleanText(input.words, 'words', 500, { required: true });
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 5), 1), 20);
  const now = deps.clock.now();
  // Reads only (shown with every /ask): no transaction, so no BEGIN and COMMIT round trips.
  const community = await loadCommunity(deps, input.actor.communityId);
  await requireMemberAccess(deps, community, input.actor, now);
  return deps.faq.search(community.id, knowledgeQuery(words), limit);
}
