export const PAYMENT_METHODS = ['bank_transfer', 'wechat_pay', 'alipay', 'card', 'cash', 'stripe', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Money received for a membership, recorded by staff or by a payment provider webhook. */
export interface Payment {
  readonly id: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly applicationId: string | null;
  readonly amountMinor: number;
  readonly currency: string;
  readonly method: PaymentMethod;
  readonly reference: string;
  readonly paidAt: Date;
  readonly recordedBy: string | null;
  readonly createdAt: Date;
}
