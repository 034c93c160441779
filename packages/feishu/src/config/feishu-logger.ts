import type { Logger as LarkLogger } from '@larksuiteoapi/node-sdk';

/** The slice of pino the adapter logs with. */
export interface FeishuLogger {
  debug(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export const silentLogger: FeishuLogger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * The SDK logs with console-style arguments; they go to our logger as one line. Its errors are logged as
 * warnings: it reports every refused call (a rate limit waited out, a person without a name) as an error,
 * while the adapter logs the failures that matter itself.
 */
export function sdkLogger(logger: FeishuLogger, secrets: readonly (string | undefined)[] = []): LarkLogger {
  const hidden = secrets.filter((v): v is string => Boolean(v && v.length >= 4));
  const text = (a: unknown) => {
    if (typeof a === 'string') return a;
    if (a instanceof Error) return a.message;
    try {
      return JSON.stringify(a);
    } catch {
      return String(a);
    }
  };
  // The SDK logs the failed request's body, which for the token call holds the app secret.
  const line = (args: unknown[]) =>
    hidden.reduce((out, secret) => out.split(secret).join('[redacted]'), `feishu sdk: ${args.map(text).join(' ')}`);
  return {
    error: (...args: unknown[]) => logger.warn({}, line(args)),
    warn: (...args: unknown[]) => logger.warn({}, line(args)),
    info: (...args: unknown[]) => logger.debug({}, line(args)),
    debug: (...args: unknown[]) => logger.debug({}, line(args)),
    trace: () => {},
  };
}
