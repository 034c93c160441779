import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

/** The audit log of staff actions. */
export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first, filtered by action, actor or target',
        ...endpoints['GET /audit'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { action, actorId, targetId, limit, offset, after } = request.query;
      const result = await core.listAuditEntries({
        actor,
        communityId: actor.communityId,
        action: action ?? null,
        actorId: actorId ?? null,
        targetId: targetId ?? null,
        limit,
        offset,
        after: after ?? null,
      });
      const names = await core.getMemberNames({
        actor,
        communityId: actor.communityId,
        memberIds: result.items.map((e) => e.actorId ?? ''),
      });
      return {
        total: result.total,
        nextCursor: result.nextCursor,
        items: result.items.map((e) => ({ ...e, actor: e.actorId ? (names[e.actorId] ?? null) : null })),
      };
    },
  );
}
