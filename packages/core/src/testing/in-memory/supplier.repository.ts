import type { Supplier, SupplierEndorsement, VettingStatus } from '../../domain/supplier.js';
import type { PageRequest } from '../../ports/page.js';
import type { SupplierRepository } from '../../ports/supplier.repository.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

export class InMemorySupplierRepository implements SupplierRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Supplier>('suppliers');
  }
  async create(supplier: Supplier) {
    insertNew(this.rows, supplier.id, supplier);
  }
  async update(supplier: Supplier) {
    replaceExisting(this.rows, supplier.id, supplier);
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async list(communityId: string, status: VettingStatus | null) {
    return [...this.rows.values()]
      .filter((s) => s.communityId === communityId && (!status || s.status === status))
      .map(copy)
      .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  }
  async page(communityId: string, status: VettingStatus | null, page: PageRequest) {
    const all = await this.list(communityId, status);
    return { total: all.length, items: all.slice(page.offset, page.offset + page.limit) };
  }
  async addEndorsement(endorsement: SupplierEndorsement) {
    const supplier = this.rows.get(endorsement.supplierId);
    if (!supplier || supplier.communityId !== endorsement.communityId) return false;
    const endorsements = this.store.table<SupplierEndorsement>('supplier_endorsements');
    const key = `${endorsement.supplierId}:${endorsement.memberId}`;
    if (endorsements.has(key)) return false;
    endorsements.set(key, copy(endorsement));
    this.rows.set(supplier.id, { ...supplier, endorsements: supplier.endorsements + 1 });
    return true;
  }
}
