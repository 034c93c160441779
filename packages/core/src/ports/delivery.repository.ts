import type { Delivery } from '../domain/delivery.js';

/** Records of messages members see, keyed so each is sent at most once. */
export interface DeliveryRepository {
  /** Creates a pending delivery; returns the existing one if the key is taken. */
  claim(delivery: Delivery): Promise<{ delivery: Delivery; created: boolean }>;
  markSent(key: string, at: Date): Promise<void>;
  markFailed(key: string, error: string, permanent: boolean): Promise<void>;
  get(key: string): Promise<Delivery | null>;
  /** The deliveries among these keys that exist (one query, whatever the number of keys). */
  getMany(keys: readonly string[]): Promise<Delivery[]>;
  listFailed(communityId: string): Promise<Delivery[]>;
}
