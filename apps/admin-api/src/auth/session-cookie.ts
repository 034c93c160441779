import type { FastifyReply } from 'fastify';
import type { ApiContext } from '../api-context.js';

/** `__Host-` pins the cookie to this exact origin over https; browsers refuse the prefix over plain http. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-snowball_session' : 'snowball_session';
}

/** Sets the admin session cookie: HttpOnly, SameSite=Strict, whole site, gone when the session expires. */
export function setSessionCookie(reply: FastifyReply, context: ApiContext, sessionId: string, expiresAt: Date): void {
  reply.setCookie(context.sessionCookie, sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    secure: context.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, context: ApiContext): void {
  reply.clearCookie(context.sessionCookie, {
    httpOnly: true,
    sameSite: 'strict',
    secure: context.secureCookies,
    path: '/',
  });
}
