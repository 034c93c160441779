import type { Supplier, SupplierEndorsement, VettingStatus } from '../domain/supplier.js';
import type { KnowledgeQuery } from '../rules/knowledge-index.js';
import type { SupplierIndex } from '../rules/supplier-index.js';
import type { Page, PageRequest } from './page.js';

/**
 * The curated supplier directory. `create` and `update` keep each supplier's search index (`supplierIndex`)
 * beside it, at `SUPPLIER_INDEX_VERSION`.
 */
export interface SupplierRepository {
  create(supplier: Supplier): Promise<void>;
  update(supplier: Supplier): Promise<void>;
  /**
   * Vetted suppliers of the club for `/suppliers`, at most `limit`: with a query, those sharing a key with it or
   * containing its text, by `supplierScore` (best first); without one, all of them. Then most endorsed first,
   * then by name (code point) and id. Candidates come from the index, never the whole directory.
   */
  searchVetted(communityId: string, query: KnowledgeQuery | null, limit: number): Promise<Supplier[]>;
  /** Suppliers (any club) whose index is older than `version`, at most `limit`, for re-indexing. */
  listStaleIndex(version: number, limit: number): Promise<Supplier[]>;
  /** Stores a supplier's index at `version` (re-indexing; `create` and `update` do it themselves). */
  saveIndex(communityId: string, id: string, index: SupplierIndex, version: number): Promise<void>;
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
