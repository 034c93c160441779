import type { Supplier } from '../domain/supplier.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';

export interface EndorseSupplierResult {
  readonly supplier: Supplier;
  /** False when the member had already endorsed it: the count did not change. */
  readonly endorsed: boolean;
}

/**
 * A member with access vouches for a vetted supplier (the /suppliers "Endorse" button). Each member counts
 * once per supplier, so pressing again changes nothing. A supplier that is not vetted is, to members, not
 * there: `supplier.not_found`.
 */
export async function endorseSupplier(
  deps: Uow<'communities' | 'memberships' | 'suppliers'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly supplierId: string },
): Promise<EndorseSupplierResult> {
  const { actor } = input;
  // An endorsement is a person's word; the system or a job cannot give one.
  if (actor.kind !== 'member') throw new DomainError('auth.forbidden');
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, actor, now);
    const supplier = await repos.suppliers.get(community.id, input.supplierId);
    if (supplier?.status !== 'vetted') throw new DomainError('supplier.not_found');
    const endorsed = await repos.suppliers.addEndorsement({
      communityId: community.id,
      supplierId: supplier.id,
      memberId: actor.memberId,
      createdAt: now,
    });
    const after = endorsed ? await repos.suppliers.get(community.id, supplier.id) : supplier;
    return { supplier: after ?? supplier, endorsed };
  });
}
