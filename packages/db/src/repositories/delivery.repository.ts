import type { Delivery, DeliveryRepository } from '@snowball/core';
import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { deliveries } from '../schema/index.js';
import { arrayLiteral, byteOrder, isUuid } from './sql-helpers.js';

function toDelivery(row: typeof deliveries.$inferSelect): Delivery {
  return {
    key: row.key,
    communityId: row.communityId,
    memberId: row.memberId,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    error: row.error,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}

/** Delivery records in PostgreSQL; the key is the primary key, so a message is claimed once. */
export class DrizzleDeliveryRepository implements DeliveryRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async claim(delivery: Delivery) {
    const [created] = await this.db()
      .insert(deliveries)
      .values({ ...delivery, heldAt: delivery.createdAt })
      .onConflictDoNothing({ target: deliveries.key })
      .returning();
    if (created) return { delivery: toDelivery(created), created: true };
    const existing = await this.get(delivery.key);
    if (!existing) throw new Error(`delivery ${delivery.key} neither inserted nor found`);
    return { delivery: existing, created: false };
  }

  async hold(key: string, at: Date, staleBefore: Date) {
    const taken = await this.db()
      .update(deliveries)
      .set({ heldAt: at })
      .where(
        and(
          eq(deliveries.key, key),
          eq(deliveries.status, 'pending'),
          or(isNull(deliveries.heldAt), lt(deliveries.heldAt, staleBefore)),
        ),
      )
      .returning({ key: deliveries.key });
    return taken.length > 0;
  }

  async markSent(key: string, at: Date) {
    await this.db()
      .update(deliveries)
      .set({ status: 'sent', sentAt: at, attempts: sql`${deliveries.attempts} + 1`, error: null })
      .where(eq(deliveries.key, key));
  }

  async markFailed(key: string, error: string, permanent: boolean) {
    await this.db()
      .update(deliveries)
      .set({ status: permanent ? 'failed' : 'pending', attempts: sql`${deliveries.attempts} + 1`, error, heldAt: null })
      .where(eq(deliveries.key, key));
  }

  async get(key: string) {
    const [row] = await this.db().select().from(deliveries).where(eq(deliveries.key, key));
    return row ? toDelivery(row) : null;
  }

  async getMany(keys: readonly string[]) {
    if (keys.length === 0) return [];
    // One text[] parameter, whatever the number of keys.
    const rows = await this.db()
      .select()
      .from(deliveries)
      .where(sql`${deliveries.key} = any(${arrayLiteral(keys)}::text[])`);
    return rows.map(toDelivery);
  }

  async listFailed(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.communityId, communityId), eq(deliveries.status, 'failed')))
      .orderBy(asc(deliveries.createdAt), byteOrder(deliveries.key));
    return rows.map(toDelivery);
  }
}
