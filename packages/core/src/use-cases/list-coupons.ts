import type { Coupon } from '../domain/pricing.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

/** The club's coupons with their uses, newest first (a club has a handful). */
export async function listCoupons(
  deps: Uow<'billing'> & Pick<Ports, never>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<Coupon[]> {
  requireRole(input.actor, input.communityId, ['owner']);
  return deps.uow.run((repos) => repos.billing.listCoupons(input.communityId));
}
