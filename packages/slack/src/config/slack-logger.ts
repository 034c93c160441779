import { type Logger, LogLevel } from '@slack/bolt';

/** The logger the Slack adapter writes to (pino's `(details, message)` shape). */
export interface SlackLogger {
  debug(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

const noop = () => {};

/** Drops everything; the default in tests. */
export const silentLogger: SlackLogger = { debug: noop, info: noop, warn: noop, error: noop };

/** Bolt's logger interface over ours, so Bolt's own messages land in the same log. */
export function boltLogger(logger: SlackLogger): Logger {
  let level = LogLevel.INFO;
  const write =
    (method: keyof SlackLogger) =>
    (...msg: unknown[]) =>
      logger[method]({ source: 'bolt' }, msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' '));
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: noop,
  };
}
