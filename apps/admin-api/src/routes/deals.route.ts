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
} from '../schemas/common.schema.js';

const count = { type: 'integer', minimum: 0 } as const;

const total = {
  currency: { type: 'string' },
  amountMinor: { type: 'integer' },
  count,
  confirmedAmountMinor: { type: 'integer' },
  confirmedCount: count,
} as const;

const deal = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    introductionId: { ...nullableString, description: 'The introduction the deal came from.' },
    recordedBy: memberRef,
    counterpart: memberRef,
    amountMinor: { type: 'integer' },
    currency: { type: 'string' },
    note: { type: 'string' },
    confirmed: { type: 'boolean', description: 'The counterpart confirmed the deal.' },
    closedAt: dateTime,
  },
} as const;

const summary = {
  type: 'object',
  required: ['year', 'deals', 'quarters', 'totals'],
  properties: {
    year: { type: ['integer', 'null'] },
    deals: page(deal),
    quarters: {
      type: 'array',
      description: 'Per quarter (club timezone) and currency; amounts in different currencies are never added.',
      items: {
        type: 'object',
        properties: { year: { type: 'integer' }, quarter: { type: 'integer', minimum: 1, maximum: 4 }, ...total },
      },
    },
    totals: { type: 'array', items: { type: 'object', properties: total } },
  },
} as const;

/** The club's deals with totals per quarter and currency (moderators and owners). */
export async function dealsRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;
  app.get<{ Querystring: PagedQuerystring<{ year?: number }> }>(
    '/deals',
    {
      schema: {
        tags: ['introductions'],
        summary: 'Deals, latest closed first, with totals per quarter and currency',
        querystring: pagedQuery({ year: { type: 'integer', minimum: 2000, maximum: 2100 } }),
        response: { 200: summary, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { year, limit, offset } = request.query;
      return core.getDealSummary({
        actor,
        communityId: actor.communityId,
        limit,
        offset,
        ...(year !== undefined ? { year } : {}),
      });
    },
  );
}
