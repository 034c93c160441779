import type { Supplier, SupplierEndorsement, VettingStatus } from '../../domain/supplier.js';
import type { PageRequest } from '../../ports/page.js';
import type { SupplierRepository } from '../../ports/supplier.repository.js';
import type { KnowledgeQuery } from '../../rules/knowledge-index.js';
import {
  SUPPLIER_INDEX_VERSION,
  type SupplierIndex,
  supplierIndex,
  supplierScore,
} from '../../rules/supplier-index.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

export class InMemorySupplierRepository implements SupplierRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Supplier>('suppliers');
  }
  /** Each supplier's search index and its version, as the database keeps it beside the row. */
  private get indexes() {
    return this.store.table<{ readonly index: SupplierIndex; readonly version: number }>('supplier_indexes');
  }
  async create(supplier: Supplier) {
    insertNew(this.rows, supplier.id, supplier);
    this.indexes.set(supplier.id, { index: supplierIndex(supplier), version: SUPPLIER_INDEX_VERSION });
  }
  async update(supplier: Supplier) {
    const before = this.rows.get(supplier.id);
    replaceExisting(this.rows, supplier.id, supplier);
    if (before && before.communityId === supplier.communityId) {
      this.indexes.set(supplier.id, { index: supplierIndex(supplier), version: SUPPLIER_INDEX_VERSION });
    }
  }
  async searchVetted(communityId: string, query: KnowledgeQuery | null, limit: number) {
    const scored = [...this.rows.values()]
      .filter((s) => s.communityId === communityId && s.status === 'vetted')
      .map((supplier) => {
        const index = this.indexes.get(supplier.id)?.index ?? { keys: [], strong: [], text: '' };
        return { supplier, score: query ? supplierScore(index, query) : 0 };
      })
      .filter((s) => !query || s.score > 0);
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        b.supplier.endorsements - a.supplier.endorsements ||
        compareText(a.supplier.name, b.supplier.name) ||
        compareText(a.supplier.id, b.supplier.id),
    );
    return scored.slice(0, Math.max(0, limit)).map((s) => copy(s.supplier));
  }
  async listStaleIndex(version: number, limit: number) {
    return [...this.rows.values()]
      .filter((s) => (this.indexes.get(s.id)?.version ?? 0) < version)
      .sort((a, b) => compareText(a.id, b.id))
      .slice(0, limit)
      .map(copy);
  }
  async saveIndex(communityId: string, id: string, index: SupplierIndex, version: number) {
    const row = this.rows.get(id);
    if (!row || row.communityId !== communityId) return;
    this.indexes.set(id, { index: copy(index), version });
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
