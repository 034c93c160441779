import { type Actor, isGuestOnly, type Question } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['questions'];
/** getMemberNames takes at most a page of ids at a time. */
const NAMES_PER_CALL = 100;

/** The coaches' queue of members' private questions: SLA, claims and answers. */
export async function questionsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  // Replaces member ids with names the panel can show (members who asked, claimed or answered).
  async function withNames<Q extends Question>(actor: Actor, questions: readonly Q[]) {
    // A guest expert answers without learning who asked or which coaches handle the club's questions.
    if (isGuestOnly(actor)) return questions.map((q) => ({ ...q, member: null, claimedBy: null, answeredBy: null }));
    const ids = [...new Set(questions.flatMap((q) => [q.memberId, q.claimedBy ?? '', q.answeredBy ?? '']))];
    const names: Awaited<ReturnType<typeof core.getMemberNames>> = {};
    for (let i = 0; i < ids.length; i += NAMES_PER_CALL) {
      const memberIds = ids.slice(i, i + NAMES_PER_CALL);
      Object.assign(names, await core.getMemberNames({ actor, communityId: actor.communityId, memberIds }));
    }
    return questions.map((q) => ({
      ...q,
      member: names[q.memberId] ?? null,
      claimedBy: q.claimedBy ? (names[q.claimedBy] ?? null) : null,
      answeredBy: q.answeredBy ? (names[q.answeredBy] ?? null) : null,
    }));
  }

  async function withName(actor: Actor, one: Question) {
    const [named] = await withNames(actor, [one]);
    return named ?? { ...one, member: null, claimedBy: null, answeredBy: null };
  }

  app.get(
    '/questions',
    {
      schema: {
        tags,
        summary: 'Questions by status (or `overdue`: waiting past the SLA), oldest first',
        ...endpoints['GET /questions'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { status, limit, offset } = request.query;
      const result = await core.listQuestions({
        actor,
        communityId: actor.communityId,
        status: status ?? null,
        limit,
        offset,
      });
      return { total: result.total, slaHours: result.slaHours, items: await withNames(actor, result.items) };
    },
  );

  app.post(
    '/questions/:id/claim',
    {
      schema: {
        tags,
        summary: 'Take a waiting question (coaches); other coaches see who has it',
        ...endpoints['POST /questions/:id/claim'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const claimed = await core.claimQuestion({
        actor,
        communityId: actor.communityId,
        questionId: request.params.id,
      });
      return withName(actor, claimed);
    },
  );

  app.post(
    '/questions/:id/unclaim',
    {
      schema: {
        tags,
        summary: 'Put a claimed question back in the open queue (the coach who has it, or an owner)',
        ...endpoints['POST /questions/:id/unclaim'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const open = await core.unclaimQuestion({ actor, communityId: actor.communityId, questionId: request.params.id });
      return withName(actor, open);
    },
  );

  app.post(
    '/questions/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer a question (coaches, also one another coach claimed); the member gets the answer by DM',
        ...endpoints['POST /questions/:id/answer'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const answered = await core.answerQuestion({
        actor,
        communityId: actor.communityId,
        questionId: request.params.id,
        answer: request.body.answer,
      });
      let delivery: Awaited<ReturnType<typeof core.sendQuestionAnswer>>['status'] | 'retry';
      try {
        delivery = (await core.sendQuestionAnswer({ communityId: actor.communityId, questionId: answered.id })).status;
      } catch (error) {
        // The answer is saved either way; a platform outage must not turn the coach's work into an error.
        request.log.warn({ err: error, questionId: answered.id }, 'answer saved but not delivered');
        delivery = 'retry';
      }
      return { ...(await withName(actor, answered)), delivery };
    },
  );

  app.post(
    '/questions/:id/follow-up',
    {
      schema: {
        tags,
        summary: 'Write to the member under their question (a follow-up, or a reply to theirs); they get it by DM',
        ...endpoints['POST /questions/:id/follow-up'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { question, delivery } = await core.askQuestionFollowUp({
        actor,
        communityId: actor.communityId,
        questionId: request.params.id,
        body: request.body.body,
      });
      return { ...(await withName(actor, question)), delivery: delivery.status };
    },
  );

  app.post(
    '/questions/:id/route',
    {
      schema: {
        tags,
        summary: 'Hand a waiting question to a guest expert (coaches); the guest is told by DM',
        ...endpoints['POST /questions/:id/route'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const routed = await core.routeQuestion({
        actor,
        communityId: actor.communityId,
        questionId: request.params.id,
        guestId: request.body.guestId,
      });
      return { ...(await withName(actor, routed.question)), delivery: routed.delivery };
    },
  );

  app.get(
    '/guests',
    { schema: { tags, summary: 'The club’s guest experts, to route questions to', ...endpoints['GET /guests'] } },
    async (request) => {
      const { actor } = await requireSession(request);
      return { items: await core.listGuests({ actor, communityId: actor.communityId }) };
    },
  );
}
