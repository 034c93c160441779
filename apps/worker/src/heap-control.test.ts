import { describe, expect, it } from 'vitest';
import { heapControl } from './heap-control.js';

describe('heapControl: a full garbage collection without --expose-gc on the command line', () => {
  it('gives a collect that hands unreachable memory back', () => {
    const heap = heapControl();
    expect(heap).toBeDefined();
    heap!.collect();
    const before = process.memoryUsage().heapUsed;
    // About 40 MB of objects that nothing keeps.
    let garbage: { readonly n: number; readonly s: string }[] | null = Array.from({ length: 400_000 }, (_, n) => ({
      n,
      s: `item ${n}`.repeat(4),
    }));
    expect(garbage.length).toBe(400_000);
    const grown = process.memoryUsage().heapUsed;
    expect(grown - before).toBeGreaterThan(20 * 1024 * 1024);
    garbage = null;
    heap!.collect();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan((grown - before) / 4);
  });
});
