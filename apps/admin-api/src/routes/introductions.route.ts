import { type IntroStatus, introReasonText } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { requestLocale } from '../http/request-locale.js';
import {
  dateTime,
  errorResponses,
  memberRef,
  nullableDateTime,
  type PagedQuerystring,
  page,
  pagedQuery,
  uuid,
} from '../schemas/common.schema.js';

const STATUSES = ['proposed', 'introduced', 'declined', 'expired'] as const;
const answer = { type: 'string', enum: ['pending', 'accepted', 'declined', 'snoozed'] } as const;

const introduction = {
  type: 'object',
  properties: {
    id: uuid,
    memberA: memberRef,
    memberB: memberRef,
    answerA: answer,
    answerB: answer,
    status: { type: 'string', enum: [...STATUSES] },
    score: { type: 'number' },
    reason: { type: 'string', description: 'Why they were matched, in the request’s language.' },
    introducedAt: nullableDateTime,
    createdAt: dateTime,
    deals: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: uuid,
          amountMinor: { type: 'integer' },
          currency: { type: 'string' },
          note: { type: 'string' },
          confirmedByCounterpart: { type: 'boolean' },
          closedAt: dateTime,
        },
      },
    },
  },
} as const;

/** Introductions from the matching rounds and the deals that followed (moderators). */
export async function introductionsRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;
  app.get<{ Querystring: PagedQuerystring<{ status?: IntroStatus }> }>(
    '/introductions',
    {
      schema: {
        tags: ['introductions'],
        summary: 'Introductions of the whole club, newest first, with their deals',
        querystring: pagedQuery({ status: { type: 'string', enum: [...STATUSES] } }),
        response: { 200: page(introduction), ...errorResponses },
      },
    },
    async (request) => {
      const session = await requireSession(request);
      const { actor } = session;
      const { status, limit, offset } = request.query;
      // The use case returns the club's whole list (small: a few per member per round); the panel gets a page.
      const all = await core.listIntros({
        actor,
        communityId: actor.communityId,
        club: true,
        ...(status ? { status } : {}),
      });
      const slice = all.slice(offset, offset + limit);
      const names = await core.getMemberNames({
        actor,
        communityId: actor.communityId,
        memberIds: slice.flatMap((i) => [i.introduction.memberA, i.introduction.memberB]),
      });
      const locale = requestLocale(request, {
        memberLocale: session.member.locale,
        communityLocale: session.community.settings.defaultLocale,
      });
      return {
        total: all.length,
        items: slice.map(({ introduction: intro, deals }) => ({
          ...intro,
          memberA: names[intro.memberA] ?? null,
          memberB: names[intro.memberB] ?? null,
          reason: introReasonText(intro, intro.memberA, locale),
          deals,
        })),
      };
    },
  );
}
