import type { Application } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { paymentInput } from '../http/payment-input.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['applications'];

/** The vetting queue: list, read, approve, reject, ask for more information, record the first payment. */
export async function applicationsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/applications',
    {
      schema: {
        tags,
        summary: 'Applications by status (oldest first), a page at a time',
        ...endpoints['GET /applications'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { status, limit, offset } = request.query;
      const result = await core.listApplications({
        actor,
        communityId: actor.communityId,
        status: status ?? null,
        limit,
        offset,
      });
      const names = await core.getMemberNames({
        actor,
        communityId: actor.communityId,
        memberIds: result.items.flatMap((a) => [a.referrerMemberId ?? '', a.decidedBy ?? '']),
      });
      const withNames = (a: Application) => ({
        ...a,
        referrer: a.referrerMemberId ? (names[a.referrerMemberId] ?? null) : null,
        decidedBy: a.decidedBy ? (names[a.decidedBy] ?? null) : null,
      });
      return { total: result.total, items: result.items.map(withNames) };
    },
  );

  app.get(
    '/applications/:id',
    {
      schema: {
        tags,
        summary: 'One application with answers, flags, referrer and decision',
        ...endpoints['GET /applications/:id'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const detail = await core.getApplication({
        actor,
        communityId: actor.communityId,
        applicationId: request.params.id,
      });
      return { ...detail.application, referrer: detail.referrer, decidedBy: detail.decidedBy };
    },
  );

  app.post(
    '/applications/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve: creates (or reuses) the member; payment comes next',
        ...endpoints['POST /applications/:id/approve'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const approved = await core.approveApplication({
        actor,
        communityId: actor.communityId,
        applicationId: request.params.id,
        ...(request.body?.note ? { note: request.body.note } : {}),
      });
      return { ...approved, referrer: null, decidedBy: null };
    },
  );

  app.post(
    '/applications/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject, with a reason',
        ...endpoints['POST /applications/:id/reject'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const rejected = await core.rejectApplication({
        actor,
        communityId: actor.communityId,
        applicationId: request.params.id,
        reason: request.body.reason,
        ...(request.body.shareReason !== undefined ? { shareReason: request.body.shareReason } : {}),
      });
      return { ...rejected, referrer: null, decidedBy: null };
    },
  );

  app.post(
    '/applications/:id/request-info',
    {
      schema: {
        tags,
        summary: 'Ask the applicant for more information',
        ...endpoints['POST /applications/:id/request-info'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const updated = await core.requestApplicationInfo({
        actor,
        communityId: actor.communityId,
        applicationId: request.params.id,
        message: request.body.message,
      });
      return { ...updated, referrer: null, decidedBy: null };
    },
  );

  app.post(
    '/applications/:id/payment',
    {
      schema: {
        tags,
        summary: 'Record the first payment of an approved applicant (owners)',
        ...endpoints['POST /applications/:id/payment'],
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const result = await core.recordPayment({
        actor,
        communityId: actor.communityId,
        applicationId: request.params.id,
        ...paymentInput(request.body),
      });
      return reply.code(201).send(result);
    },
  );
}
