import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

/** How the club keeps its response-time promise: monthly first-response and resolution times, satisfaction. */
export async function coachingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;
  app.get(
    '/coaching',
    {
      schema: {
        tags: ['questions'],
        summary: 'Response-time figures per month: first response and resolution (median, 90th percentile), ratings',
        ...endpoints['GET /coaching'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getCoachingFigures({ actor, communityId: actor.communityId, months: request.query.months });
    },
  );
}
