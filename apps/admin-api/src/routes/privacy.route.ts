import { type ErasureRequest, exportUrl, privacyCoolingOffHours } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['members'];

const erasure = (request: ErasureRequest | null) =>
  request ? { requestId: request.id, status: request.status, dueAt: request.dueAt } : null;

/**
 * Members' data rights from the member page (moderators and owners; core checks): send the member their export
 * link, and request or cancel the erasure of their data. Every run is audited in core.
 */
export async function privacyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core, publicUrl } = app.snowball;

  app.get(
    '/members/:id/privacy',
    {
      schema: {
        tags,
        summary: 'The member’s pending erasure and the club’s cooling-off',
        ...endpoints['GET /members/:id/privacy'],
      },
    },
    async (request) => {
      const { actor, community } = await requireSession(request);
      const input = { actor, communityId: actor.communityId, memberId: request.params.id };
      return {
        erasure: erasure(await core.pendingErasure(input)),
        coolingOffHours: privacyCoolingOffHours(community.settings),
      };
    },
  );

  app.post(
    '/members/:id/privacy/export',
    {
      schema: {
        tags,
        summary: 'Send the member a single-use link to download their data (by DM; staff never see the file)',
        ...endpoints['POST /members/:id/privacy/export'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const input = { actor, communityId: actor.communityId, memberId: request.params.id };
      const { token, expiresAt } = await core.requestDataExport(input);
      const sent = await core.notifyDataExportReady({
        communityId: input.communityId,
        memberId: input.memberId,
        url: exportUrl(publicUrl, token),
        expiresAt,
      });
      return { expiresAt, delivered: sent.delivered, status: sent.status };
    },
  );

  app.post(
    '/members/:id/privacy/erase',
    {
      schema: {
        tags,
        summary: 'Erase the member’s personal data after the club’s cooling-off (at once when it is 0)',
        ...endpoints['POST /members/:id/privacy/erase'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return erasure(await core.requestErasure({ actor, communityId: actor.communityId, memberId: request.params.id }));
    },
  );

  app.post(
    '/members/:id/privacy/erase/cancel',
    {
      schema: { tags, summary: 'Cancel a pending erasure', ...endpoints['POST /members/:id/privacy/erase/cancel'] },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      await core.cancelErasure({ actor, communityId: actor.communityId, memberId: request.params.id });
      return null;
    },
  );
}
