import type { Payment } from '../domain/payment.js';

/** Payments received. */
export interface PaymentRepository {
  add(payment: Payment): Promise<void>;
  findByReference(communityId: string, reference: string): Promise<Payment | null>;
  listForMember(communityId: string, memberId: string): Promise<Payment[]>;
}
