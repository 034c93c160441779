import { DateTime } from 'luxon';
import type { Payment } from '../../domain/payment.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type { MonthlyPaymentTotal, PaymentRepository } from '../../ports/payment.repository.js';
import type { KeysetPosition } from '../../rules/keyset-cursor.js';
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
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listForClub(communityId: string, page: { after: KeysetPosition | null; limit: number }) {
    const { after } = page;
    return [...this.rows.values()]
      .filter((p) => p.communityId === communityId)
      .filter(
        (p) =>
          !after ||
          p.paidAt.getTime() < after.at.getTime() ||
          (p.paidAt.getTime() === after.at.getTime() && compareText(p.id, after.id) < 0),
      )
      .sort((a, b) => b.paidAt.getTime() - a.paidAt.getTime() || compareText(b.id, a.id))
      .slice(0, page.limit)
      .map(copy);
  }
  async monthlyTotals(communityId: string, timezone: string) {
    const totals = new Map<string, MonthlyPaymentTotal>();
    for (const p of this.rows.values()) {
      if (p.communityId !== communityId) continue;
      const month = DateTime.fromJSDate(p.paidAt, { zone: timezone }).toFormat('yyyy-MM');
      const key = `${month}|${p.currency}`;
      const t = totals.get(key) ?? { month, currency: p.currency, count: 0, amountMinor: 0 };
      totals.set(key, { ...t, count: t.count + 1, amountMinor: t.amountMinor + p.amountMinor });
    }
    return [...totals.values()].sort((a, b) => compareText(b.month, a.month) || compareText(a.currency, b.currency));
  }
}
