/** The logger the Discord adapter writes to (pino's `(details, message)` shape). */
export interface DiscordLogger {
  debug(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

const noop = () => {};

/** Drops everything; the default when no logger is given. */
export const silentDiscordLogger: DiscordLogger = { debug: noop, info: noop, warn: noop, error: noop };
