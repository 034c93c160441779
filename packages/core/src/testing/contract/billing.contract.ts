import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/community.js';
import type { CheckoutIntent, Refund } from '../../domain/online-payment.js';
import type { Coupon } from '../../domain/pricing.js';
import { randomIds } from '../../ports/ids.js';
import type { ContractSubject } from './repositories.contract.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const HOUR = 3_600_000;

/**
 * What every billing repository does (coupons, checkout intents, provider events, refunds, disputes); runs on the
 * in-memory twin and on drizzle (PostgreSQL, PGlite).
 */
export function describeBillingContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`billing repository contract: ${name}`, () => {
    let subject: ContractSubject;
    let repos: ContractSubject['repos'];
    beforeAll(async () => {
      subject = await open();
      repos = subject.repos;
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    async function clubWithMember(): Promise<{ communityId: string; memberId: string; paymentId: string }> {
      const communityId = randomIds.id();
      await repos.communities.create({
        id: communityId,
        slug: `bill-${randomIds.code().toLowerCase()}`,
        name: 'Billing 计费',
        settings: DEFAULT_SETTINGS,
        createdAt: NOW,
      });
      const memberId = randomIds.id();
      await repos.members.create({
        id: memberId,
        communityId,
        handle: `h-${randomIds.code().toLowerCase()}`,
        displayName: 'Payer',
        email: null,
        locale: null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: NOW,
        deletedAt: null,
      });
      const paymentId = randomIds.id();
      await repos.payments.add({
        id: paymentId,
        communityId,
        memberId,
        applicationId: null,
        amountMinor: 100_000,
        currency: 'CNY',
        method: 'stripe',
        reference: `pi_${randomIds.code()}`,
        paidAt: NOW,
        recordedBy: null,
        createdAt: NOW,
      });
      return { communityId, memberId, paymentId };
    }

    const coupon = (communityId: string, code: string, createdAt = NOW): Coupon => ({
      id: randomIds.id(),
      communityId,
      code,
      kind: 'percent',
      value: 20,
      appliesTo: 'renewal',
      maxUses: 2,
      usedCount: 0,
      expiresAt: new Date(NOW.getTime() + 24 * HOUR),
      createdBy: null,
      createdAt,
    });

    const intent = (communityId: string, memberId: string, patch: Partial<CheckoutIntent> = {}): CheckoutIntent => ({
      id: randomIds.id(),
      communityId,
      memberId,
      purpose: 'join',
      amountMinor: 80_000,
      currency: 'CNY',
      couponId: null,
      discounts: [{ kind: 'coupon', amountOffMinor: 20_000, code: 'SPRING' }],
      status: 'open',
      sessionId: null,
      url: null,
      paymentId: null,
      paymentReference: null,
      expiresAt: new Date(NOW.getTime() + 23 * HOUR),
      createdAt: NOW,
      updatedAt: NOW,
      ...patch,
    });

    it('claims a provider event once', async () => {
      const id = `evt_${randomIds.code()}`;
      expect(await repos.billing.claimEvent(id, 'checkout.completed', NOW)).toBe(true);
      expect(await repos.billing.claimEvent(id, 'checkout.completed', NOW)).toBe(false);
    });

    it('a claim inside a failed unit of work is undone', async () => {
      const id = `evt_${randomIds.code()}`;
      await expect(
        subject.repos.uow.run(async (tx) => {
          await tx.billing.claimEvent(id, 'x', NOW);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await repos.billing.claimEvent(id, 'x', NOW)).toBe(true);
    });

    it('keeps coupons per club with unique codes, counts uses, lists newest first, deletes', async () => {
      const { communityId } = await clubWithMember();
      const other = await clubWithMember();
      const a = coupon(communityId, 'SPRING');
      const b = coupon(communityId, 'AUTUMN', new Date(NOW.getTime() + HOUR));
      await repos.billing.addCoupon(a);
      await repos.billing.addCoupon(b);
      await repos.billing.addCoupon(coupon(other.communityId, 'SPRING'));
      await expect(repos.billing.addCoupon(coupon(communityId, 'SPRING'))).rejects.toThrow(/unique/);
      expect(await repos.billing.findCoupon(communityId, 'SPRING')).toEqual(a);
      expect(await repos.billing.findCoupon(communityId, 'NONE')).toBeNull();
      expect((await repos.billing.listCoupons(communityId)).map((c) => c.code)).toEqual(['AUTUMN', 'SPRING']);
      await repos.billing.useCoupon(communityId, a.id);
      await repos.billing.useCoupon(communityId, a.id);
      await repos.billing.useCoupon(other.communityId, a.id);
      expect((await repos.billing.getCoupon(communityId, a.id))?.usedCount).toBe(2);
      await repos.billing.deleteCoupon(other.communityId, a.id);
      expect(await repos.billing.getCoupon(communityId, a.id)).not.toBeNull();
      await repos.billing.deleteCoupon(communityId, a.id);
      expect(await repos.billing.getCoupon(communityId, a.id)).toBeNull();
    });

    it('stores checkout intents and finds them by session, payment reference and open state', async () => {
      const { communityId, memberId, paymentId } = await clubWithMember();
      const expired = intent(communityId, memberId, { expiresAt: new Date(NOW.getTime() - HOUR) });
      const open = intent(communityId, memberId);
      await repos.billing.addCheckout(expired);
      await repos.billing.addCheckout(open);
      expect(await repos.billing.getCheckout(communityId, open.id)).toEqual(open);
      expect((await repos.billing.findOpenCheckout(communityId, memberId, 'join', NOW))?.id).toBe(open.id);
      expect(await repos.billing.findOpenCheckout(communityId, memberId, 'renewal', NOW)).toBeNull();
      const session = `cs_test_${randomIds.code()}`;
      await repos.billing.updateCheckout(communityId, open.id, {
        sessionId: session,
        url: 'https://pay',
        updatedAt: NOW,
      });
      expect((await repos.billing.findCheckoutBySession(session))?.url).toBe('https://pay');
      await repos.billing.updateCheckout(communityId, open.id, {
        status: 'completed',
        paymentId,
        paymentReference: 'pi_ref',
        updatedAt: NOW,
      });
      expect(await repos.billing.findOpenCheckout(communityId, memberId, 'join', NOW)).toBeNull();
      expect(await repos.billing.findCheckoutByPaymentReference('pi_ref')).toMatchObject({
        id: open.id,
        status: 'completed',
        paymentId,
      });
      expect(await repos.billing.findCheckoutBySession('cs_unknown')).toBeNull();
    });

    it('keeps one refund per charge (replaced by the next total), and each dispute once', async () => {
      const { communityId, memberId, paymentId } = await clubWithMember();
      const chargeId = `ch_${randomIds.code()}`;
      const refund: Refund = {
        id: randomIds.id(),
        communityId,
        paymentId,
        memberId,
        chargeId,
        amountMinor: 10_000,
        currency: 'CNY',
        full: false,
        status: 'recorded',
        decidedBy: null,
        createdAt: NOW,
        updatedAt: NOW,
      };
      await repos.billing.saveRefund(refund);
      await repos.billing.saveRefund({ ...refund, amountMinor: 100_000, full: true, status: 'awaiting_owner' });
      expect(await repos.billing.listRefunds(communityId)).toEqual([
        { ...refund, amountMinor: 100_000, full: true, status: 'awaiting_owner' },
      ]);
      expect((await repos.billing.findRefundByCharge(chargeId))?.id).toBe(refund.id);
      expect(await repos.billing.getRefund(communityId, refund.id)).not.toBeNull();

      const dispute = {
        id: randomIds.id(),
        communityId,
        paymentId,
        memberId,
        disputeId: `dp_${randomIds.code()}`,
        amountMinor: 100_000,
        currency: 'CNY',
        reason: 'fraudulent',
        createdAt: NOW,
      };
      await repos.billing.addDispute(dispute);
      await repos.billing.addDispute({ ...dispute, id: randomIds.id() });
      expect(await repos.billing.listDisputes(communityId)).toEqual([dispute]);
    });

    it('pages a club’s payments newest first and totals them by month in the club’s timezone and currency', async () => {
      const { communityId, memberId, paymentId } = await clubWithMember();
      const pay = async (paidAt: string, amountMinor: number, currency: string) => {
        const id = randomIds.id();
        await repos.payments.add({
          id,
          communityId,
          memberId,
          applicationId: null,
          amountMinor,
          currency,
          method: 'bank_transfer',
          reference: `r-${id}`,
          paidAt: new Date(paidAt),
          recordedBy: null,
          createdAt: NOW,
        });
        return id;
      };
      // 17:00 UTC on 31 May is 1 June in Shanghai.
      const june = await pay('2026-05-31T17:00:00Z', 50_000, 'CNY');
      const may = await pay('2026-05-10T00:00:00Z', 20_000, 'USD');
      const late = await pay('2026-07-01T00:00:00Z', 30_000, 'CNY');
      expect(await repos.payments.monthlyTotals(communityId, 'Asia/Shanghai')).toEqual([
        { month: '2026-07', currency: 'CNY', count: 1, amountMinor: 30_000 },
        { month: '2026-06', currency: 'CNY', count: 2, amountMinor: 150_000 },
        { month: '2026-05', currency: 'USD', count: 1, amountMinor: 20_000 },
      ]);
      const first = await repos.payments.listForClub(communityId, { after: null, limit: 2 });
      expect(first.map((p) => p.id)).toEqual([late, paymentId]);
      const last = first.at(-1);
      const second = await repos.payments.listForClub(communityId, {
        after: last ? { at: last.paidAt, id: last.id } : null,
        limit: 5,
      });
      expect(second.map((p) => p.id)).toEqual([june, may]);
      expect((await repos.payments.get(communityId, may))?.currency).toBe('USD');
      expect(await repos.payments.get(randomIds.id(), may)).toBeNull();
    });
  });
}
