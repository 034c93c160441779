import type { Supplier, SupplierEndorsement, VettingStatus } from '../domain/supplier.js';

/** The curated supplier directory. */
export interface SupplierRepository {
  create(supplier: Supplier): Promise<void>;
  update(supplier: Supplier): Promise<void>;
  get(communityId: string, id: string): Promise<Supplier | null>;
  list(communityId: string, status: VettingStatus | null): Promise<Supplier[]>;
  /**
   * Records an endorsement and adds one to the supplier's `endorsements` count, atomically; false (and nothing
   * changes) when this member already endorsed this supplier, or the supplier is not in the community.
   */
  addEndorsement(endorsement: SupplierEndorsement): Promise<boolean>;
}
