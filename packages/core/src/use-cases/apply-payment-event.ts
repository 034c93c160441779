import { communityName } from '../domain/community.js';
import { addMonths, type MembershipPeriod, membershipState, nextPeriodStart } from '../domain/membership.js';
import type { CheckoutIntent, Refund } from '../domain/online-payment.js';
import type { Payment } from '../domain/payment.js';
import { type PaymentEvent, type PaymentEventOutcome, PaymentNotYetKnown } from '../domain/payment-event.js';
import { pricingOf } from '../domain/pricing.js';
import {
  PAYMENT_RECEIPT_RETRY_DELAY_MS,
  paymentReceiptJob,
  paymentReceiptKey,
  type ReceiptData,
  receiptMessage,
} from '../domain/receipt.js';
import type { Locale } from '../i18n/locale.js';
import type { Ports, Repositories, Uow } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { notifyMember } from './notify-member.js';
import { syncMemberAccess } from './sync-member-access.js';

type Repos = Pick<
  Repositories,
  'accounts' | 'audit' | 'billing' | 'communities' | 'members' | 'memberships' | 'payments'
>;
type Deps = Uow<
  'accounts' | 'audit' | 'billing' | 'communities' | 'deliveries' | 'members' | 'memberships' | 'payments'
> &
  Pick<Ports, 'clock' | 'ids' | 'jobs' | 'messenger' | 'roleSync'>;

interface Effects {
  outcome: PaymentEventOutcome;
  /** The member whose access must follow the new state, and the receipt to send them. */
  sync?: { communityId: string; memberId: string };
  receipt?: { communityId: string; memberId: string; locale: Locale; data: ReceiptData };
}

/**
 * Applies one verified payment-provider event, at most once: the event id is claimed in the same transaction as
 * its effects, so a replay changes nothing, and a failure leaves it unclaimed for the provider's retry. Events
 * may arrive in any order: a late `expired` or `failed` never undoes a completed checkout, and a refund or
 * dispute for a payment not recorded yet throws `PaymentNotYetKnown` (nothing claimed) so the provider retries.
 */
export async function applyPaymentEvent(deps: Deps, event: PaymentEvent): Promise<{ outcome: PaymentEventOutcome }> {
  const now = deps.clock.now();
  const effects = await deps.uow.run(async (repos): Promise<Effects> => {
    if (!(await repos.billing.claimEvent(event.eventId, event.type, now))) return { outcome: 'duplicate' };
    switch (event.type) {
      case 'ignored':
        return { outcome: 'ignored' };
      case 'checkout.completed':
      case 'checkout.async_succeeded':
        return checkoutPaid(repos, deps, event);
      case 'checkout.async_failed':
      case 'checkout.expired': {
        const intent = await repos.billing.findCheckoutBySession(event.sessionId);
        if (!intent) return { outcome: 'unknown_session' };
        if (intent.status === 'completed') return { outcome: 'already_recorded' };
        const status = event.type === 'checkout.expired' ? 'expired' : 'failed';
        await repos.billing.updateCheckout(intent.communityId, intent.id, { status, updatedAt: now });
        return { outcome: status };
      }
      case 'charge.refunded':
        return chargeRefunded(repos, deps, event);
      case 'dispute.created':
        return disputeCreated(repos, deps, event);
    }
  });
  if (effects.sync) {
    // Roles follow the committed state; a failure here is repaired by the access reconcile.
    await syncMemberAccess(deps, effects.sync);
  }
  if (effects.receipt) await sendReceipt(deps, effects.receipt);
  return { outcome: effects.outcome };
}

async function checkoutPaid(
  repos: Repos,
  deps: Pick<Ports, 'clock' | 'ids'>,
  event: Extract<PaymentEvent, { paymentStatus: unknown }>,
): Promise<Effects> {
  const now = deps.clock.now();
  const intent = await repos.billing.findCheckoutBySession(event.sessionId);
  if (!intent) return { outcome: 'unknown_session' };
  if (intent.status === 'completed') return { outcome: 'already_recorded' };
  if (event.paymentStatus === 'unpaid') {
    // A bank-redirect method: the money arrives later with async_payment_succeeded (or fails).
    if (intent.status !== 'processing') {
      await repos.billing.updateCheckout(intent.communityId, intent.id, { status: 'processing', updatedAt: now });
    }
    return { outcome: 'processing' };
  }
  const community = await loadCommunity(repos, intent.communityId);
  const member = await loadMember(repos, community.id, intent.memberId);
  const reference = event.paymentReference ?? event.sessionId;
  const known = await repos.payments.findByReference(community.id, reference);
  if (known) {
    await repos.billing.updateCheckout(community.id, intent.id, {
      status: 'completed',
      paymentId: known.id,
      paymentReference: reference,
      updatedAt: now,
    });
    return { outcome: 'already_recorded' };
  }
  const { settings } = community;
  // The money arrived when the provider says; a late webhook does not cost the member days.
  const paidAt = event.occurredAt.getTime() <= now.getTime() ? event.occurredAt : now;
  const periods = await repos.memberships.listForMember(community.id, member.id);
  const state = membershipState(periods, paidAt, settings);
  const startsAt = nextPeriodStart(state, paidAt);
  const actor = systemActor(community.id, 'stripe');
  const payment: Payment = {
    id: deps.ids.id(),
    communityId: community.id,
    memberId: member.id,
    applicationId: null,
    amountMinor: event.amountMinor,
    currency: event.currency.toUpperCase(),
    method: 'stripe',
    reference,
    paidAt,
    recordedBy: null,
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
  await repos.billing.updateCheckout(community.id, intent.id, {
    status: 'completed',
    paymentId: payment.id,
    paymentReference: reference,
    updatedAt: now,
  });
  if (intent.couponId) await repos.billing.useCoupon(community.id, intent.couponId);
  await writeAudit(repos, deps, {
    actor,
    action: 'payment.record',
    targetType: 'member',
    targetId: member.id,
    before: { status: state.status, endsAt: state.endsAt },
    after: {
      paymentId: payment.id,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      startsAt,
      endsAt: period.endsAt,
      purpose: intent.purpose,
      quotedAmountMinor: intent.amountMinor,
      discounts: intent.discounts,
      ...(event.paymentMethod ? { paymentMethod: event.paymentMethod } : {}),
    },
  });
  const locale = member.locale ?? settings.defaultLocale;
  return {
    outcome: 'recorded',
    sync: { communityId: community.id, memberId: member.id },
    receipt: {
      communityId: community.id,
      memberId: member.id,
      locale,
      data: {
        clubName: communityName(community, locale),
        memberName: member.displayName,
        payment,
        period,
        discounts: intent.discounts,
        timezone: settings.timezone,
      },
    },
  };
}

/** The checkout intent an event about a charge refers to; throws when its payment is not recorded yet. */
async function paidIntent(
  repos: Repos,
  event: { intentId: string | null; communityId: string | null; paymentReference: string },
): Promise<(CheckoutIntent & { paymentId: string }) | null> {
  const intent =
    (event.intentId && event.communityId ? await repos.billing.getCheckout(event.communityId, event.intentId) : null) ??
    (await repos.billing.findCheckoutByPaymentReference(event.paymentReference));
  if (!intent) return null;
  if (!intent.paymentId) throw new PaymentNotYetKnown(`payment ${event.paymentReference} is not recorded yet`);
  return intent as CheckoutIntent & { paymentId: string };
}

async function chargeRefunded(
  repos: Repos,
  deps: Pick<Ports, 'clock' | 'ids'>,
  event: Extract<PaymentEvent, { type: 'charge.refunded' }>,
): Promise<Effects> {
  const now = deps.clock.now();
  const intent = await paidIntent(repos, event);
  if (!intent) return { outcome: 'ignored' };
  const community = await loadCommunity(repos, intent.communityId);
  const existing = await repos.billing.findRefundByCharge(event.chargeId);
  const full = event.amountRefundedMinor >= event.amountMinor;
  const endsAccess = full && pricingOf(community.settings).refundAccess === 'after_owner_confirmation';
  if (existing && existing.amountMinor >= event.amountRefundedMinor) {
    return { outcome: existing.status === 'awaiting_owner' ? 'refund_awaiting_owner' : 'refund_recorded' };
  }
  const decided = existing && (existing.status === 'access_ended' || existing.status === 'access_kept');
  const refund: Refund = {
    id: existing?.id ?? deps.ids.id(),
    communityId: community.id,
    paymentId: intent.paymentId,
    memberId: intent.memberId,
    chargeId: event.chargeId,
    amountMinor: event.amountRefundedMinor,
    currency: event.currency.toUpperCase(),
    full,
    status: decided ? existing.status : endsAccess ? 'awaiting_owner' : 'recorded',
    decidedBy: existing?.decidedBy ?? null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await repos.billing.saveRefund(refund);
  await writeAudit(repos, deps, {
    actor: systemActor(community.id, 'stripe'),
    action: 'payment.refund',
    targetType: 'member',
    targetId: intent.memberId,
    before: existing ? { amountMinor: existing.amountMinor } : null,
    after: { paymentId: intent.paymentId, amountMinor: refund.amountMinor, currency: refund.currency, full },
  });
  return { outcome: refund.status === 'awaiting_owner' ? 'refund_awaiting_owner' : 'refund_recorded' };
}

async function disputeCreated(
  repos: Repos,
  deps: Pick<Ports, 'clock' | 'ids'>,
  event: Extract<PaymentEvent, { type: 'dispute.created' }>,
): Promise<Effects> {
  const intent = await paidIntent(repos, event);
  if (!intent) return { outcome: 'ignored' };
  await repos.billing.addDispute({
    id: deps.ids.id(),
    communityId: intent.communityId,
    paymentId: intent.paymentId,
    memberId: intent.memberId,
    disputeId: event.disputeId,
    amountMinor: event.amountMinor,
    currency: event.currency.toUpperCase(),
    reason: event.reason.slice(0, 200),
    createdAt: deps.clock.now(),
  });
  await writeAudit(repos, deps, {
    actor: systemActor(intent.communityId, 'stripe'),
    action: 'payment.dispute',
    targetType: 'member',
    targetId: intent.memberId,
    after: { paymentId: intent.paymentId, disputeId: event.disputeId, reason: event.reason.slice(0, 200) },
  });
  return { outcome: 'dispute_flagged' };
}

/**
 * DMs the receipt once per payment (delivery key `payment-receipt:<payment>`): a retried or replayed event never
 * sends it twice. Its `payment.receipt` job is queued first (same deterministic id however often): it finds the
 * receipt sent and does nothing, or sends it after a passing failure, retried with backoff. A permanent failure
 * stays recorded in deliveries; the receipt is in `/me` and the panel either way.
 */
async function sendReceipt(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> & Pick<Ports, 'clock' | 'jobs' | 'messenger'>,
  receipt: NonNullable<Effects['receipt']>,
): Promise<void> {
  const runAt = new Date(deps.clock.now().getTime() + PAYMENT_RECEIPT_RETRY_DELAY_MS);
  await deps.jobs
    .schedule(paymentReceiptJob(receipt.communityId, receipt.data.payment.id, runAt))
    // The queue is down: the receipt below is still tried, and a failure stays pending in deliveries.
    .catch(() => undefined);
  await notifyMember(deps, {
    communityId: receipt.communityId,
    memberId: receipt.memberId,
    key: paymentReceiptKey(receipt.data.payment.id),
    kind: 'payment.receipt',
    message: () => receiptMessage(receipt.data, receipt.locale),
  }).catch(() => undefined);
}
