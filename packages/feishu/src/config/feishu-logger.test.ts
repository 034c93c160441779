import { describe, expect, it } from 'vitest';
import { type FeishuLogger, sdkLogger } from './feishu-logger.js';

describe('sdkLogger', () => {
  it('redacts the app secret from what the SDK logs, and logs its errors as warnings', () => {
    const lines: [string, string][] = [];
    const logger: FeishuLogger = {
      debug: (_d, m) => lines.push(['debug', m]),
      info: (_d, m) => lines.push(['info', m]),
      warn: (_d, m) => lines.push(['warn', m]),
      error: (_d, m) => lines.push(['error', m]),
    };
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const sdk = sdkLogger(logger, ['s3cret-value', undefined]);
    sdk.error([{ config: { data: { app_id: 'cli_x', app_secret: 's3cret-value' } } }], circular);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[0]).toBe('warn');
    expect(lines[0]?.[1]).toContain('[redacted]');
    expect(lines[0]?.[1]).not.toContain('s3cret-value');
  });
});
