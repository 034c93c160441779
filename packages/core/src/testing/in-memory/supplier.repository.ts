import type { Supplier, VettingStatus } from '../../domain/supplier.js';
import type { SupplierRepository } from '../../ports/supplier.repository.js';
import { copy, type MemoryStore } from './store.js';

export class InMemorySupplierRepository implements SupplierRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Supplier>('suppliers');
  }
  async create(supplier: Supplier) {
    this.rows.set(supplier.id, copy(supplier));
  }
  async update(supplier: Supplier) {
    this.rows.set(supplier.id, copy(supplier));
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async list(communityId: string, status: VettingStatus | null) {
    return [...this.rows.values()]
      .filter((s) => s.communityId === communityId && (!status || s.status === status))
      .map(copy)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
