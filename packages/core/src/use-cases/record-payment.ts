import { addMonths, type MembershipPeriod, membershipState, nextPeriodStart } from '../domain/membership.js';
import { formatMoney, normalizeCurrency } from '../domain/money.js';
import type { Payment, PaymentMethod } from '../domain/payment.js';
import { PAYMENT_METHODS } from '../domain/payment.js';
import { describeDiscounts, type PaymentPurpose, quotePrice } from '../domain/pricing.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { usableCoupon } from '../rules/coupon.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { cleanText } from '../rules/text.js';
import { syncMemberAccess } from './sync-member-access.js';

export interface RecordPaymentInput {
  readonly actor: Actor;
  readonly communityId: string;
  /** Pay for an approved application (first year) ... */
  readonly applicationId?: string;
  /** ... or for a member's renewal. */
  readonly memberId?: string;
  readonly amountMinor: number;
  readonly currency: string;
  readonly method: PaymentMethod;
  readonly reference: string;
  readonly paidAt?: Date;
  /** Required when the amount is below the fee (a discount); kept in the audit log. */
  readonly discountReason?: string | null;
  /** A coupon the member used: checked (expiry, limit, join or renewal), counted, and kept as the discount reason. */
  readonly couponCode?: string | null;
}

/** A payment more than this many times the fee is refused as a typo. */
const ABSURD_FACTOR = 20;
const HOUR = 60 * 60 * 1000;
/**
 * The panel sends a payment date as midnight UTC of the day typed; in a club east of UTC that is up to 14 hours
 * ahead of now on the same calendar day, and up to a day before the submission time of an application sent that
 * day. Dates are checked with that much slack, so the day itself is always accepted.
 */
const DATE_SLACK_MS = 24 * HOUR;
const FUTURE_SLACK_MS = 14 * HOUR;
const EARLIEST_PLAUSIBLE = Date.UTC(2000, 0, 1);

/** Refuses a payment date that cannot be right: not a date, before 2000, or in the future. */
function checkPaidAt(paidAt: Date | undefined, now: Date): void {
  if (paidAt === undefined) return;
  const at = paidAt.getTime();
  if (!Number.isFinite(at) || at < EARLIEST_PLAUSIBLE || at > now.getTime() + 366 * 24 * HOUR) {
    throw new DomainError('payment.paid_at_implausible', {
      date: Number.isFinite(at) ? paidAt.toISOString().slice(0, 10) : String(paidAt),
    });
  }
  if (at > now.getTime() + FUTURE_SLACK_MS) throw new DomainError('payment.paid_at_future');
}

/**
 * Records money received and adds a membership period: from today for a new member, from the old end
 * for a renewal (see nextPeriodStart). Then gives the member their roles on every platform.
 */
export async function recordPayment(
  deps: Uow<
    'accounts' | 'applications' | 'audit' | 'billing' | 'communities' | 'members' | 'memberships' | 'payments'
  > &
    Pick<Ports, 'clock' | 'ids' | 'roleSync'>,
  input: RecordPaymentInput,
): Promise<{ payment: Payment; period: MembershipPeriod }> {
  requireRole(input.actor, input.communityId, ['owner']);
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
    throw new DomainError('payment.invalid_amount');
  const currency = normalizeCurrency(input.currency);
  if (!PAYMENT_METHODS.includes(input.method)) {
    throw new DomainError('validation.invalid', { field: 'method', reason: PAYMENT_METHODS.join(', ') });
  }
  const reference = cleanText(input.reference, 'reference', 120, { required: true });
  const typedReason = cleanText(input.discountReason ?? '', 'discount reason', 500);
  const couponCode = cleanText(input.couponCode ?? '', 'coupon', 64);
  const now = deps.clock.now();
  checkPaidAt(input.paidAt, now);
  const result = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const { settings } = community;
    // The coupon is checked against what this payment is for: the first year (an application, or a member who
    // never had a period) or a renewal.
    const purpose: PaymentPurpose =
      input.applicationId ||
      (input.memberId && (await repos.memberships.listForMember(community.id, input.memberId)).length === 0)
        ? 'join'
        : 'renewal';
    const coupon = couponCode ? await usableCoupon(repos, community.id, couponCode, purpose, now) : null;
    const couponDiscount = coupon
      ? quotePrice(settings, purpose, { now, endsAt: null, coupon }).discounts.find((d) => d.kind === 'coupon')
      : undefined;
    const couponReason = couponDiscount
      ? describeDiscounts(
          { purpose, currency: settings.fee.currency, listAmountMinor: 0, amountMinor: 0, discounts: [couponDiscount] },
          'en',
        )[0]
      : '';
    const discountReason = [typedReason, couponReason].filter(Boolean).join('; ');
    if (currency !== settings.fee.currency && !settings.acceptedCurrencies.includes(currency))
      throw new DomainError('payment.currency_not_accepted', { currency });
    if (currency === settings.fee.currency && input.amountMinor > settings.fee.amountMinor * ABSURD_FACTOR) {
      throw new DomainError('payment.absurd_amount', {
        amount: formatMoney({ amountMinor: input.amountMinor, currency }).split(' ')[0],
        currency,
      });
    }
    // Other accepted currencies have no exchange rate here, so only a fee-currency amount can be seen as a discount.
    if (currency === settings.fee.currency && input.amountMinor < settings.fee.amountMinor && !discountReason) {
      throw new DomainError('payment.discount_reason_required', {
        amount: formatMoney({ amountMinor: input.amountMinor, currency }).split(' ')[0],
        currency,
        fee: formatMoney(settings.fee),
      });
    }
    let memberId = input.memberId ?? null;
    if (input.applicationId) {
      const application = await repos.applications.get(community.id, input.applicationId);
      if (!application) throw new DomainError('application.not_found', { applicationId: input.applicationId });
      if (application.status !== 'approved' || !application.memberId) {
        throw new DomainError('payment.application_not_approved', { status: application.status });
      }
      if (input.paidAt && input.paidAt.getTime() + DATE_SLACK_MS < application.submittedAt.getTime()) {
        throw new DomainError('payment.paid_at_before_application', {
          date: application.submittedAt.toISOString().slice(0, 10),
        });
      }
      memberId = application.memberId;
    }
    if (!memberId) throw new DomainError('validation.required', { field: 'member' });
    const member = await loadMember(repos, community.id, memberId);
    if (await repos.payments.findByReference(community.id, reference)) {
      throw new DomainError('payment.duplicate_reference', { reference });
    }
    const periods = await repos.memberships.listForMember(community.id, member.id);
    const state = membershipState(periods, now, settings);
    const startsAt = nextPeriodStart(state, now);
    const payment: Payment = {
      id: deps.ids.id(),
      communityId: community.id,
      memberId: member.id,
      applicationId: input.applicationId ?? null,
      amountMinor: input.amountMinor,
      currency,
      method: input.method,
      reference,
      paidAt: input.paidAt ?? now,
      recordedBy: actorId(input.actor),
      createdAt: now,
    };
    const period: MembershipPeriod = {
      id: deps.ids.id(),
      communityId: community.id,
      memberId: member.id,
      startsAt,
      endsAt: addMonths(startsAt, settings.membershipMonths, settings.timezone),
      kind: periods.length === 0 ? 'initial' : 'renewal',
      paymentId: payment.id,
      createdAt: now,
    };
    await repos.payments.add(payment);
    await repos.memberships.add(period);
    if (coupon) await repos.billing.useCoupon(community.id, coupon.id);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'payment.record',
      targetType: 'member',
      targetId: member.id,
      before: { status: state.status, endsAt: state.endsAt },
      after: {
        paymentId: payment.id,
        amountMinor: payment.amountMinor,
        currency,
        startsAt,
        endsAt: period.endsAt,
        ...(discountReason ? { discountReason } : {}),
        ...(couponDiscount ? { discounts: [couponDiscount] } : {}),
      },
    });
    return { payment, period };
  });
  // Roles follow the committed state; a failure here is repaired by the next access sync, not rolled back.
  await syncMemberAccess(deps, { communityId: input.communityId, memberId: result.payment.memberId });
  return result;
}
