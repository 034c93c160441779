import type {
  BillingRepository,
  CheckoutIntent,
  CheckoutStatus,
  Coupon,
  Dispute,
  PaymentPurpose,
  Refund,
} from '@snowball/core';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { billingEvents, checkoutIntents, coupons, disputes, refunds } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

const toCoupon = (row: typeof coupons.$inferSelect): Coupon => ({ ...row });
const toCheckout = (row: typeof checkoutIntents.$inferSelect): CheckoutIntent => ({ ...row });
const toRefund = (row: typeof refunds.$inferSelect): Refund => ({ ...row });
const toDispute = (row: typeof disputes.$inferSelect): Dispute => ({ ...row });

/** Online payments in PostgreSQL: coupons, checkout intents, provider events, refunds and disputes. */
export class DrizzleBillingRepository implements BillingRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async claimEvent(eventId: string, type: string, receivedAt: Date) {
    const inserted = await this.db()
      .insert(billingEvents)
      .values({ eventId, type, receivedAt })
      .onConflictDoNothing()
      .returning({ eventId: billingEvents.eventId });
    return inserted.length === 1;
  }

  async addCoupon(coupon: Coupon) {
    const inserted = await this.db()
      .insert(coupons)
      .values({ ...coupon })
      .onConflictDoNothing()
      .returning({ id: coupons.id });
    if (inserted.length === 0) {
      throw uniqueViolation((await this.findCoupon(coupon.communityId, coupon.code)) ? 'code' : 'id');
    }
  }
  async findCoupon(communityId: string, code: string) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db()
      .select()
      .from(coupons)
      .where(and(eq(coupons.communityId, communityId), eq(coupons.code, code)));
    return row ? toCoupon(row) : null;
  }
  async getCoupon(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(coupons)
      .where(and(eq(coupons.communityId, communityId), eq(coupons.id, id)));
    return row ? toCoupon(row) : null;
  }
  async listCoupons(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(coupons)
      .where(eq(coupons.communityId, communityId))
      .orderBy(desc(coupons.createdAt), desc(coupons.id));
    return rows.map(toCoupon);
  }
  async useCoupon(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return;
    await this.db()
      .update(coupons)
      .set({ usedCount: sql`${coupons.usedCount} + 1` })
      .where(and(eq(coupons.communityId, communityId), eq(coupons.id, id)));
  }
  async deleteCoupon(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return;
    await this.db()
      .delete(coupons)
      .where(and(eq(coupons.communityId, communityId), eq(coupons.id, id)));
  }

  async addCheckout(intent: CheckoutIntent) {
    await this.db()
      .insert(checkoutIntents)
      .values({ ...intent });
  }
  async getCheckout(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(checkoutIntents)
      .where(and(eq(checkoutIntents.communityId, communityId), eq(checkoutIntents.id, id)));
    return row ? toCheckout(row) : null;
  }
  async findCheckoutBySession(sessionId: string) {
    const [row] = await this.db().select().from(checkoutIntents).where(eq(checkoutIntents.sessionId, sessionId));
    return row ? toCheckout(row) : null;
  }
  async findCheckoutByPaymentReference(reference: string) {
    const [row] = await this.db()
      .select()
      .from(checkoutIntents)
      .where(eq(checkoutIntents.paymentReference, reference))
      .limit(1);
    return row ? toCheckout(row) : null;
  }
  async findOpenCheckout(communityId: string, memberId: string, purpose: PaymentPurpose, now: Date) {
    if (!isUuid(communityId, memberId)) return null;
    const [row] = await this.db()
      .select()
      .from(checkoutIntents)
      .where(
        and(
          eq(checkoutIntents.communityId, communityId),
          eq(checkoutIntents.memberId, memberId),
          eq(checkoutIntents.purpose, purpose),
          eq(checkoutIntents.status, 'open'),
          gt(checkoutIntents.expiresAt, now),
        ),
      )
      .orderBy(desc(checkoutIntents.createdAt), desc(checkoutIntents.id))
      .limit(1);
    return row ? toCheckout(row) : null;
  }
  async updateCheckout(
    communityId: string,
    id: string,
    patch: {
      status?: CheckoutStatus;
      sessionId?: string;
      url?: string;
      paymentId?: string;
      paymentReference?: string;
      updatedAt: Date;
    },
  ) {
    if (!isUuid(communityId, id)) return;
    await this.db()
      .update(checkoutIntents)
      .set(patch)
      .where(and(eq(checkoutIntents.communityId, communityId), eq(checkoutIntents.id, id)));
  }

  async saveRefund(refund: Refund) {
    const { id: _id, chargeId: _charge, createdAt: _created, ...rest } = refund;
    await this.db()
      .insert(refunds)
      .values({ ...refund })
      .onConflictDoUpdate({ target: refunds.chargeId, set: rest });
  }
  async findRefundByCharge(chargeId: string) {
    const [row] = await this.db().select().from(refunds).where(eq(refunds.chargeId, chargeId));
    return row ? toRefund(row) : null;
  }
  async getRefund(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(refunds)
      .where(and(eq(refunds.communityId, communityId), eq(refunds.id, id)));
    return row ? toRefund(row) : null;
  }
  async listRefunds(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(refunds)
      .where(eq(refunds.communityId, communityId))
      .orderBy(desc(refunds.createdAt), desc(refunds.id));
    return rows.map(toRefund);
  }

  async addDispute(dispute: Dispute) {
    await this.db()
      .insert(disputes)
      .values({ ...dispute })
      .onConflictDoNothing({ target: disputes.disputeId });
  }
  async listDisputes(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(disputes)
      .where(eq(disputes.communityId, communityId))
      .orderBy(desc(disputes.createdAt), desc(disputes.id));
    return rows.map(toDispute);
  }
}
