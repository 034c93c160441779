import { MEMBER_FILTERS, MEMBERSHIP_STATUSES, type MemberFilter } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { paymentInput } from '../http/payment-input.js';
import { type PaymentBody, paymentBody, paymentResult } from '../schemas/application.schema.js';
import {
  dateTime,
  errorResponses,
  idParams,
  type PagedQuerystring,
  page,
  pagedQuery,
  pageQuery,
  uuid,
} from '../schemas/common.schema.js';
import { memberDetail, memberSummary } from '../schemas/member.schema.js';

const tags = ['members'];
const params = idParams('id');

/** Members: search and filter by status, a staff lookup, the detail page, notes, payments, extensions and ends. */
export async function membersRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  app.get<{ Querystring: PagedQuerystring<{ search?: string; status?: MemberFilter }> }>(
    '/members',
    {
      schema: {
        tags,
        summary: 'Members, newest first; search by name, handle or email; filter by membership status',
        querystring: pagedQuery({
          search: { type: 'string', maxLength: 100 },
          status: { type: 'string', enum: [...MEMBER_FILTERS] },
        }),
        response: { 200: page(memberSummary), ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { search, status, limit, offset } = request.query;
      const result = await core.listMembers({
        actor,
        communityId: actor.communityId,
        search: search ?? null,
        status: status ?? null,
        limit,
        offset,
      });
      return {
        total: result.total,
        items: result.items.map(({ member, membership }) => ({ ...member, membership })),
      };
    },
  );

  app.get<{ Querystring: { search: string; withAccess?: boolean; limit: number } }>(
    '/members/lookup',
    {
      schema: {
        tags,
        summary: 'Find members to pick (any staff, e.g. coaches signing someone up): id, name, handle, status only',
        querystring: {
          type: 'object',
          required: ['search'],
          properties: {
            search: { type: 'string', minLength: 1, maxLength: 100 },
            withAccess: { type: 'boolean', description: 'Only members whose membership gives access now.' },
            limit: { type: 'integer', minimum: 1, maximum: 20, default: 10 },
            lang: pageQuery.lang,
          },
        },
        response: {
          200: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'displayName', 'handle', 'status'],
              properties: {
                id: uuid,
                displayName: { type: 'string' },
                handle: { type: 'string' },
                status: { type: 'string', enum: [...MEMBERSHIP_STATUSES] },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { search, withAccess, limit } = request.query;
      return core.lookupMembers({
        actor,
        communityId: actor.communityId,
        search,
        ...(withAccess !== undefined ? { withAccess } : {}),
        limit,
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/members/:id',
    {
      schema: {
        tags,
        summary: 'One member: status, periods, linked platforms, payments (owners), strikes, notes',
        params,
        response: { 200: memberDetail, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const detail = await core.getMemberDetail({ actor, communityId: actor.communityId, memberId: request.params.id });
      return { ...detail, member: { ...detail.member, membership: detail.membership } };
    },
  );

  app.put<{ Params: { id: string }; Body: { notes: string } }>(
    '/members/:id/notes',
    {
      schema: {
        tags,
        summary: 'Replace the staff notes on a member',
        params,
        body: {
          type: 'object',
          required: ['notes'],
          additionalProperties: false,
          properties: { notes: { type: 'string', maxLength: 4000 } },
        },
        response: { 200: { type: 'object', properties: { id: uuid, notes: { type: 'string' } } }, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const member = await core.updateMemberNotes({
        actor,
        communityId: actor.communityId,
        memberId: request.params.id,
        notes: request.body.notes,
      });
      return { id: member.id, notes: member.notes };
    },
  );

  app.post<{ Params: { id: string }; Body: PaymentBody }>(
    '/members/:id/payments',
    {
      schema: {
        tags,
        summary: 'Record a renewal payment (owners); the new year starts at the old end',
        params,
        body: paymentBody,
        response: { 201: paymentResult, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const result = await core.recordPayment({
        actor,
        communityId: actor.communityId,
        memberId: request.params.id,
        ...paymentInput(request.body),
      });
      reply.code(201);
      return result;
    },
  );

  app.post<{ Params: { id: string }; Body: { days: number; reason: string } }>(
    '/members/:id/extensions',
    {
      schema: {
        tags,
        summary: 'Extend a membership without payment, with a reason (owners)',
        params,
        body: {
          type: 'object',
          required: ['days', 'reason'],
          additionalProperties: false,
          properties: {
            days: { type: 'integer', minimum: 1, maximum: 365 },
            reason: { type: 'string', minLength: 1, maxLength: 500 },
          },
        },
        response: {
          201: {
            type: 'object',
            properties: { id: uuid, startsAt: dateTime, endsAt: dateTime, kind: { type: 'string' } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const period = await core.extendMembership({
        actor,
        communityId: actor.communityId,
        memberId: request.params.id,
        days: request.body.days,
        reason: request.body.reason,
      });
      reply.code(201);
      return period;
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/members/:id/end',
    {
      schema: {
        tags,
        summary: 'End a membership now, without grace, with a reason (owners); roles are revoked on every platform',
        params,
        body: {
          type: 'object',
          required: ['reason'],
          additionalProperties: false,
          properties: { reason: { type: 'string', minLength: 1, maxLength: 500 } },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              endsAt: { ...dateTime, description: 'The stored end: grace days before `endedAt`, so no grace is left.' },
              endedAt: dateTime,
              access: {
                type: 'object',
                properties: {
                  accounts: { type: 'integer', description: 'Linked platform accounts the roles were revoked on.' },
                  failures: {
                    type: 'array',
                    // The platform's error text stays in the logs; the panel only says where it failed.
                    items: { type: 'object', properties: { platform: { type: 'string' } } },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.endMembership({
        actor,
        communityId: actor.communityId,
        memberId: request.params.id,
        reason: request.body.reason,
      });
    },
  );
}
