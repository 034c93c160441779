import type { VettingStatus } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { dateTime, errorResponses, idParams, memberRef, uuid } from '../schemas/common.schema.js';

const STATUSES = ['pending', 'vetted', 'rejected'] as const;

const supplier = {
  type: 'object',
  properties: {
    id: uuid,
    name: { type: 'string' },
    categories: { type: 'array', items: { type: 'string' } },
    region: { type: 'string' },
    contact: { type: 'string' },
    description: { type: 'string' },
    status: { type: 'string', enum: [...STATUSES] },
    vettingNotes: { type: 'string' },
    recommendedBy: memberRef,
    endorsements: { type: 'integer' },
    createdAt: dateTime,
  },
} as const;

/** The supplier directory: what members recommended, and vetting it (moderators). */
export async function suppliersRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  app.get<{ Querystring: { status?: VettingStatus } }>(
    '/suppliers',
    {
      schema: {
        tags: ['suppliers'],
        summary: 'Suppliers by vetting status, in name order',
        querystring: { type: 'object', properties: { status: { type: 'string', enum: [...STATUSES] } } },
        response: { 200: { type: 'array', items: supplier }, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const suppliers = await core.listSuppliers({
        actor,
        communityId: actor.communityId,
        status: request.query.status ?? null,
      });
      const names = await core.getMemberNames({
        actor,
        communityId: actor.communityId,
        memberIds: suppliers.map((s) => s.recommendedBy ?? '').slice(0, 100),
      });
      return suppliers.map((s) => ({ ...s, recommendedBy: s.recommendedBy ? (names[s.recommendedBy] ?? null) : null }));
    },
  );

  app.post<{ Params: { id: string }; Body: { decision: 'vetted' | 'rejected'; notes?: string } }>(
    '/suppliers/:id/vet',
    {
      schema: {
        tags: ['suppliers'],
        summary: 'Vet or reject a supplier (notes required to reject)',
        params: idParams('id'),
        body: {
          type: 'object',
          required: ['decision'],
          additionalProperties: false,
          properties: {
            decision: { type: 'string', enum: ['vetted', 'rejected'] },
            notes: { type: 'string', maxLength: 2000 },
          },
        },
        response: { 200: supplier, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const vetted = await core.vetSupplier({
        actor,
        communityId: actor.communityId,
        supplierId: request.params.id,
        decision: request.body.decision,
        ...(request.body.notes !== undefined ? { notes: request.body.notes } : {}),
      });
      return { ...vetted, recommendedBy: null };
    },
  );
}
