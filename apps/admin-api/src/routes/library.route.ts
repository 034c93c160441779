import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['library'];

/** The 精华 library for staff: list by status and tag with open counts; approve, retitle and retag, remove. */
export async function libraryRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/library',
    { schema: { tags, summary: 'Library entries, newest saved first', ...endpoints['GET /library'] } },
    async (request) => {
      const { actor } = await requireSession(request);
      const { status, tag, limit, offset } = request.query;
      return core.listLibrary({ actor, communityId: actor.communityId, status, tag, limit, offset });
    },
  );

  app.post(
    '/library/:id/approve',
    {
      schema: {
        tags,
        summary: 'Accept a saved message into the library; its author is credited and told',
        ...endpoints['POST /library/:id/approve'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const entry = await core.curateLibraryEntry({
        actor,
        communityId: actor.communityId,
        entryId: request.params.id,
        approve: true,
      });
      if (!entry) throw new Error('an approval returned no entry');
      return entry;
    },
  );

  app.patch(
    '/library/:id',
    { schema: { tags, summary: 'Retitle or retag a library entry', ...endpoints['PATCH /library/:id'] } },
    async (request) => {
      const { actor } = await requireSession(request);
      const entry = await core.curateLibraryEntry({
        actor,
        communityId: actor.communityId,
        entryId: request.params.id,
        ...(request.body.title !== undefined ? { title: request.body.title } : {}),
        ...(request.body.tags !== undefined ? { tags: request.body.tags } : {}),
      });
      if (!entry) throw new Error('an edit returned no entry');
      return entry;
    },
  );

  app.delete(
    '/library/:id',
    { schema: { tags, summary: 'Remove a library entry', ...endpoints['DELETE /library/:id'] } },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      await core.curateLibraryEntry({
        actor,
        communityId: actor.communityId,
        entryId: request.params.id,
        remove: true,
      });
      return reply.code(204).send(null);
    },
  );
}
