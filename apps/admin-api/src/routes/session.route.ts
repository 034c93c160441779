import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['session'];

/** Who is signed in (and the CSRF token for changes); signing out. */
export async function sessionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/session',
    { schema: { tags, summary: 'The signed-in staff member', ...endpoints['GET /session'] } },
    async (request) => {
      const view = await requireSession(request);
      return {
        member: view.member,
        roles: [...view.actor.roles],
        community: { ...view.community, defaultLocale: view.community.settings.defaultLocale },
        csrfToken: view.csrfToken,
        expiresAt: view.expiresAt,
      };
    },
  );

  app.post(
    '/session/sign-out',
    { schema: { tags, summary: 'Sign out', ...endpoints['POST /session/sign-out'] } },
    async (request, reply) => {
      await core.signOut({ sessionId: request.cookies[app.snowball.sessionCookie] ?? null });
      clearSessionCookie(reply, app.snowball);
      return reply.code(204).send(null);
    },
  );
}
