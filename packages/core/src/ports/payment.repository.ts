import type { Payment } from '../domain/payment.js';
import type { KeysetPosition } from '../rules/keyset-cursor.js';

/** Money received in one calendar month (club time) and currency. */
export interface MonthlyPaymentTotal {
  /** `YYYY-MM` in the club's timezone. */
  readonly month: string;
  readonly currency: string;
  readonly count: number;
  readonly amountMinor: number;
}

/** Payments received. */
export interface PaymentRepository {
  add(payment: Payment): Promise<void>;
  findByReference(communityId: string, reference: string): Promise<Payment | null>;
  listForMember(communityId: string, memberId: string): Promise<Payment[]>;
  get(communityId: string, id: string): Promise<Payment | null>;
  /** The club's payments, newest payment date first (then id), after a keyset position. */
  listForClub(
    communityId: string,
    page: { readonly after: KeysetPosition | null; readonly limit: number },
  ): Promise<Payment[]>;
  /** Totals per month (in `timezone`) and currency, newest month first. */
  monthlyTotals(communityId: string, timezone: string): Promise<MonthlyPaymentTotal[]>;
}
