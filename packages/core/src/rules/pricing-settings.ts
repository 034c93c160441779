import { z } from 'zod';
import { REFUND_ACCESS_POLICIES } from '../domain/pricing.js';

/** The stored shape of a club's pricing (inside the club settings). */
export const pricingSettingsSchema = z.object({
  renewalAmountMinor: z.number().int().positive().max(1e12).nullable(),
  earlyBird: z
    .object({
      amountMinor: z.number().int().positive().max(1e12),
      daysBeforeEnd: z.number().int().min(1).max(365),
    })
    .nullable(),
  refundAccess: z.enum(REFUND_ACCESS_POLICIES),
});
