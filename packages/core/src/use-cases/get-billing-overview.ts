import type { Dispute, Refund } from '../domain/online-payment.js';
import { type Coupon, type PricingSettings, pricingOf } from '../domain/pricing.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** What owners see on the payments screen: pricing, coupons, refunds (waiting ones first) and disputes. */
export async function getBillingOverview(
  deps: Uow<'billing' | 'communities'> & Pick<Ports, 'paymentGateway'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<{
  readonly onlinePayments: boolean;
  readonly pricing: PricingSettings;
  readonly coupons: readonly Coupon[];
  readonly refunds: readonly Refund[];
  readonly disputes: readonly Dispute[];
}> {
  requireRole(input.actor, input.communityId, ['owner']);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const refunds = await repos.billing.listRefunds(community.id);
    return {
      onlinePayments: deps.paymentGateway !== undefined,
      pricing: pricingOf(community.settings),
      coupons: await repos.billing.listCoupons(community.id),
      refunds: [
        ...refunds.filter((r) => r.status === 'awaiting_owner'),
        ...refunds.filter((r) => r.status !== 'awaiting_owner'),
      ],
      disputes: await repos.billing.listDisputes(community.id),
    };
  });
}
