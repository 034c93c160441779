import { describe, expect, it } from 'vitest';
import { redactUrl } from '../http/log-redaction.js';

describe('the export download link in logs', () => {
  it('is redacted: the token in the path is a credential', () => {
    expect(redactUrl('/privacy/export/abcDEF123-_token')).toBe('/privacy/export/[redacted]');
    expect(redactUrl('/privacy/export/abc?x=1')).toBe('/privacy/export/[redacted]?x=1');
  });
});
