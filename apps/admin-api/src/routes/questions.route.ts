import { type Actor, QUESTION_FILTERS, type Question, type QuestionFilter } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import {
  dateTime,
  errorResponses,
  idParams,
  memberRef,
  nullableDateTime,
  nullableString,
  type PagedQuerystring,
  pagedQuery,
  uuid,
} from '../schemas/common.schema.js';

const tags = ['questions'];
const STATUSES = ['open', 'claimed', 'answered', 'closed'] as const;
/** getMemberNames takes at most a page of ids at a time. */
const NAMES_PER_CALL = 100;

const question = {
  type: 'object',
  properties: {
    id: uuid,
    body: { type: 'string' },
    status: { type: 'string', enum: [...STATUSES] },
    answer: nullableString,
    answeredAt: nullableDateTime,
    createdAt: dateTime,
    member: memberRef,
    answeredBy: memberRef,
    claimedBy: { ...memberRef, description: 'The coach who took the question; null when nobody has.' },
    dueAt: {
      ...nullableDateTime,
      description: 'When the club’s SLA (questionSlaHours) runs out; null once answered or closed.',
    },
    overdue: { type: 'boolean', description: 'Still waiting (open or claimed) and past `dueAt`.' },
  },
} as const;

const questionPage = {
  type: 'object',
  required: ['items', 'total', 'slaHours'],
  properties: {
    items: { type: 'array', items: question },
    total: { type: 'integer' },
    slaHours: { type: 'integer', description: 'The club’s answer time for questions, in hours.' },
  },
} as const;

type WithSla = Question & { readonly dueAt?: Date | null; readonly overdue?: boolean };

/** The coaches' queue of members' private questions: SLA, claims and answers. */
export async function questionsRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  // Replaces member ids with names the panel can show (members who asked, claimed or answered).
  async function withNames(actor: Actor, questions: readonly WithSla[]) {
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

  app.get<{ Querystring: PagedQuerystring<{ status?: QuestionFilter }> }>(
    '/questions',
    {
      schema: {
        tags,
        summary: 'Questions by status (or `overdue`: waiting past the SLA), oldest first',
        querystring: pagedQuery({ status: { type: 'string', enum: [...QUESTION_FILTERS] } }),
        response: { 200: questionPage, ...errorResponses },
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

  app.post<{ Params: { id: string } }>(
    '/questions/:id/claim',
    {
      schema: {
        tags,
        summary: 'Take a waiting question (coaches); other coaches see who has it',
        params: idParams('id'),
        response: { 200: question, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const claimed = await core.claimQuestion({
        actor,
        communityId: actor.communityId,
        questionId: request.params.id,
      });
      return (await withNames(actor, [claimed]))[0];
    },
  );

  app.post<{ Params: { id: string } }>(
    '/questions/:id/unclaim',
    {
      schema: {
        tags,
        summary: 'Put a claimed question back in the open queue (the coach who has it, or an owner)',
        params: idParams('id'),
        response: { 200: question, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const open = await core.unclaimQuestion({ actor, communityId: actor.communityId, questionId: request.params.id });
      return (await withNames(actor, [open]))[0];
    },
  );

  app.post<{ Params: { id: string }; Body: { answer: string } }>(
    '/questions/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer a question (coaches, also one another coach claimed); the member gets the answer by DM',
        params: idParams('id'),
        body: {
          type: 'object',
          required: ['answer'],
          additionalProperties: false,
          properties: { answer: { type: 'string', minLength: 1, maxLength: 4000 } },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              ...question.properties,
              delivery: {
                type: 'string',
                enum: ['sent', 'already_sent', 'failed', 'skipped', 'retry'],
                description: 'Whether the answer reached the member by DM (`retry`: saved, sending failed for now).',
              },
            },
          },
          ...errorResponses,
        },
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
      let delivery: string;
      try {
        delivery = (await core.sendQuestionAnswer({ communityId: actor.communityId, questionId: answered.id })).status;
      } catch (error) {
        // The answer is saved either way; a platform outage must not turn the coach's work into an error.
        request.log.warn({ err: error, questionId: answered.id }, 'answer saved but not delivered');
        delivery = 'retry';
      }
      return { ...(await withNames(actor, [answered]))[0], delivery };
    },
  );
}
