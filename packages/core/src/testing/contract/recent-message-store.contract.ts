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

    it('keeps who wrote each message of a channel’s history', async () => {
      const key = author();
      await subject.store.push(key, { ...msg('m1', 0), authorId: 'u-1' }, bounds);
      await subject.store.push(key, msg('m2', 1), bounds);
      const recent = await subject.store.push(key, { ...msg('m3', 2), authorId: 'u-3' }, bounds);
      expect(recent).toEqual([{ ...msg('m1', 0), authorId: 'u-1' }, msg('m2', 1)]);
      expect(recent[1]).not.toHaveProperty('authorId');
    });
    it('reads what is kept under a key, oldest first, without adding or dropping anything', async () => {
      const key = author();
      expect(await subject.store.recent(key, { maxMessages: 5 })).toEqual([]);
      await subject.store.push(key, { ...msg('m2', 2), authorId: 'u-2' }, bounds);
      await subject.store.push(key, { ...msg('m1', 1), authorId: 'u-1' }, bounds);
      await subject.store.push(key, msg('m3', 3), bounds);
      const all = await subject.store.recent(key, { maxMessages: 5 });
      expect(all).toEqual([{ ...msg('m1', 1), authorId: 'u-1' }, { ...msg('m2', 2), authorId: 'u-2' }, msg('m3', 3)]);
      expect(await subject.store.recent(key, { maxMessages: 5 })).toEqual(all);
      expect((await subject.store.recent(key, { maxMessages: 2 })).map((m) => m.messageId)).toEqual(['m2', 'm3']);
      expect(await subject.store.recent(key, { maxMessages: 0 })).toEqual([]);
      expect((await subject.store.push(key, msg('m4', 4), bounds)).map((m) => m.messageId)).toEqual(['m1', 'm2', 'm3']);
    });
    it('reads only the messages written up to a time (inclusive), within a window before it', async () => {
      const key = author();
      for (const [id, seconds] of [
        ['m1', 0],
        ['m2', 20],
        ['m3', 40],
        ['m4', 50],
      ] as const) {
        await subject.store.push(key, msg(id, seconds), bounds);
      }
      const at = (seconds: number) => new Date(t0 + seconds * 1000);
      const read = async (query: { maxMessages: number; until?: Date; windowMs?: number }) =>
        (await subject.store.recent(key, query)).map((m) => m.messageId);
      expect(await read({ maxMessages: 5, until: at(40) })).toEqual(['m1', 'm2', 'm3']);
      expect(await read({ maxMessages: 5, until: at(39) })).toEqual(['m1', 'm2']);
      expect(await read({ maxMessages: 1, until: at(45) })).toEqual(['m3']);
      // Exactly `windowMs` old is outside the window (as when pushing).
      expect(await read({ maxMessages: 5, until: at(40), windowMs: 20_000 })).toEqual(['m3']);
      expect(await read({ maxMessages: 5, until: at(40), windowMs: 20_001 })).toEqual(['m2', 'm3']);
      expect(await read({ maxMessages: 5, until: at(-1) })).toEqual([]);
    });
    it('forgets the named authors at once, and only them', async () => {
      const [gone, other, stays] = [author(), author(), author()];
      await subject.store.push(gone, msg('m1', 0), bounds);
      await subject.store.push(other, msg('m2', 0), bounds);
      await subject.store.push(stays, msg('m3', 0), bounds);
      await subject.store.forget([gone, other, author()]);
      await subject.store.forget([]);
      expect(await subject.store.push(gone, msg('m4', 1), bounds)).toEqual([]);
      expect(await subject.store.push(other, msg('m5', 1), bounds)).toEqual([]);
      expect((await subject.store.push(stays, msg('m6', 1), bounds)).map((m) => m.messageId)).toEqual(['m3']);
    });
    it('forgets some authors’ messages from the keys under a prefix, keeping everyone else’s', async () => {
      const prefix = `${author()}:`;
      const [one, two, elsewhere] = [`${prefix}c1`, `${prefix}c2`, author()];
      const by = (id: string, seconds: number, authorId: string) => ({ ...msg(id, seconds), authorId });
      await subject.store.push(one, by('m1', 0, 'gone'), bounds);
      await subject.store.push(one, by('m2', 1, 'stays'), bounds);
      await subject.store.push(two, by('m3', 0, 'gone'), bounds);
      await subject.store.push(elsewhere, by('m4', 0, 'gone'), bounds);
      await subject.store.forgetAuthorsIn(prefix, ['gone', 'never-wrote']);
      await subject.store.forgetAuthorsIn(prefix, []);
      expect((await subject.store.push(one, by('m5', 2, 'x'), bounds)).map((m) => m.messageId)).toEqual(['m2']);
      expect(await subject.store.push(two, by('m6', 2, 'x'), bounds)).toEqual([]);
      expect((await subject.store.push(elsewhere, by('m7', 2, 'x'), bounds)).map((m) => m.messageId)).toEqual(['m4']);
    });
  });
}
