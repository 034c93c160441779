import {
  type KnowledgeQuery,
  type PageRequest,
  SUPPLIER_INDEX_VERSION,
  SUPPLIER_STRONG_WEIGHT,
  type Supplier,
  type SupplierEndorsement,
  type SupplierIndex,
  type SupplierRepository,
  supplierIndex,
  type VettingStatus,
} from '@snowball/core';
import { and, asc, count, desc, eq, lt, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { supplierEndorsements, suppliers } from '../schema/index.js';
import { byteOrder, isUuid, likeText, rowsOf, textArray, uniqueViolation } from './sql-helpers.js';

function toSupplier(row: Supplier | typeof suppliers.$inferSelect): Supplier {
  return {
    id: row.id,
    communityId: row.communityId,
    name: row.name,
    categories: row.categories,
    region: row.region,
    contact: row.contact,
    description: row.description,
    status: row.status,
    vettingNotes: row.vettingNotes,
    recommendedBy: row.recommendedBy,
    endorsements: row.endorsements,
    createdAt: row.createdAt,
  };
}

/** The index columns of a supplier, at the current version. */
function indexColumns(index: SupplierIndex, version: number) {
  return {
    searchKeys: [...index.keys],
    searchStrong: [...index.strong],
    searchText: index.text,
    indexVersion: version,
  };
}

/** The supplier directory in PostgreSQL. */
export class DrizzleSupplierRepository implements SupplierRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async create(supplier: Supplier) {
    const inserted = await this.db()
      .insert(suppliers)
      .values({ ...toSupplier(supplier), ...indexColumns(supplierIndex(supplier), SUPPLIER_INDEX_VERSION) })
      .onConflictDoNothing()
      .returning({ id: suppliers.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async update(supplier: Supplier) {
    if (!isUuid(supplier.id, supplier.communityId)) return;
    await this.db()
      .update(suppliers)
      .set({ ...toSupplier(supplier), ...indexColumns(supplierIndex(supplier), SUPPLIER_INDEX_VERSION) })
      .where(and(eq(suppliers.id, supplier.id), eq(suppliers.communityId, supplier.communityId)));
  }

  async searchVetted(communityId: string, query: KnowledgeQuery | null, limit: number) {
    if (!isUuid(communityId) || limit < 1) return [];
    const vetted = and(eq(suppliers.communityId, communityId), eq(suppliers.status, 'vetted'));
    if (!query) {
      const rows = await this.db()
        .select()
        .from(suppliers)
        .where(vetted)
        .orderBy(desc(suppliers.endorsements), byteOrder(suppliers.name), asc(suppliers.id))
        .limit(limit);
      return rows.map(toSupplier);
    }
    if (query.keys.length === 0 && query.text === null) return [];
    const keys = sql`${textArray(query.keys)}::text[]`;
    const textHit = query.text === null ? sql`false` : likeText(suppliers.searchText, query.text);
    // Candidates come from the GIN indexes (keys overlap, trigram LIKE); only they are scored (supplierScore).
    const strong = sql`cardinality(array(select unnest(${suppliers.searchStrong}) intersect select unnest(${keys})))`;
    const shared = sql`cardinality(array(select unnest(${suppliers.searchKeys}) intersect select unnest(${keys})))`;
    const score = sql<number>`(${strong} * ${SUPPLIER_STRONG_WEIGHT - 1} + ${shared} + (case when ${textHit} then 1 else 0 end))::int`;
    const rows = await this.db()
      .select()
      .from(suppliers)
      .where(and(vetted, query.keys.length > 0 ? sql`(${suppliers.searchKeys} && ${keys} or ${textHit})` : textHit))
      .orderBy(desc(score), desc(suppliers.endorsements), byteOrder(suppliers.name), asc(suppliers.id))
      .limit(limit);
    return rows.map(toSupplier);
  }

  async listStaleIndex(version: number, limit: number) {
    const rows = await this.db()
      .select()
      .from(suppliers)
      .where(lt(suppliers.indexVersion, version))
      .orderBy(asc(suppliers.id))
      .limit(limit);
    return rows.map(toSupplier);
  }

  async saveIndex(communityId: string, id: string, index: SupplierIndex, version: number) {
    if (!isUuid(communityId, id)) return;
    await this.db()
      .update(suppliers)
      .set(indexColumns(index, version))
      .where(and(eq(suppliers.id, id), eq(suppliers.communityId, communityId)));
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(suppliers)
      .where(and(eq(suppliers.communityId, communityId), eq(suppliers.id, id)));
    return row ? toSupplier(row) : null;
  }

  async list(communityId: string, status: VettingStatus | null) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(suppliers)
      .where(and(eq(suppliers.communityId, communityId), status ? eq(suppliers.status, status) : undefined))
      .orderBy(byteOrder(suppliers.name), asc(suppliers.id));
    return rows.map(toSupplier);
  }

  async page(communityId: string, status: VettingStatus | null, page: PageRequest) {
    if (!isUuid(communityId)) return { items: [], total: 0 };
    const where = and(eq(suppliers.communityId, communityId), status ? eq(suppliers.status, status) : undefined);
    const [rows, [counted]] = await Promise.all([
      this.db()
        .select()
        .from(suppliers)
        .where(where)
        .orderBy(byteOrder(suppliers.name), asc(suppliers.id))
        .limit(page.limit)
        .offset(page.offset),
      this.db().select({ total: count() }).from(suppliers).where(where),
    ]);
    return { items: rows.map(toSupplier), total: counted?.total ?? 0 };
  }

  async addEndorsement(endorsement: SupplierEndorsement) {
    const { communityId, supplierId, memberId, createdAt } = endorsement;
    if (!isUuid(communityId, supplierId, memberId)) return false;
    // One statement, so the row and the count agree even outside a unit of work; a repeat inserts nothing.
    const result = await this.db().execute(sql`
      with added as (
        insert into ${supplierEndorsements} (community_id, supplier_id, member_id, created_at)
        select ${communityId}::uuid, ${supplierId}::uuid, ${memberId}::uuid, ${createdAt.toISOString()}::timestamptz
        where exists (select 1 from ${suppliers} where id = ${supplierId} and community_id = ${communityId})
        on conflict do nothing
        returning supplier_id
      )
      update ${suppliers} set endorsements = endorsements + 1
      where id in (select supplier_id from added)
      returning id`);
    return rowsOf(result).length > 0;
  }
}
