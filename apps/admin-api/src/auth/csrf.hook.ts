import { DomainError, sameSecret } from '@snowball/core';
import type { FastifyRequest } from 'fastify';
import { requireSession } from './require-session.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The header the panel sends its session's CSRF token in on every change. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * A browser names the page that sent a change in `Origin` (and `Sec-Fetch-Site`): a change from another site
 * is refused even with a valid token. Clients that send neither (scripts, tests) rely on the CSRF token alone.
 */
export function sameOriginRequest(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return false;
  }
  if (sent.origin === new URL(request.server.snowball.publicUrl).origin) return true;
  // Reached directly (or through a dev proxy) rather than at PUBLIC_URL: same origin means same host.
  return sent.host === request.headers.host;
}

/**
 * Every /api route needs a session; every change also needs the session's CSRF token in `x-csrf-token`.
 * A page on another site cannot read the token, so it cannot forge a change even if a cookie were sent.
 */
export async function requireSessionAndCsrf(request: FastifyRequest): Promise<void> {
  const session = await requireSession(request);
  if (SAFE_METHODS.has(request.method)) return;
  if (!sameOriginRequest(request)) throw new DomainError('auth.csrf_invalid');
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sent || !sameSecret(sent, session.csrfToken)) {
    throw new DomainError('auth.csrf_invalid');
  }
}
