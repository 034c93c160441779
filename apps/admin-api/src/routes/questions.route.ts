import type { QuestionStatus } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import {
  dateTime,
  errorResponses,
  idParams,
  memberRef,
  nullableDateTime,
  nullableString,
  page,
  pageQuery,
  uuid,
} from '../schemas/common.schema.js';

const tags = ['questions'];
const STATUSES = ['open', 'claimed', 'answered', 'closed'] as const;

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
  },
} as const;

/** The coaches' queue of members' private questions. */
export async function questionsRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  app.get<{ Querystring: { status?: QuestionStatus; limit: number; offset: number } }>(
    '/questions',
    {
      schema: {
        tags,
        summary: 'Questions by status, oldest first',
        querystring: {
          type: 'object',
          properties: { status: { type: 'string', enum: [...STATUSES] }, ...pageQuery },
        },
        response: { 200: page(question), ...errorResponses },
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
      const names = await core.getMemberNames({
        actor,
        communityId: actor.communityId,
        memberIds: result.items.flatMap((q) => [q.memberId, q.answeredBy ?? '']),
      });
      return {
        total: result.total,
        items: result.items.map((q) => ({
          ...q,
          member: names[q.memberId] ?? null,
          answeredBy: q.answeredBy ? (names[q.answeredBy] ?? null) : null,
        })),
      };
    },
  );

  app.post<{ Params: { id: string }; Body: { answer: string } }>(
    '/questions/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer a question (coaches); the member gets the answer by DM',
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
      return { ...answered, member: null, answeredBy: null, delivery };
    },
  );
}
