import type { Supplier, VettingStatus } from '../domain/supplier.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** Staff's view of the supplier directory by status (e.g. `pending` to vet), in name order. */
export async function listSuppliers(
  deps: Pick<Ports, 'uow'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly status?: VettingStatus | null },
): Promise<readonly Supplier[]> {
  requireRole(input.actor, input.communityId, ['moderator']);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    return repos.suppliers.list(community.id, input.status ?? null);
  });
}
