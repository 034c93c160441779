import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { paymentInput } from '../http/payment-input.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['members'];

/** Members: search and filter by status, a staff lookup, the detail page, notes, payments, extensions and ends. */
export async function membersRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/members',
    {
      schema: {
        tags,
        summary: 'Members, newest first; search by name, handle or email; filter by membership status',
        ...endpoints['GET /members'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { search, status, limit, offset, after } = request.query;
      const result = await core.listMembers({
        actor,
        communityId: actor.communityId,
        search: search ?? null,
        status: status ?? null,
        limit,
        offset,
        after: after ?? null,
      });
      return {
        total: result.total,
        nextCursor: result.nextCursor,
        items: result.items.map(({ member, membership }) => ({ ...member, membership })),
      };
    },
  );

  app.get(
    '/members/lookup',
    {
      schema: {
        tags,
        summary: 'Find members to pick (any staff, e.g. coaches signing someone up): id, name, handle, status only',
        ...endpoints['GET /members/lookup'],
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

  app.get(
    '/members/:id',
    {
      schema: {
        tags,
        summary: 'One member: status, periods, linked platforms, payments (owners), strikes, notes',
        ...endpoints['GET /members/:id'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const detail = await core.getMemberDetail({ actor, communityId: actor.communityId, memberId: request.params.id });
      return { ...detail, member: { ...detail.member, membership: detail.membership } };
    },
  );

  app.put(
    '/members/:id/notes',
    {
      schema: {
        tags,
        summary: 'Replace the staff notes on a member',
        ...endpoints['PUT /members/:id/notes'],
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

  app.post(
    '/members/:id/payments',
    {
      schema: {
        tags,
        summary: 'Record a renewal payment (owners); the new year starts at the old end',
        ...endpoints['POST /members/:id/payments'],
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
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/members/:id/extensions',
    {
      schema: {
        tags,
        summary: 'Extend a membership without payment, with a reason (owners)',
        ...endpoints['POST /members/:id/extensions'],
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
      return reply.code(201).send(period);
    },
  );

  app.post(
    '/members/:id/end',
    {
      schema: {
        tags,
        summary: 'End a membership now, without grace, with a reason (owners); roles are revoked on every platform',
        ...endpoints['POST /members/:id/end'],
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
