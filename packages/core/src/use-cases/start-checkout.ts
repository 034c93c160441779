import { communityName } from '../domain/community.js';
import { formatMoney } from '../domain/money.js';
import type { CheckoutIntent } from '../domain/online-payment.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { type MembershipPriceQuote, quoteMembershipPrice } from './quote-membership-price.js';

/** A Checkout link stays usable this long (Stripe allows 30 minutes to 24 hours). */
export const CHECKOUT_TTL_MS = 23 * 60 * 60 * 1000;

/**
 * Gives a member a payment link for the price snowball computed (join, or renewal from 30 days before the end).
 * An open link for the same price is reused, so asking twice does not open two sessions.
 */
export async function startCheckout(
  deps: Uow<'billing' | 'communities' | 'members' | 'memberships'> & Pick<Ports, 'clock' | 'ids' | 'paymentGateway'>,
  input: { readonly communityId: string; readonly memberId: string; readonly couponCode?: string | null },
): Promise<{ readonly intent: CheckoutIntent; readonly quote: MembershipPriceQuote }> {
  const gateway = deps.paymentGateway;
  if (!gateway) throw new DomainError('checkout.not_configured');
  const quote = await quoteMembershipPrice(deps, input);
  if (!quote.due) {
    throw new DomainError('checkout.not_due', {
      date: quote.state.endsAt?.toISOString().slice(0, 10) ?? '',
      days: 30,
    });
  }
  const now = deps.clock.now();
  const couponCode = quote.discounts.find((d) => d.kind === 'coupon')?.code ?? null;
  const { intent, community, member, reused } = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const member = await loadMember(repos, community.id, input.memberId);
    const open = await repos.billing.findOpenCheckout(community.id, member.id, quote.purpose, now);
    if (
      open?.url &&
      open.amountMinor === quote.amountMinor &&
      open.currency === quote.currency &&
      (open.discounts.find((d) => d.kind === 'coupon')?.code ?? null) === couponCode
    ) {
      return { intent: open, community, member, reused: true };
    }
    const coupon = couponCode ? await repos.billing.findCoupon(community.id, couponCode) : null;
    const intent: CheckoutIntent = {
      id: deps.ids.id(),
      communityId: community.id,
      memberId: member.id,
      purpose: quote.purpose,
      amountMinor: quote.amountMinor,
      currency: quote.currency,
      couponId: coupon?.id ?? null,
      discounts: quote.discounts,
      status: 'open',
      sessionId: null,
      url: null,
      paymentId: null,
      paymentReference: null,
      expiresAt: new Date(now.getTime() + CHECKOUT_TTL_MS),
      createdAt: now,
      updatedAt: now,
    };
    await repos.billing.addCheckout(intent);
    return { intent, community, member, reused: false };
  });
  if (reused) return { intent, quote };
  const locale = member.locale ?? community.settings.defaultLocale;
  const name = communityName(community, locale);
  const what =
    quote.purpose === 'join'
      ? locale === 'zh-CN'
        ? `${name} 会籍（入会）`
        : `${name} membership (joining)`
      : locale === 'zh-CN'
        ? `${name} 会籍续费`
        : `${name} membership renewal`;
  // Outside the transaction: a slow provider must not hold database locks. The intent id is the idempotency key.
  const session = await gateway.createCheckoutSession({
    intentId: intent.id,
    communityId: intent.communityId,
    memberId: intent.memberId,
    purpose: intent.purpose,
    amountMinor: intent.amountMinor,
    currency: intent.currency,
    description: `${what} · ${formatMoney(quote, locale)}`,
    locale,
    expiresAt: intent.expiresAt,
  });
  await deps.uow.run((repos) =>
    repos.billing.updateCheckout(intent.communityId, intent.id, {
      sessionId: session.sessionId,
      url: session.url,
      updatedAt: deps.clock.now(),
    }),
  );
  return { intent: { ...intent, sessionId: session.sessionId, url: session.url }, quote };
}
