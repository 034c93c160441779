import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommandLane } from './command-lane.js';

describe('createCommandLane', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Starts `count` tasks that wait until released; reports the most that ran at once. */
  function load(lane: ReturnType<typeof createCommandLane>, count: number) {
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const done = Array.from({ length: count }, () =>
      lane(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
      }),
    );
    return {
      most: () => most,
      running: () => running,
      releaseAll: async () => {
        while (releases.length > 0 || running > 0) {
          releases.splice(0).forEach((release) => {
            release();
          });
          await new Promise((resolve) => setImmediate(resolve));
        }
        await Promise.all(done);
      },
    };
  }

  it('runs up to max at once while the event loop has room', async () => {
    const lane = createCommandLane({ max: 8, busy: 2, utilization: () => 0.3, sampleMs: 10 });
    const work = load(lane, 20);
    await new Promise((resolve) => setImmediate(resolve));
    expect(work.running()).toBe(8);
    await work.releaseAll();
    expect(work.most()).toBe(8);
    lane.stop();
  });

  it('narrows to busy while the loop is saturated and widens again once it has room', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let used = 0.95;
    const lane = createCommandLane({ max: 8, busy: 2, utilization: () => used, sampleMs: 100 });
    expect(lane.concurrency).toBe(8);
    vi.advanceTimersByTime(100);
    expect(lane.concurrency).toBe(2);
    const work = load(lane, 10);
    await new Promise((resolve) => setImmediate(resolve));
    expect(work.running()).toBe(2);
    // In between the two thresholds the width stays.
    used = 0.75;
    vi.advanceTimersByTime(100);
    expect(lane.concurrency).toBe(2);
    used = 0.2;
    vi.advanceTimersByTime(100);
    expect(lane.concurrency).toBe(8);
    await new Promise((resolve) => setImmediate(resolve));
    expect(work.running()).toBe(8);
    await work.releaseAll();
    lane.stop();
  });

  it('keeps a fixed width when busy is not below max', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lane = createCommandLane({ max: 2, busy: 4, utilization: () => 1, sampleMs: 100 });
    vi.advanceTimersByTime(1000);
    expect(lane.concurrency).toBe(2);
    lane.stop();
  });
});
