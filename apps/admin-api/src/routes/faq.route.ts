import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['faq'];

/** The club FAQ: publishing answered questions (with the member's consent), editing and removing entries. */
export async function faqRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.post(
    '/questions/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish an answered question to the FAQ, anonymised and edited (only with the member’s consent)',
        ...endpoints['POST /questions/:id/publish'],
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const entry = await core.publishFaqEntry({
        actor,
        communityId: actor.communityId,
        questionId: request.params.id,
        question: request.body.question,
        answer: request.body.answer,
      });
      return reply.code(201).send(entry);
    },
  );

  app.get('/faq', { schema: { tags, summary: 'The FAQ, newest first', ...endpoints['GET /faq'] } }, async (request) => {
    const { actor } = await requireSession(request);
    const { limit, offset } = request.query;
    return core.listFaq({ actor, communityId: actor.communityId, limit, offset });
  });

  app.patch(
    '/faq/:id',
    { schema: { tags, summary: 'Edit an FAQ entry’s question or answer', ...endpoints['PATCH /faq/:id'] } },
    async (request) => {
      const { actor } = await requireSession(request);
      const edited = await core.editFaqEntry({
        actor,
        communityId: actor.communityId,
        entryId: request.params.id,
        ...request.body,
      });
      if (!edited) throw new Error('an edit returned no entry');
      return edited;
    },
  );

  app.delete(
    '/faq/:id',
    { schema: { tags, summary: 'Remove an FAQ entry', ...endpoints['DELETE /faq/:id'] } },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      await core.editFaqEntry({ actor, communityId: actor.communityId, entryId: request.params.id, remove: true });
      return reply.code(204).send(null);
    },
  );
}
