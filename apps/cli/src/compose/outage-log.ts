import type { Logger, LoggerOptions } from 'pino';

/** Socket error codes that mean "the service at the other end is down or unreachable". */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

interface ConnectionError {
  readonly code: string;
  readonly target: string;
}

/** The code and `address:port` of a connection error (or of its cause), or null for any other error. */
export function connectionErrorOf(error: unknown): ConnectionError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, address, port, message } = current as {
      code?: unknown;
      address?: unknown;
      port?: unknown;
      message?: unknown;
    };
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) {
      const fromMessage = typeof message === 'string' ? /(\S+:\d+)\s*$/.exec(message)?.[1] : undefined;
      const target = typeof address === 'string' ? `${address}:${String(port ?? '')}` : (fromMessage ?? 'unknown');
      return { code, target };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Turns a stream of connection errors into one structured line per state change: "down" at the first error
 * for a target, nothing while it stays down, "up" (with how many errors were folded) when it answers again.
 * A 30 s Redis outage used to print hundreds of lines and raw stack dumps.
 */
export class OutageLog {
  private readonly down = new Map<string, { code: string; since: number; last: number; folded: number }>();
  constructor(
    private readonly logger: Pick<Logger, 'warn' | 'info'>,
    /** Errors further apart than this are separate outages (for targets nothing reports as back up). */
    private readonly quietMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an error; returns true when it was a connection error (logged as a state change or folded). */
  error(error: unknown, component?: string): boolean {
    const found = connectionErrorOf(error);
    if (!found) return false;
    const at = this.now();
    const state = this.down.get(found.target);
    if (state && at - state.last <= this.quietMs) {
      state.folded++;
      state.last = at;
      return true;
    }
    this.down.set(found.target, { code: found.code, since: at, last: at, folded: 0 });
    this.logger.warn(
      { state: 'down', target: found.target, code: found.code, ...(component ? { component } : {}) },
      'connection lost; retrying in the background',
    );
    return true;
  }

  /** The service at `target` (`host:port`) answers again. */
  up(target: string, component?: string): void {
    // Errors name the resolved address (127.0.0.1:6379), configuration may name the host (localhost:6379).
    const port = target.slice(target.lastIndexOf(':'));
    const key = this.down.has(target) ? target : [...this.down.keys()].find((k) => k.endsWith(port));
    const state = key ? this.down.get(key) : undefined;
    if (!key || !state) return;
    this.down.delete(key);
    this.logger.info(
      {
        state: 'up',
        target,
        downForMs: this.now() - state.since,
        foldedErrors: state.folded,
        ...(component ? { component } : {}),
      },
      'connection restored',
    );
  }
}

/**
 * pino options for the process's root logger: any log call carrying a connection error (`err`) goes through
 * the outage log instead of printing a line with a stack each time.
 */
export function foldConnectionErrors(outage: () => OutageLog | undefined): NonNullable<LoggerOptions['hooks']> {
  return {
    logMethod(args, method) {
      const [first] = args as unknown[];
      const err = first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined;
      const log = outage();
      if (err && log?.error(err)) return;
      method.apply(this, args as Parameters<typeof method>);
    },
  };
}

/** `redis://user:pass@host:6379/0` → `host:6379`, the target ioredis names in its errors. */
export function redisTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}`;
  } catch {
    return 'unknown';
  }
}
