import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

/** The club's deals with totals per quarter and currency (moderators and owners). */
export async function dealsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;
  app.get(
    '/deals',
    {
      schema: {
        tags: ['introductions'],
        summary: 'Deals, latest closed first, with totals per quarter and currency',
        ...endpoints['GET /deals'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { year, limit, offset } = request.query;
      return core.getDealSummary({
        actor,
        communityId: actor.communityId,
        limit,
        offset,
        ...(year !== undefined ? { year } : {}),
      });
    },
  );
}
