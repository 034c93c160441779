import type { Supplier, SupplierEndorsement, VettingStatus } from '../domain/supplier.js';
import type { Page, PageRequest } from './page.js';

/** The curated supplier directory. */
export interface SupplierRepository {
  create(supplier: Supplier): Promise<void>;
  update(supplier: Supplier): Promise<void>;
  get(communityId: string, id: string): Promise<Supplier | null>;
  list(communityId: string, status: VettingStatus | null): Promise<Supplier[]>;
  /** A page of `list`: same filter and order (name by code point, then id). */
  page(communityId: string, status: VettingStatus | null, page: PageRequest): Promise<Page<Supplier>>;
  /**
   * Records an endorsement and adds one to the supplier's `endorsements` count, atomically; false (and nothing
   * changes) when this member already endorsed this supplier, or the supplier is not in the community.
   */
  addEndorsement(endorsement: SupplierEndorsement): Promise<boolean>;
}
