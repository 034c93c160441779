import { type MembershipState, membershipState } from '../domain/membership.js';
import { type PaymentPurpose, type PriceQuote, quotePrice, RENEWAL_OPENS_DAYS } from '../domain/pricing.js';
import type { Ports, Uow } from '../ports/ports.js';
import { usableCoupon } from '../rules/coupon.js';
import { loadCommunity, loadMember } from '../rules/load.js';

export interface MembershipPriceQuote extends PriceQuote {
  readonly state: MembershipState;
  /** False for a member more than 30 days from the end: renewal is not open yet. */
  readonly due: boolean;
  /** When renewal opens, for a member not yet due. */
  readonly opensAt: Date | null;
}

const DAY_MS = 86_400_000;

/** What this member would pay now (join or renewal) and why; `/renew` and `/me` show it. */
export async function quoteMembershipPrice(
  deps: Uow<'billing' | 'communities' | 'members' | 'memberships'> & Pick<Ports, 'clock'>,
  input: { readonly communityId: string; readonly memberId: string; readonly couponCode?: string | null },
): Promise<MembershipPriceQuote> {
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const member = await loadMember(repos, community.id, input.memberId);
    const periods = await repos.memberships.listForMember(community.id, member.id);
    const state = membershipState(periods, now, community.settings);
    const purpose: PaymentPurpose = periods.length === 0 ? 'join' : 'renewal';
    const opensAt =
      purpose === 'renewal' && state.endsAt ? new Date(state.endsAt.getTime() - RENEWAL_OPENS_DAYS * DAY_MS) : null;
    const due = opensAt === null || opensAt.getTime() <= now.getTime();
    const code = input.couponCode?.trim();
    const coupon = code ? await usableCoupon(repos, community.id, code, purpose, now) : null;
    const quote = quotePrice(community.settings, purpose, { now, endsAt: state.endsAt, coupon });
    return { ...quote, state, due, opensAt: due ? null : opensAt };
  });
}
