import { describe, expect, it } from 'vitest';
import { settleWithin } from './settle-within.js';

describe('settleWithin', () => {
  it('gives the value when the work is in time', async () => {
    expect(await settleWithin(Promise.resolve(42), 50)).toEqual({ done: true, value: 42 });
  });

  it('gives up at the deadline while the work goes on', async () => {
    let finish: (v: string) => void = () => {};
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    expect(await settleWithin(work, 10)).toEqual({ done: false });
    finish('later');
    expect(await work).toBe('later');
  });
});
