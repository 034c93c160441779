import type { Supplier, VettingStatus } from '../domain/supplier.js';

/** The curated supplier directory. */
export interface SupplierRepository {
  create(supplier: Supplier): Promise<void>;
  update(supplier: Supplier): Promise<void>;
  get(communityId: string, id: string): Promise<Supplier | null>;
  list(communityId: string, status: VettingStatus | null): Promise<Supplier[]>;
}
