import type { Delivery } from '../../domain/delivery.js';
import type { DeliveryRepository } from '../../ports/delivery.repository.js';
import { compareText, copy, type MemoryStore } from './store.js';

export class InMemoryDeliveryRepository implements DeliveryRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Delivery>('deliveries');
  }
  /** When each delivery's sender took it (absent: no one holds it). */
  private get holds() {
    return this.store.table<Date>('deliveryHolds');
  }
  async claim(delivery: Delivery) {
    const existing = this.rows.get(delivery.key);
    if (existing) return { delivery: copy(existing), created: false };
    this.rows.set(delivery.key, copy(delivery));
    this.holds.set(delivery.key, delivery.createdAt);
    return { delivery: copy(delivery), created: true };
  }
  async hold(key: string, at: Date, staleBefore: Date) {
    const row = this.rows.get(key);
    const heldAt = this.holds.get(key);
    if (row?.status !== 'pending' || (heldAt && heldAt.getTime() >= staleBefore.getTime())) return false;
    this.holds.set(key, at);
    return true;
  }
  async markSent(key: string, at: Date) {
    const row = this.rows.get(key);
    if (row) this.rows.set(key, { ...row, status: 'sent', sentAt: at, attempts: row.attempts + 1, error: null });
  }
  async markFailed(key: string, error: string, permanent: boolean) {
    const row = this.rows.get(key);
    if (row)
      this.rows.set(key, { ...row, status: permanent ? 'failed' : 'pending', attempts: row.attempts + 1, error });
    this.holds.delete(key);
  }
  async get(key: string) {
    const row = this.rows.get(key);
    return row ? copy(row) : null;
  }
  async getMany(keys: readonly string[]) {
    return [...new Set(keys)].flatMap((key) => {
      const row = this.rows.get(key);
      return row ? [copy(row)] : [];
    });
  }
  async listFailed(communityId: string) {
    return [...this.rows.values()]
      .filter((d) => d.communityId === communityId && d.status === 'failed')
      .map(copy)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.key, b.key));
  }
}
