import type { JobLogger } from './start-job-worker.js';

/** The error's message and code only: a Redis outage must not print stacks (one line per state change). */
function describe(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { error: err.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { error: String(err) };
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);

/** Whether an error means Redis cannot be reached (rather than, say, a script error while it is up). */
export function isConnectionError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return /connect|connection|stream isn't writeable|max retries|MaxRetriesPerRequest|ECONN|ETIMEDOUT|EPIPE/i.test(
    `${err.name} ${err.message}`,
  );
}

/** A logger that writes one JSON line to stderr, for callers that give none. */
export const stderrJobLogger: JobLogger = {
  info(details, message) {
    process.stderr.write(`${JSON.stringify({ level: 'info', time: Date.now(), ...details, msg: message })}\n`);
  },
  error(details, message) {
    process.stderr.write(`${JSON.stringify({ level: 'error', time: Date.now(), ...details, msg: message })}\n`);
  },
};

/**
 * Redis as a queue or worker sees it: up or down. Every `error` event of a queue, a worker or a connection
 * goes through `error()`, every (re)connection through `ready()`; for connection errors only a change of
 * state is logged, one
 * structured line each ("redis down" with the first error, "redis back" with how long it was down), so an
 * outage of any length writes two lines instead of one per failed command or reconnect attempt.
 */
export class RedisStateLog {
  private downSince: number | null = null;

  constructor(
    private readonly logger: JobLogger,
    private readonly component: string,
    private readonly now: () => number = Date.now,
  ) {}

  get down(): boolean {
    return this.downSince !== null;
  }

  /** An `error` listener (bind-free). */
  readonly error = (err: unknown): void => {
    if (!isConnectionError(err)) {
      // Not an outage: logged as it comes (still one line, without a stack), the state stays as it is.
      this.logger.error({ component: this.component, ...describe(err) }, 'redis error');
      return;
    }
    if (this.downSince !== null) return;
    this.downSince = this.now();
    this.logger.error({ component: this.component, state: 'down', ...describe(err) }, 'redis down');
  };

  /** A `ready` listener (bind-free). */
  readonly ready = (): void => {
    if (this.downSince === null) return;
    const downMs = this.now() - this.downSince;
    this.downSince = null;
    this.logger.info({ component: this.component, state: 'up', downMs }, 'redis back');
  };
}
