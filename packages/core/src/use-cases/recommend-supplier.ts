import type { Supplier } from '../domain/supplier.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { cleanSupplierFields, supplierKey } from '../rules/supplier-fields.js';

/**
 * A member recommends an outside supplier for the directory. It waits as `pending` until staff vet it
 * (`vetSupplier`); the recommender is credited a `supplier_tip` contribution only once it is vetted.
 * A supplier already listed (any status) is not added twice.
 */
export async function recommendSupplier(
  deps: Uow<'communities' | 'memberships' | 'suppliers'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly name: string;
    readonly categories: readonly string[] | string;
    readonly region?: string;
    readonly contact?: string;
    readonly description?: string;
  },
): Promise<Supplier> {
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const fields = cleanSupplierFields(input, community.settings.excludedKeywords);
    const existing = (await repos.suppliers.list(community.id, null)).find(
      (s) => supplierKey(s.name) === supplierKey(fields.name),
    );
    if (existing) throw new DomainError('supplier.already_listed', { name: existing.name });
    const supplier: Supplier = {
      id: deps.ids.id(),
      communityId: community.id,
      ...fields,
      status: 'pending',
      vettingNotes: '',
      recommendedBy: input.actor.kind === 'member' ? input.actor.memberId : null,
      endorsements: 0,
      createdAt: now,
    };
    await repos.suppliers.create(supplier);
    return supplier;
  });
}
