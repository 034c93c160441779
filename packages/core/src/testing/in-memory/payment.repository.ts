import type { Payment } from '../../domain/payment.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type { PaymentRepository } from '../../ports/payment.repository.js';
import { compareText, copy, insertNew, type MemoryStore } from './store.js';

export class InMemoryPaymentRepository implements PaymentRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Payment>('payments');
  }
  async add(payment: Payment) {
    if (
      [...this.rows.values()].some((p) => p.communityId === payment.communityId && p.reference === payment.reference)
    ) {
      throw uniqueViolation('reference');
    }
    insertNew(this.rows, payment.id, payment);
  }
  async findByReference(communityId: string, reference: string) {
    const row = [...this.rows.values()].find((p) => p.communityId === communityId && p.reference === reference);
    return row ? copy(row) : null;
  }
  async listForMember(communityId: string, memberId: string) {
    return [...this.rows.values()]
      .filter((p) => p.communityId === communityId && p.memberId === memberId)
      .map(copy)
      .sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime() || compareText(a.id, b.id));
  }
}
