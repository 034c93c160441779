import type { Uow } from '../ports/ports.js';
import { SUPPLIER_INDEX_VERSION, supplierIndex } from '../rules/supplier-index.js';

/**
 * Brings every supplier's search index up to `SUPPLIER_INDEX_VERSION` (after the migration that added it, or
 * after the vocabulary changed), a batch per transaction. Suppliers saved meanwhile are indexed on save.
 * Returns how many were re-indexed. Safe to run again or concurrently.
 */
export async function reindexSuppliers(
  deps: Uow<'suppliers'>,
  input: { readonly batchSize?: number; readonly maxBatches?: number } = {},
): Promise<{ readonly reindexed: number }> {
  const batchSize = Math.min(Math.max(1, input.batchSize ?? 500), 5_000);
  const maxBatches = input.maxBatches ?? Number.POSITIVE_INFINITY;
  let reindexed = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const done = await deps.uow.run(async (repos) => {
      const stale = await repos.suppliers.listStaleIndex(SUPPLIER_INDEX_VERSION, batchSize);
      for (const supplier of stale) {
        await repos.suppliers.saveIndex(
          supplier.communityId,
          supplier.id,
          supplierIndex(supplier),
          SUPPLIER_INDEX_VERSION,
        );
      }
      return stale.length;
    });
    reindexed += done;
    if (done < batchSize) break;
  }
  return { reindexed };
}
