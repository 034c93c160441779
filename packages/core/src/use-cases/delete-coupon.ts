import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';

/** An owner withdraws a coupon; payments that used it keep their recorded discount. */
export async function deleteCoupon(
  deps: Uow<'audit' | 'billing'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly couponId: string },
): Promise<void> {
  requireRole(input.actor, input.communityId, ['owner']);
  await deps.uow.run(async (repos) => {
    const coupon = await repos.billing.getCoupon(input.communityId, input.couponId);
    if (!coupon) throw new DomainError('coupon.not_found', { code: input.couponId });
    await repos.billing.deleteCoupon(input.communityId, coupon.id);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'coupon.delete',
      targetType: 'community',
      targetId: input.communityId,
      before: { code: coupon.code, usedCount: coupon.usedCount },
    });
  });
}
