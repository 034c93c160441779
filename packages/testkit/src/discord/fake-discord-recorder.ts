import type { FakeDiscordFault } from './discord-faults.js';
import type { FakeDiscordRoute } from './fake-discord-routes.js';

/** One REST request the fake received and what it answered. */
export interface RecordedDiscordCall {
  readonly route: FakeDiscordRoute;
  readonly method: string;
  /** Decoded path without `/v10`, e.g. `/webhooks/1/abc/messages/@original`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  /** `Date.now()` when the request arrived. */
  readonly at: number;
  readonly status: number;
  /** The fault the fake answered with instead of the real result, if any. */
  readonly fault?: FakeDiscordFault;
}

interface Waiter {
  readonly test: (call: RecordedDiscordCall) => boolean;
  done: (call: RecordedDiscordCall) => void;
}

/** Records every REST call, wakes whoever waits for one, and holds the faults queued per route. */
export class DiscordCallRecorder {
  readonly calls: RecordedDiscordCall[] = [];
  private readonly faults = new Map<FakeDiscordRoute, { fault: FakeDiscordFault; left: number }[]>();
  private readonly waiters = new Set<Waiter>();

  record(call: RecordedDiscordCall): void {
    this.calls.push(call);
    for (const waiter of this.waiters) {
      if (waiter.test(call)) {
        this.waiters.delete(waiter);
        waiter.done(call);
      }
    }
  }

  failNext(route: FakeDiscordRoute, fault: FakeDiscordFault, times: number): void {
    const queue = this.faults.get(route) ?? [];
    queue.push({ fault, left: times });
    this.faults.set(route, queue);
  }

  /** The fault to answer the next call of `route` with, if one is queued (counting it used). */
  takeFault(route: FakeDiscordRoute): FakeDiscordFault | undefined {
    const queued = this.faults.get(route)?.[0];
    if (!queued) return undefined;
    queued.left -= 1;
    if (queued.left <= 0) this.faults.get(route)?.shift();
    return queued.fault;
  }

  callsTo(route: FakeDiscordRoute, test: (call: RecordedDiscordCall) => boolean): RecordedDiscordCall[] {
    return this.calls.filter((c) => c.route === route && test(c));
  }

  waitForCall(
    route: FakeDiscordRoute,
    test: (call: RecordedDiscordCall) => boolean,
    timeoutMs: number,
  ): Promise<RecordedDiscordCall> {
    const match = (call: RecordedDiscordCall) => call.route === route && test(call);
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        test: match,
        done: (call: RecordedDiscordCall) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const summary = this.calls.map((c) => `${c.method} ${c.path} → ${c.status}`).join('\n  ');
        reject(new Error(`fake-discord: no ${route} call within ${timeoutMs} ms; calls so far:\n  ${summary}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** After close no call resolves a pending wait (its timer still rejects it). */
  close(): void {
    for (const waiter of this.waiters) waiter.done = () => undefined;
  }
}
