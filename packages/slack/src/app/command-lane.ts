import { type EventLoopUtilization, performance } from 'node:perf_hooks';
import pLimit from 'p-limit';

/** Runs the work that follows an ack, a bounded number at once. */
export interface CommandLane {
  <T>(task: () => Promise<T>): Promise<T>;
  /** How many may run at once right now. */
  readonly concurrency: number;
  /** Stops watching the event loop (the lane keeps working at its last width). */
  stop(): void;
}

export interface CommandLaneOptions {
  /** At most this many at once while the process has CPU to spare (waiting on the database, the Slack API). */
  readonly max: number;
  /** At most this many at once while the event loop is saturated. */
  readonly busy?: number;
  /** Share of the last sample the event loop spent working above which it counts as saturated. */
  readonly busyAbove?: number;
  /** ...and below which it has room again (between the two, the width stays as it is). */
  readonly roomBelow?: number;
  readonly sampleMs?: number;
  /** The event loop's utilisation since the previous call (0–1); Node's `performance.eventLoopUtilization`. */
  readonly utilization?: () => number;
}

function nodeUtilization(): () => number {
  let last: EventLoopUtilization = performance.eventLoopUtilization();
  return () => {
    const now = performance.eventLoopUtilization();
    const delta = performance.eventLoopUtilization(now, last);
    last = now;
    return delta.utilization;
  };
}

/**
 * The command lane. Slack needs the ack within 3 s and the answer within 30 min (the response URL), so when
 * the process runs out of CPU the acks come first: answering commands that wait on I/O wants several at once
 * (`max`), but once the event loop is saturated more of them at once only adds their callbacks to the queue
 * every new request's ack waits behind, without answering any faster. The lane then narrows to `busy` until
 * the loop has room again.
 */
export function createCommandLane(options: CommandLaneOptions): CommandLane {
  const max = Math.max(1, Math.trunc(options.max));
  const busy = Math.min(max, Math.max(1, Math.trunc(options.busy ?? 2)));
  const busyAbove = options.busyAbove ?? 0.9;
  const roomBelow = options.roomBelow ?? 0.6;
  const utilization = options.utilization ?? nodeUtilization();
  const limit = pLimit(max);
  const timer =
    busy < max
      ? setInterval(() => {
          const used = utilization();
          if (used > busyAbove) limit.concurrency = busy;
          else if (used < roomBelow) limit.concurrency = max;
        }, options.sampleMs ?? 100)
      : null;
  timer?.unref();
  const lane = (<T>(task: () => Promise<T>) => limit(task)) as CommandLane;
  Object.defineProperty(lane, 'concurrency', { get: () => limit.concurrency });
  lane.stop = () => {
    if (timer) clearInterval(timer);
  };
  return lane;
}
