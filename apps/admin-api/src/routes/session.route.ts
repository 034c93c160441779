import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import { dateTime, errorResponses, locale, noContent, nullableString, uuid } from '../schemas/common.schema.js';

const tags = ['session'];

const session = {
  type: 'object',
  required: ['member', 'roles', 'community', 'csrfToken', 'expiresAt'],
  properties: {
    member: {
      type: 'object',
      properties: { id: uuid, displayName: { type: 'string' }, handle: { type: 'string' }, locale: nullableString },
    },
    roles: { type: 'array', items: { type: 'string', enum: ['owner', 'moderator', 'coach'] } },
    community: {
      type: 'object',
      properties: { id: uuid, slug: { type: 'string' }, name: { type: 'string' }, defaultLocale: locale },
    },
    csrfToken: { type: 'string', description: 'Send it back in the `x-csrf-token` header on every change.' },
    expiresAt: dateTime,
  },
} as const;

/** Who is signed in (and the CSRF token for changes); signing out. */
export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  app.get(
    '/session',
    { schema: { tags, summary: 'The signed-in staff member', response: { 200: session, ...errorResponses } } },
    async (request) => {
      const view = await requireSession(request);
      return {
        member: view.member,
        roles: view.actor.roles,
        community: { ...view.community, defaultLocale: view.community.settings.defaultLocale },
        csrfToken: view.csrfToken,
        expiresAt: view.expiresAt,
      };
    },
  );

  app.post(
    '/session/sign-out',
    { schema: { tags, summary: 'Sign out', response: { 204: noContent, ...errorResponses } } },
    async (request, reply) => {
      await core.signOut({ sessionId: request.cookies[app.snowball.sessionCookie] ?? null });
      clearSessionCookie(reply, app.snowball);
      reply.code(204);
    },
  );
}
