import type { CommunitySettings } from './community.js';
import { formatMoney } from './money.js';

/** What a payment is for: the first year, or a further one. */
export const PAYMENT_PURPOSES = ['join', 'renewal'] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

/** Renewal days: a member may pay for the next year from this many days before the end. */
export const RENEWAL_OPENS_DAYS = 30;

/** What a full refund does to the member's access. */
export const REFUND_ACCESS_POLICIES = ['after_owner_confirmation', 'keep_access'] as const;
export type RefundAccessPolicy = (typeof REFUND_ACCESS_POLICIES)[number];

/** Prices beyond the joining fee, all in the fee's currency; owners set them in the panel. */
export interface PricingSettings {
  /** The price of a further year; null charges the joining fee again. */
  readonly renewalAmountMinor: number | null;
  /** A lower renewal price paid at least `daysBeforeEnd` days before the membership ends. */
  readonly earlyBird: { readonly amountMinor: number; readonly daysBeforeEnd: number } | null;
  /** A full refund ends access once an owner confirms it in the panel, or never ends it. */
  readonly refundAccess: RefundAccessPolicy;
  /**
   * Strict access: the access check also removes the member role / channels from people snowball did not give
   * them to (a human's manual grant); otherwise those are only reported. Absent: off.
   */
  readonly strictAccess?: boolean;
}

export const DEFAULT_PRICING: PricingSettings = {
  renewalAmountMinor: null,
  earlyBird: null,
  refundAccess: 'after_owner_confirmation',
  strictAccess: false,
};

/** The club's pricing, defaults filled in. */
export function pricingOf(settings: CommunitySettings): PricingSettings {
  return { ...DEFAULT_PRICING, ...(settings.pricing ?? {}) };
}

export const COUPON_KINDS = ['percent', 'fixed'] as const;
export type CouponKind = (typeof COUPON_KINDS)[number];
export const COUPON_SCOPES = ['any', 'join', 'renewal'] as const;
export type CouponScope = (typeof COUPON_SCOPES)[number];

/** A discount code owners hand out: a percentage or a fixed amount off, limited in uses and time. */
export interface Coupon {
  readonly id: string;
  readonly communityId: string;
  /** Upper case, letters, digits, `-` and `_`. */
  readonly code: string;
  readonly kind: CouponKind;
  /** Percent (1-100) for `percent`, minor units of the fee currency for `fixed`. */
  readonly value: number;
  readonly appliesTo: CouponScope;
  /** How many payments may use it; null is unlimited. */
  readonly maxUses: number | null;
  readonly usedCount: number;
  readonly expiresAt: Date | null;
  readonly createdBy: string | null;
  readonly createdAt: Date;
}

/** One reduction of the price, with why it applies. */
export interface Discount {
  readonly kind: 'renewal_price' | 'early_bird' | 'coupon';
  readonly amountOffMinor: number;
  /** The coupon code, for a coupon. */
  readonly code?: string;
}

/** What a member pays and why, computed by snowball only. */
export interface PriceQuote {
  readonly purpose: PaymentPurpose;
  readonly currency: string;
  /** The joining fee, before any reduction. */
  readonly listAmountMinor: number;
  readonly amountMinor: number;
  readonly discounts: readonly Discount[];
}

const DAY_MS = 86_400_000;

/**
 * The price of a join or renewal at `now`: the fee for a join; for a renewal the renewal price, or the early-bird
 * price when paid at least N days before `endsAt` and lower; then the coupon, never below one minor unit.
 */
export function quotePrice(
  settings: CommunitySettings,
  purpose: PaymentPurpose,
  context: { readonly now: Date; readonly endsAt: Date | null; readonly coupon?: Coupon | null },
): PriceQuote {
  const pricing = pricingOf(settings);
  const list = settings.fee.amountMinor;
  const discounts: Discount[] = [];
  let amount = list;
  if (purpose === 'renewal') {
    if (pricing.renewalAmountMinor !== null && pricing.renewalAmountMinor !== amount) {
      discounts.push({ kind: 'renewal_price', amountOffMinor: amount - pricing.renewalAmountMinor });
      amount = pricing.renewalAmountMinor;
    }
    const early = pricing.earlyBird;
    if (
      early &&
      context.endsAt &&
      context.now.getTime() <= context.endsAt.getTime() - early.daysBeforeEnd * DAY_MS &&
      early.amountMinor < amount
    ) {
      discounts.push({ kind: 'early_bird', amountOffMinor: amount - early.amountMinor });
      amount = early.amountMinor;
    }
  }
  const coupon = context.coupon;
  if (coupon) {
    const off = coupon.kind === 'percent' ? Math.round((amount * coupon.value) / 100) : Math.min(coupon.value, amount);
    const capped = Math.min(off, amount - 1);
    if (capped > 0) {
      discounts.push({ kind: 'coupon', amountOffMinor: capped, code: coupon.code });
      amount -= capped;
    }
  }
  return { purpose, currency: settings.fee.currency, listAmountMinor: list, amountMinor: amount, discounts };
}

/** Why the price is what it is, one line per reduction, in the reader's language. */
export function describeDiscounts(quote: PriceQuote, locale: 'en' | 'zh-CN'): string[] {
  return quote.discounts.map((d) => {
    const off = formatMoney({ amountMinor: d.amountOffMinor, currency: quote.currency }, locale);
    if (d.kind === 'renewal_price') return locale === 'zh-CN' ? `续费价：减 ${off}` : `Renewal price: ${off} off`;
    if (d.kind === 'early_bird') return locale === 'zh-CN' ? `早鸟续费：减 ${off}` : `Early-bird renewal: ${off} off`;
    return locale === 'zh-CN' ? `优惠码 ${d.code}：减 ${off}` : `Coupon ${d.code}: ${off} off`;
  });
}

/** A coupon code as stored and compared: trimmed, upper case. */
export function normalizeCouponCode(code: string): string {
  return code.trim().toUpperCase();
}
