import type { Logger } from 'pino';

/** One platform connection's state, as `/readyz` shows it. */
export interface ConnectionState {
  readonly ok: boolean;
  readonly reason?: string;
}

export interface BackoffOptions {
  /** First retry after this long (default 2 s), doubling up to `maxMs` (default 5 minutes). */
  readonly initialMs?: number;
  readonly maxMs?: number;
  /** Schedules a retry; tests pass their own. */
  readonly schedule?: (run: () => void, ms: number) => { cancel(): void };
}

const defaultSchedule = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  timer.unref();
  return { cancel: () => clearTimeout(timer) };
};

/**
 * Connects each platform on its own: one that cannot be reached at start (a Slack or Discord outage during
 * a deploy) is retried with backoff in the background and reported as not connected, while the API, the
 * worker and the other platforms run. One log line when a platform fails, one when it connects.
 */
export class PlatformConnections {
  private readonly states = new Map<string, ConnectionState>();
  private readonly pending = new Map<string, { cancel(): void }>();
  private stopped = false;

  constructor(
    private readonly logger: Pick<Logger, 'warn' | 'info'>,
    private readonly options: BackoffOptions = {},
  ) {}

  /** Tries `connect` now; on failure resolves anyway and keeps retrying until it succeeds or `stop()`. */
  async connect(name: string, connect: () => Promise<void>): Promise<void> {
    const initial = this.options.initialMs ?? 2000;
    const max = this.options.maxMs ?? 300_000;
    const schedule = this.options.schedule ?? defaultSchedule;
    const attempt = async (delay: number, failures: number): Promise<void> => {
      if (this.stopped) return;
      try {
        await connect();
        this.states.set(name, { ok: true });
        if (failures > 0) this.logger.info({ platform: name, state: 'up', failures }, 'platform connected');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.states.set(name, { ok: false, reason: `not connected, retrying: ${reason}` });
        if (failures === 0) {
          this.logger.warn(
            { platform: name, state: 'down', reason },
            'platform unreachable; retrying in the background',
          );
        }
        if (this.stopped) return;
        this.pending.set(
          name,
          schedule(() => void attempt(Math.min(delay * 2, max), failures + 1), delay),
        );
      }
    };
    await attempt(initial, 0);
  }

  /** Each platform's state, for `/readyz`. */
  status(): Record<string, ConnectionState> {
    return Object.fromEntries(this.states);
  }

  /** Cancels the pending retries (on shutdown). */
  stop(): void {
    this.stopped = true;
    for (const retry of this.pending.values()) retry.cancel();
    this.pending.clear();
  }
}
