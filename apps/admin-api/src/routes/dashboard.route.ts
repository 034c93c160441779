import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

/** The dashboard numbers. */
export async function dashboardRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;
  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Membership health, queues, renewals due, vitality, and this year’s introductions and deals',
        ...endpoints['GET /dashboard'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getDashboard({ actor, communityId: actor.communityId });
    },
  );
}
