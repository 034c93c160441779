import { errorMessages } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { httpStatusFor } from './error-status.js';

describe('httpStatusFor', () => {
  it('maps listed codes, then families: *.not_found 404, auth.* 403, the rest 400', () => {
    expect(httpStatusFor('auth.not_signed_in')).toBe(401);
    expect(httpStatusFor('auth.session_expired')).toBe(401);
    expect(httpStatusFor('auth.csrf_invalid')).toBe(403);
    expect(httpStatusFor('auth.staff_only')).toBe(403);
    expect(httpStatusFor('payment.duplicate_reference')).toBe(409);
    expect(httpStatusFor('request.rate_limited')).toBe(429);
    expect(httpStatusFor('member.not_found')).toBe(404);
    expect(httpStatusFor('auth.something_new')).toBe(403);
    expect(httpStatusFor('payment.invalid_amount')).toBe(400);
  });

  it('gives every catalogue code a 4xx, except the ones for unexpected failures and outages', () => {
    for (const code of Object.keys(errorMessages)) {
      const status = httpStatusFor(code);
      if (code === 'internal.unexpected') expect(status).toBe(500);
      else if (code === 'service.unavailable') expect(status).toBe(503);
      else expect((status >= 400 && status < 500) || status === 501, code).toBe(true);
    }
  });
});
