import { DomainError, sameSecret } from '@snowball/core';
import type { FastifyRequest } from 'fastify';
import { requireSession } from './require-session.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The header the panel sends its session's CSRF token in on every change. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Every /api route needs a session; every change also needs the session's CSRF token in `x-csrf-token`.
 * A page on another site cannot read the token, so it cannot forge a change even if a cookie were sent.
 */
export async function requireSessionAndCsrf(request: FastifyRequest): Promise<void> {
  const session = await requireSession(request);
  if (SAFE_METHODS.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sent || !sameSecret(sent, session.csrfToken)) {
    throw new DomainError('auth.csrf_invalid');
  }
}
