import { type Coupon, normalizeCouponCode, type PaymentPurpose } from '../domain/pricing.js';
import { DomainError } from '../errors/domain-error.js';
import type { Repositories } from '../ports/ports.js';

const PURPOSE_TEXT = {
  join: { en: 'joining', 'zh-CN': '入会' },
  renewal: { en: 'renewals', 'zh-CN': '续费' },
} as const;

/** The coupon behind a code typed by a member or staff, if it may be used now for this purpose; throws why not. */
export async function usableCoupon(
  repos: Pick<Repositories, 'billing'>,
  communityId: string,
  rawCode: string,
  purpose: PaymentPurpose,
  now: Date,
): Promise<Coupon> {
  const code = normalizeCouponCode(rawCode);
  const coupon = await repos.billing.findCoupon(communityId, code);
  if (!coupon) throw new DomainError('coupon.not_found', { code });
  if (coupon.expiresAt && coupon.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError('coupon.expired', { code, date: coupon.expiresAt.toISOString().slice(0, 10) });
  }
  if (coupon.maxUses !== null && coupon.usedCount >= coupon.maxUses) {
    throw new DomainError('coupon.used_up', { code, limit: coupon.maxUses });
  }
  if (coupon.appliesTo !== 'any' && coupon.appliesTo !== purpose) {
    throw new DomainError('coupon.wrong_purpose', { code, purpose: PURPOSE_TEXT[coupon.appliesTo] });
  }
  return coupon;
}
