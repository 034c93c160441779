import type { CheckoutIntent, CheckoutStatus, Dispute, Refund } from '../../domain/online-payment.js';
import type { Coupon, PaymentPurpose } from '../../domain/pricing.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type { BillingRepository } from '../../ports/billing.repository.js';
import { compareText, copy, insertNew, type MemoryStore } from './store.js';

const newestFirst = <T extends { createdAt: Date; id: string }>(a: T, b: T) =>
  b.createdAt.getTime() - a.createdAt.getTime() || compareText(b.id, a.id);

/** Online payments in the memory store: the in-memory twin of the drizzle repository, held to the same contract. */
export class InMemoryBillingRepository implements BillingRepository {
  constructor(private readonly store: MemoryStore) {}
  private get events() {
    return this.store.table<{ type: string; receivedAt: Date }>('billing_events');
  }
  private get coupons() {
    return this.store.table<Coupon>('coupons');
  }
  private get checkouts() {
    return this.store.table<CheckoutIntent>('checkout_intents');
  }
  private get refunds() {
    return this.store.table<Refund>('refunds');
  }
  private get disputes() {
    return this.store.table<Dispute>('disputes');
  }

  async claimEvent(eventId: string, type: string, receivedAt: Date) {
    if (this.events.has(eventId)) return false;
    this.events.set(eventId, { type, receivedAt });
    return true;
  }

  async addCoupon(coupon: Coupon) {
    if (this.findCouponRow(coupon.communityId, coupon.code)) throw uniqueViolation('code');
    insertNew(this.coupons, coupon.id, coupon);
  }
  private findCouponRow(communityId: string, code: string) {
    return [...this.coupons.values()].find((c) => c.communityId === communityId && c.code === code);
  }
  async findCoupon(communityId: string, code: string) {
    const row = this.findCouponRow(communityId, code);
    return row ? copy(row) : null;
  }
  async getCoupon(communityId: string, id: string) {
    const row = this.coupons.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listCoupons(communityId: string) {
    return [...this.coupons.values()]
      .filter((c) => c.communityId === communityId)
      .sort(newestFirst)
      .map(copy);
  }
  async useCoupon(communityId: string, id: string) {
    const row = this.coupons.get(id);
    if (row && row.communityId === communityId) this.coupons.set(id, { ...row, usedCount: row.usedCount + 1 });
  }
  async deleteCoupon(communityId: string, id: string) {
    if (this.coupons.get(id)?.communityId === communityId) this.coupons.delete(id);
  }

  async addCheckout(intent: CheckoutIntent) {
    insertNew(this.checkouts, intent.id, intent);
  }
  async getCheckout(communityId: string, id: string) {
    const row = this.checkouts.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async findCheckoutBySession(sessionId: string) {
    const row = [...this.checkouts.values()].find((c) => c.sessionId === sessionId);
    return row ? copy(row) : null;
  }
  async findCheckoutByPaymentReference(reference: string) {
    const row = [...this.checkouts.values()].find((c) => c.paymentReference === reference);
    return row ? copy(row) : null;
  }
  async findOpenCheckout(communityId: string, memberId: string, purpose: PaymentPurpose, now: Date) {
    const [row] = [...this.checkouts.values()]
      .filter(
        (c) =>
          c.communityId === communityId &&
          c.memberId === memberId &&
          c.purpose === purpose &&
          c.status === 'open' &&
          c.expiresAt.getTime() > now.getTime(),
      )
      .sort(newestFirst);
    return row ? copy(row) : null;
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
    const row = this.checkouts.get(id);
    if (!row || row.communityId !== communityId) return;
    if (patch.sessionId && [...this.checkouts.values()].some((c) => c.id !== id && c.sessionId === patch.sessionId)) {
      throw uniqueViolation('session_id');
    }
    this.checkouts.set(id, { ...row, ...patch });
  }

  async saveRefund(refund: Refund) {
    const existing = [...this.refunds.values()].find((r) => r.chargeId === refund.chargeId);
    if (existing && existing.id !== refund.id) this.refunds.delete(existing.id);
    this.refunds.set(refund.id, copy(refund));
  }
  async findRefundByCharge(chargeId: string) {
    const row = [...this.refunds.values()].find((r) => r.chargeId === chargeId);
    return row ? copy(row) : null;
  }
  async getRefund(communityId: string, id: string) {
    const row = this.refunds.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listRefunds(communityId: string) {
    return [...this.refunds.values()]
      .filter((r) => r.communityId === communityId)
      .sort(newestFirst)
      .map(copy);
  }

  async addDispute(dispute: Dispute) {
    if ([...this.disputes.values()].some((d) => d.disputeId === dispute.disputeId)) return;
    insertNew(this.disputes, dispute.id, dispute);
  }
  async listDisputes(communityId: string) {
    return [...this.disputes.values()]
      .filter((d) => d.communityId === communityId)
      .sort(newestFirst)
      .map(copy);
  }
}
