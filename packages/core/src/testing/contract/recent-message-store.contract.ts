import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecentMessageStore } from '../../ports/recent-message-store.js';

export interface RecentMessageStoreSubject {
  readonly store: RecentMessageStore;
  close?(): Promise<void>;
}

/** What every recent-message store does; runs on the in-memory twin and on Redis. */
export function describeRecentMessageStoreContract(name: string, open: () => Promise<RecentMessageStoreSubject>): void {
  describe(`recent message store contract: ${name}`, () => {
    let subject: RecentMessageStoreSubject;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });
    // Each test uses its own author keys, so runs may share a Redis.
    const author = () => `a-${Math.random().toString(36).slice(2)}`;
    const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    const msg = (id: string, seconds: number, channelId = 'c1') => ({
      messageId: id,
      channelId,
      text: `text ${id}`,
      at: new Date(t0 + seconds * 1000),
    });
    const bounds = { maxMessages: 5, windowMs: 60_000 };

    it('returns the author’s earlier messages, oldest first, without the new one', async () => {
      const key = author();
      expect(await subject.store.push(key, msg('m1', 0), bounds)).toEqual([]);
      await subject.store.push(key, msg('m2', 1, 'c2'), bounds);
      const recent = await subject.store.push(key, msg('m3', 2), bounds);
      expect(recent).toEqual([msg('m1', 0), msg('m2', 1, 'c2')]);
    });

    it('keeps authors apart', async () => {
      const [a, b] = [author(), author()];
      await subject.store.push(a, msg('m1', 0), bounds);
      expect(await subject.store.push(b, msg('m2', 1), bounds)).toEqual([]);
    });

    it('adds a message pushed twice (a redelivered event) only once', async () => {
      const key = author();
      await subject.store.push(key, msg('m1', 0), bounds);
      expect(await subject.store.push(key, msg('m1', 0), bounds)).toEqual([]);
      expect((await subject.store.push(key, msg('m2', 1), bounds)).map((m) => m.messageId)).toEqual(['m1']);
    });

    it('forgets messages older than the window', async () => {
      const key = author();
      await subject.store.push(key, msg('m1', 0), bounds);
      await subject.store.push(key, msg('m2', 30), bounds);
      const recent = await subject.store.push(key, msg('m3', 70), bounds);
      expect(recent.map((m) => m.messageId)).toEqual(['m2']);
    });

    it('keeps only the newest messages', async () => {
      const key = author();
      for (let i = 0; i < 8; i++) await subject.store.push(key, msg(`m${i}`, i), bounds);
      const recent = await subject.store.push(key, msg('m8', 8), bounds);
      expect(recent.map((m) => m.messageId)).toEqual(['m4', 'm5', 'm6', 'm7']);
    });

    it('keeps Chinese text and separators intact', async () => {
      const key = author();
      const first = { ...msg('m1', 0), text: '加我 V: abc\n"quoted" | 微信' };
      await subject.store.push(key, first, bounds);
      expect(await subject.store.push(key, msg('m2', 1), bounds)).toEqual([first]);
    });
  });
}
