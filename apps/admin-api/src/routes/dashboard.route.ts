import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { dateTime, errorResponses, uuid } from '../schemas/common.schema.js';

const count = { type: 'integer', minimum: 0 } as const;

const dashboard = {
  type: 'object',
  properties: {
    at: dateTime,
    members: {
      type: 'object',
      properties: { active: count, expiring: count, grace: count, lapsed: count, none: count },
    },
    applications: { type: 'object', properties: { pending: count, infoRequested: count } },
    renewalsDue: {
      type: 'object',
      properties: {
        total: count,
        next: {
          type: 'array',
          items: { type: 'object', properties: { memberId: uuid, displayName: { type: 'string' }, endsAt: dateTime } },
        },
      },
    },
    vitality: {
      type: 'object',
      properties: { contributors: count, members: count, ratio: { type: ['number', 'null'] } },
    },
    questions: { type: 'object', properties: { open: count, claimed: count } },
    introductions: {
      type: 'object',
      description: 'Introductions this year: made (both accepted), declined, still proposed.',
      properties: {
        year: { type: 'integer' },
        made: count,
        declined: count,
        proposed: count,
        acceptanceRate: { type: ['number', 'null'], description: 'made / (made + declined); null before any.' },
      },
    },
    deals: {
      type: 'object',
      properties: {
        year: { type: 'integer' },
        count,
        totals: {
          type: 'array',
          items: {
            type: 'object',
            properties: { currency: { type: 'string' }, amountMinor: { type: 'integer' }, count },
          },
        },
      },
    },
  },
} as const;

/** The dashboard numbers. */
export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;
  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Membership health, queues, renewals due, vitality, and this year’s introductions and deals',
        response: { 200: dashboard, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getDashboard({ actor, communityId: actor.communityId });
    },
  );
}
