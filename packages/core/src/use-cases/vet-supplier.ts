import type { Supplier } from '../domain/supplier.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';
import { SUPPLIER_LIMITS } from '../rules/supplier-fields.js';
import { cleanText } from '../rules/text.js';

/**
 * Staff decide on a supplier: `vetted` (shown to members in /suppliers) or `rejected`, with notes
 * (required to reject) and an audit entry. A decision can be revisited. When a recommended supplier is
 * vetted, the recommender is credited a `supplier_tip` contribution (once).
 */
export async function vetSupplier(
  deps: Uow<'audit' | 'communities' | 'contributions' | 'suppliers'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly supplierId: string;
    readonly decision: 'vetted' | 'rejected';
    readonly notes?: string;
  },
): Promise<Supplier> {
  requireRole(input.actor, input.communityId, ['moderator']);
  if (input.decision !== 'vetted' && input.decision !== 'rejected') {
    throw new DomainError('validation.invalid', { field: 'decision', reason: 'vetted, rejected' });
  }
  const notes = cleanText(input.notes, 'notes', SUPPLIER_LIMITS.notes);
  if (input.decision === 'rejected' && !notes) throw new DomainError('supplier.notes_required');
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const before = await repos.suppliers.get(community.id, input.supplierId);
    if (!before) throw new DomainError('supplier.not_found');
    const after: Supplier = { ...before, status: input.decision, vettingNotes: notes || before.vettingNotes };
    await repos.suppliers.update(after);
    if (after.status === 'vetted' && after.recommendedBy) {
      await repos.contributions.record({
        id: deps.ids.id(),
        communityId: community.id,
        memberId: after.recommendedBy,
        kind: 'supplier_tip',
        sourceId: after.id,
        points: 1,
        at: now,
      });
    }
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'supplier.vet',
      targetType: 'supplier',
      targetId: after.id,
      before: { status: before.status, vettingNotes: before.vettingNotes },
      after: { status: after.status, vettingNotes: after.vettingNotes },
    });
    return after;
  });
}
