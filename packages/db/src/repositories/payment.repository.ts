import type { Payment, PaymentRepository } from '@snowball/core';
import { and, asc, eq } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { payments } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

type Row = typeof payments.$inferSelect;

function toPayment(row: Row): Payment {
  return {
    id: row.id,
    communityId: row.communityId,
    memberId: row.memberId,
    applicationId: row.applicationId,
    amountMinor: row.amountMinor,
    currency: row.currency,
    method: row.method,
    reference: row.reference,
    paidAt: row.paidAt,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt,
  };
}

/** Payments in PostgreSQL; a reference is unique within a club. */
export class DrizzlePaymentRepository implements PaymentRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async add(payment: Payment) {
    const inserted = await this.db()
      .insert(payments)
      .values(toPayment(payment))
      .onConflictDoNothing()
      .returning({ id: payments.id });
    if (inserted.length === 0) {
      throw uniqueViolation((await this.findByReference(payment.communityId, payment.reference)) ? 'reference' : 'id');
    }
  }

  async findByReference(communityId: string, reference: string) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db()
      .select()
      .from(payments)
      .where(and(eq(payments.communityId, communityId), eq(payments.reference, reference)));
    return row ? toPayment(row) : null;
  }

  async listForMember(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return [];
    const rows = await this.db()
      .select()
      .from(payments)
      .where(and(eq(payments.communityId, communityId), eq(payments.memberId, memberId)))
      .orderBy(asc(payments.paidAt), asc(payments.id));
    return rows.map(toPayment);
  }
}
