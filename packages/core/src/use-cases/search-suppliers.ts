import type { Supplier } from '../domain/supplier.js';
import { MAX_PAGE_SIZE } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { knowledgeQuery } from '../rules/knowledge-index.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';

/**
 * /suppliers: vetted suppliers only, found by category or words in either language ("物流" finds a
 * "freight forwarding" supplier), best first; without a query, the most endorsed first. Members with access
 * and staff may search.
 */
export async function searchSuppliers(
  deps: Uow<'communities' | 'memberships' | 'suppliers'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly query?: string; readonly limit?: number },
): Promise<readonly Supplier[]> {
  const text = cleanText(input.query, 'query', 200);
  const query = text.trim() ? knowledgeQuery(text) : null;
  const limit = Math.min(Math.max(1, Math.trunc(input.limit ?? 10) || 10), MAX_PAGE_SIZE);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    // Candidates and ranking come from the suppliers' search index (supplierScore), never the whole directory.
    return repos.suppliers.searchVetted(community.id, query, limit);
  });
}
