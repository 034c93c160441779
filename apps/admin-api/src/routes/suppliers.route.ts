import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

/** The supplier directory: what members recommended, and vetting it (moderators). */
export async function suppliersRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/suppliers',
    {
      schema: {
        tags: ['suppliers'],
        summary: 'Suppliers by vetting status, in name order, a page at a time',
        ...endpoints['GET /suppliers'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { status, limit, offset } = request.query;
      const page = await core.listSuppliers({
        actor,
        communityId: actor.communityId,
        status: status ?? null,
        limit,
        offset,
      });
      const names = await core.getMemberNames({
        actor,
        communityId: actor.communityId,
        memberIds: page.items.map((s) => s.recommendedBy ?? ''),
      });
      return {
        total: page.total,
        items: page.items.map((s) => ({
          ...s,
          recommendedBy: s.recommendedBy ? (names[s.recommendedBy] ?? null) : null,
        })),
      };
    },
  );

  app.post(
    '/suppliers/:id/vet',
    {
      schema: {
        tags: ['suppliers'],
        summary: 'Vet or reject a supplier (notes required to reject)',
        ...endpoints['POST /suppliers/:id/vet'],
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
