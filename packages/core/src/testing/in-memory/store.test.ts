import { describe, expect, it } from 'vitest';
import { MemoryStore } from './store.js';

describe('MemoryStore transactions', () => {
  it('undoes inserts, updates, deletes and clears of a failed transaction, in any table', async () => {
    const store = new MemoryStore();
    store.table<string>('a').set('kept', 'v1');
    store.table<string>('a').set('gone', 'x');
    store.table<string>('b').set('b1', 'y');
    await expect(
      store.transaction(async () => {
        store.table<string>('a').set('kept', 'v2');
        store.table<string>('a').set('new', 'n');
        store.table<string>('a').delete('gone');
        store.table<string>('b').clear();
        store.table<string>('c').set('c1', 'z');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect([...store.table<string>('a')].sort()).toEqual([
      ['gone', 'x'],
      ['kept', 'v1'],
    ]);
    expect([...store.table<string>('b')]).toEqual([['b1', 'y']]);
    expect(store.table<string>('c').size).toBe(0);
  });

  it('keeps the writes of a successful transaction and of code outside any transaction', async () => {
    const store = new MemoryStore();
    let release: () => void = () => undefined;
    const failing = store.transaction(async () => {
      store.table<number>('t').set('inside', 1);
      await new Promise<void>((r) => {
        release = r;
      });
      throw new Error('later');
    });
    // A write from outside the transaction while it runs is not part of it and survives its rollback.
    await new Promise((r) => setTimeout(r, 5));
    store.table<number>('t').set('outside', 2);
    release();
    await expect(failing).rejects.toThrow('later');
    await store.transaction(async () => {
      store.table<number>('t').set('committed', 3);
    });
    expect(Object.fromEntries(store.table<number>('t'))).toEqual({ outside: 2, committed: 3 });
  });

  it('runs transactions one at a time and lets a nested one join the outer', async () => {
    const store = new MemoryStore();
    const order: string[] = [];
    await Promise.all([
      store.transaction(async () => {
        order.push('1 start');
        await store.transaction(async () => order.push('1 nested'));
        await new Promise((r) => setTimeout(r, 10));
        order.push('1 end');
      }),
      store.transaction(async () => {
        order.push('2');
      }),
    ]);
    expect(order).toEqual(['1 start', '1 nested', '1 end', '2']);
  });
});
