import { describe, expect, it } from 'vitest';
import { CallWaitTooLongError, gcraStep } from './call-limiter.js';
import { MemoryCallLimiter } from './memory-call-limiter.js';

/** A clock that only moves when the limiter sleeps, recording when each call was let through. */
function manualClock() {
  let now = 1_000_000;
  return {
    now: () => now,
    async sleep(ms: number) {
      now += ms;
    },
  };
}

describe('gcraStep', () => {
  const rule = { key: 'k', limit: 45, periodMs: 1000 };

  it('lets the first call go at once and spaces the next by the interval', () => {
    const first = gcraStep(rule, 0, 5000, 1000);
    expect(first.waitMs).toBe(0);
    const second = gcraStep(rule, first.next as number, 5000, 1000);
    expect(second.waitMs).toBeCloseTo(1000 / 45, 6);
  });

  it('refuses without taking a slot when the wait is longer than allowed', () => {
    const step = gcraStep(rule, 5000 + 2000, 5000, 1000);
    expect(step.next).toBeNull();
    expect(step.waitMs).toBe(2000);
  });

  it('allows a burst after a quiet spell, then paces again', () => {
    const bursty = { key: 'b', limit: 20, periodMs: 60_000, burst: 3 };
    let tat = 0;
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const step = gcraStep(bursty, tat, 0, 60_000);
      waits.push(step.waitMs);
      tat = step.next as number;
    }
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBe(3000);
  });
});

describe('MemoryCallLimiter', () => {
  it('never lets more than limit + 1 calls into any window of the period', async () => {
    const clock = manualClock();
    const limiter = new MemoryCallLimiter(clock);
    const rule = { key: 'discord:global', limit: 45, periodMs: 1000 };
    const at: number[] = [];
    for (let i = 0; i < 200; i++) {
      await limiter.acquire(rule, { maxWaitMs: 60_000 });
      at.push(clock.now());
    }
    for (let i = 0; i < at.length; i++) {
      const inWindow = at.filter((t) => t >= (at[i] as number) && t < (at[i] as number) + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(46);
    }
    // 200 calls at 45/s take 199 intervals.
    expect((at.at(-1) as number) - (at[0] as number)).toBeCloseTo((199 * 1000) / 45, 3);
  });

  it('keeps separate keys separate', async () => {
    const clock = manualClock();
    const limiter = new MemoryCallLimiter(clock);
    await limiter.acquire({ key: 'a', limit: 1, periodMs: 1000 });
    const before = clock.now();
    await limiter.acquire({ key: 'b', limit: 1, periodMs: 1000 });
    expect(clock.now()).toBe(before);
  });

  it('rejects a call whose wait is too long, and the refusal takes no slot', async () => {
    const clock = { now: () => 0, sleep: async () => undefined };
    const limiter = new MemoryCallLimiter(clock);
    const rule = { key: 'slow', limit: 1, periodMs: 10_000 };
    await limiter.acquire(rule);
    await expect(limiter.acquire(rule, { maxWaitMs: 5000 })).rejects.toBeInstanceOf(CallWaitTooLongError);
    // Still the second slot (10 s away), not a third: the refusal did not move the pace.
    await expect(limiter.acquire(rule, { maxWaitMs: 10_000 })).resolves.toBeUndefined();
  });
});
