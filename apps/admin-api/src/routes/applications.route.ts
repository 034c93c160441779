import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { paymentInput } from '../http/payment-input.js';
import { application, type PaymentBody, paymentBody, paymentResult } from '../schemas/application.schema.js';
import { errorResponses, idParams, type PagedQuerystring, page, pagedQuery } from '../schemas/common.schema.js';

const tags = ['applications'];
const params = idParams('id');

const reasonBody = (field: string, required: boolean) =>
  ({
    type: 'object',
    required: required ? [field] : [],
    additionalProperties: false,
    properties: { [field]: { type: 'string', maxLength: 1000, ...(required ? { minLength: 1 } : {}) } },
  }) as const;

/** The vetting queue: list, read, approve, reject, ask for more information, record the first payment. */
export async function applicationsRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  app.get<{ Querystring: PagedQuerystring<{ status?: ApplicationStatus }> }>(
    '/applications',
    {
      schema: {
        tags,
        summary: 'Applications by status (oldest first), a page at a time',
        querystring: pagedQuery({ status: { type: 'string', enum: [...APPLICATION_STATUSES] } }),
        response: { 200: page(application), ...errorResponses },
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

  app.get<{ Params: { id: string } }>(
    '/applications/:id',
    {
      schema: {
        tags,
        summary: 'One application with answers, flags, referrer and decision',
        params,
        response: { 200: application, ...errorResponses },
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

  app.post<{ Params: { id: string }; Body: { note?: string } }>(
    '/applications/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve: creates (or reuses) the member; payment comes next',
        params,
        body: reasonBody('note', false),
        response: { 200: application, ...errorResponses },
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

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/applications/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject, with a reason',
        params,
        body: reasonBody('reason', true),
        response: { 200: application, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const rejected = await core.rejectApplication({
        actor,
        communityId: actor.communityId,
        applicationId: request.params.id,
        reason: request.body.reason,
      });
      return { ...rejected, referrer: null, decidedBy: null };
    },
  );

  app.post<{ Params: { id: string }; Body: { message: string } }>(
    '/applications/:id/request-info',
    {
      schema: {
        tags,
        summary: 'Ask the applicant for more information',
        params,
        body: reasonBody('message', true),
        response: { 200: application, ...errorResponses },
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

  app.post<{ Params: { id: string }; Body: PaymentBody }>(
    '/applications/:id/payment',
    {
      schema: {
        tags,
        summary: 'Record the first payment of an approved applicant (owners)',
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
        applicationId: request.params.id,
        ...paymentInput(request.body),
      });
      reply.code(201);
      return result;
    },
  );
}
