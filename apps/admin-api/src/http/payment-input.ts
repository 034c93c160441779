import { parseAmount } from '@snowball/core';
import type { PaymentBody } from '../contract/application.contract.js';

/** A payment as typed into the panel, as the core records it: the amount in minor units of the upper-cased currency. */
export function paymentInput(body: PaymentBody) {
  const currency = body.currency.toUpperCase();
  return {
    amountMinor: parseAmount(body.amount, currency),
    currency,
    method: body.method,
    reference: body.reference,
    ...(body.paidAt ? { paidAt: new Date(body.paidAt) } : {}),
    ...(body.discountReason?.trim() ? { discountReason: body.discountReason } : {}),
    ...(body.couponCode?.trim() ? { couponCode: body.couponCode } : {}),
  };
}
