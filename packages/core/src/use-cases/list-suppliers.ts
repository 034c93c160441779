import type { Supplier, VettingStatus } from '../domain/supplier.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** Staff's view of the supplier directory by status (e.g. `pending` to vet), in name order, a page at a time. */
export async function listSuppliers(
  deps: Uow<'communities' | 'suppliers'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly status?: VettingStatus | null;
    readonly limit?: number;
    readonly offset?: number;
  },
): Promise<Page<Supplier>> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const page = pageRequest(input.limit, input.offset);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    return repos.suppliers.page(community.id, input.status ?? null, page);
  });
}
