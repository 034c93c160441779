import { textQuery } from '@snowball/matching';
import type { Supplier } from '../domain/supplier.js';
import { MAX_PAGE_SIZE } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
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
  const query = textQuery(cleanText(input.query, 'query', 200));
  const limit = Math.min(Math.max(1, Math.trunc(input.limit ?? 10) || 10), MAX_PAGE_SIZE);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const vetted = await repos.suppliers.list(community.id, 'vetted');
    const scored = vetted
      .map((supplier) => ({
        supplier,
        score: query.empty
          ? 0
          : query.score([
              { text: supplier.categories, weight: 3 },
              { text: supplier.name, weight: 3 },
              { text: supplier.description, weight: 1 },
              { text: supplier.region, weight: 1 },
            ]),
      }))
      .filter((s) => query.empty || s.score > 0);
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        b.supplier.endorsements - a.supplier.endorsements ||
        (a.supplier.name < b.supplier.name ? -1 : a.supplier.name > b.supplier.name ? 1 : 0),
    );
    return scored.slice(0, limit).map((s) => s.supplier);
  });
}
