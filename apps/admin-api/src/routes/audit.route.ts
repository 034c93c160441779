import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import {
  dateTime,
  errorResponses,
  memberRef,
  nullableString,
  type PagedQuerystring,
  page,
  pagedQuery,
  uuid,
} from '../schemas/common.schema.js';

const entry = {
  type: 'object',
  properties: {
    id: uuid,
    action: { type: 'string' },
    actorId: nullableString,
    actorLabel: { type: 'string' },
    actor: memberRef,
    targetType: { type: 'string' },
    targetId: { type: 'string' },
    before: {},
    after: {},
    at: dateTime,
  },
} as const;

/** The audit log of staff actions. */
export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  app.get<{ Querystring: PagedQuerystring<{ action?: string; actorId?: string; targetId?: string }> }>(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first, filtered by action, actor or target',
        querystring: pagedQuery({
          action: { type: 'string', maxLength: 80 },
          actorId: { anyOf: [uuid, { type: 'string', maxLength: 0 }] },
          targetId: { anyOf: [uuid, { type: 'string', maxLength: 0 }] },
        }),
        response: { 200: page(entry), ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { action, actorId, targetId, limit, offset } = request.query;
      const result = await core.listAuditEntries({
        actor,
        communityId: actor.communityId,
        action: action ?? null,
        actorId: actorId ?? null,
        targetId: targetId ?? null,
        limit,
        offset,
      });
      const names = await core.getMemberNames({
        actor,
        communityId: actor.communityId,
        memberIds: result.items.map((e) => e.actorId ?? ''),
      });
      return {
        total: result.total,
        items: result.items.map((e) => ({ ...e, actor: e.actorId ? (names[e.actorId] ?? null) : null })),
      };
    },
  );
}
