import type { Delivery } from '../domain/delivery.js';

/** Records of messages members see, keyed so each is sent at most once. */
export interface DeliveryRepository {
  /** Creates a pending delivery, held by its creator for sending; returns the existing one if the key is taken. */
  claim(delivery: Delivery): Promise<{ delivery: Delivery; created: boolean }>;
  /**
   * Takes an existing pending delivery for sending, at `at`: true when no sender holds it, or its holder took it
   * before `staleBefore` (a sender that crashed). False when it is sent, failed, or another sender holds it now,
   * so two overlapping runs never both send it. `markFailed` lets go of it (a retry may take it at once).
   */
  hold(key: string, at: Date, staleBefore: Date): Promise<boolean>;
  markSent(key: string, at: Date): Promise<void>;
  markFailed(key: string, error: string, permanent: boolean): Promise<void>;
  get(key: string): Promise<Delivery | null>;
  /** The deliveries among these keys that exist (one query, whatever the number of keys). */
  getMany(keys: readonly string[]): Promise<Delivery[]>;
  listFailed(communityId: string): Promise<Delivery[]>;
}
