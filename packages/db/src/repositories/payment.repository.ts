import type { MonthlyPaymentTotal, Payment, PaymentRepository } from '@snowball/core';
import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { payments } from '../schema/index.js';
import { isUuid, rowsOf, uniqueViolation } from './sql-helpers.js';

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

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(payments)
      .where(and(eq(payments.communityId, communityId), eq(payments.id, id)));
    return row ? toPayment(row) : null;
  }

  async listForClub(communityId: string, page: { after: { at: Date; id: string } | null; limit: number }) {
    if (!isUuid(communityId)) return [];
    const { after } = page;
    const rows = await this.db()
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.communityId, communityId),
          after && isUuid(after.id)
            ? or(lt(payments.paidAt, after.at), and(eq(payments.paidAt, after.at), lt(payments.id, after.id)))
            : undefined,
        ),
      )
      .orderBy(desc(payments.paidAt), desc(payments.id))
      .limit(page.limit);
    return rows.map(toPayment);
  }

  async monthlyTotals(communityId: string, timezone: string): Promise<MonthlyPaymentTotal[]> {
    if (!isUuid(communityId)) return [];
    const month = sql<string>`to_char(${payments.paidAt} at time zone ${timezone}, 'YYYY-MM')`;
    const result = await this.db().execute(sql`
      select ${month} as month, ${payments.currency} as currency, count(*)::int as count,
        sum(${payments.amountMinor})::bigint as amount
      from ${payments}
      where ${payments.communityId} = ${communityId}
      group by 1, 2
      order by 1 desc, ${payments.currency} collate "C" asc`);
    return rowsOf<{ month: string; currency: string; count: number; amount: string | number }>(result).map((r) => ({
      month: r.month,
      currency: r.currency,
      count: Number(r.count),
      amountMinor: Number(r.amount),
    }));
  }
}
