import { describe, expect, it } from 'vitest';
import { layeredDeduplicator, MemoryEventDeduplicator } from './event-deduplicator.js';

describe('MemoryEventDeduplicator', () => {
  it('claims a key once until released', async () => {
    const dedupe = new MemoryEventDeduplicator();
    expect(await dedupe.claim('Ev1')).toBe(true);
    expect(await dedupe.claim('Ev1')).toBe(false);
    await dedupe.release('Ev1');
    expect(await dedupe.claim('Ev1')).toBe(true);
  });

  it('stays bounded, forgetting the oldest keys first', async () => {
    const dedupe = new MemoryEventDeduplicator({ max: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await dedupe.claim(key);
    expect(await dedupe.claim('a')).toBe(true);
    expect(await dedupe.claim('d')).toBe(false);
  });

  it('forgets keys after their time', async () => {
    const dedupe = new MemoryEventDeduplicator({ ttlMs: 1 });
    await dedupe.claim('a');
    await new Promise((r) => setTimeout(r, 5));
    expect(await dedupe.claim('a')).toBe(true);
  });
});

describe('layeredDeduplicator', () => {
  it('asks the durable store when memory has not seen the key (another process may have)', async () => {
    const durable = new MemoryEventDeduplicator();
    await durable.claim('seen-elsewhere');
    const dedupe = layeredDeduplicator(new MemoryEventDeduplicator(), durable);
    expect(await dedupe.claim('seen-elsewhere')).toBe(false);
    expect(await dedupe.claim('new')).toBe(true);
    expect(await dedupe.claim('new')).toBe(false);
  });
});
