import type { AdminSessionView } from '@snowball/core';
import type { FastifyRequest } from 'fastify';

const sessions = new WeakMap<FastifyRequest, Promise<AdminSessionView>>();

/**
 * The admin session behind the request's cookie, looked up once per request. Throws `auth.not_signed_in`
 * or `auth.session_expired` (401) or `auth.staff_only` (403); the API's error handler turns them into
 * responses. Routes added through `mount` (e.g. `/admin/queues`) call it in an onRequest hook.
 */
export function requireSession(request: FastifyRequest): Promise<AdminSessionView> {
  let found = sessions.get(request);
  if (!found) {
    const { core, sessionCookie } = request.server.snowball;
    found = core.getAdminSession({ sessionId: request.cookies[sessionCookie] ?? null });
    sessions.set(request, found);
  }
  return found;
}

/** The session if this request already looked it up successfully (for choosing an error's language). */
export async function sessionIfLoaded(request: FastifyRequest): Promise<AdminSessionView | null> {
  const found = sessions.get(request);
  if (!found) return null;
  try {
    return await found;
  } catch {
    return null;
  }
}
