import { isDomainError } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { errorResponse } from '../http/error-handler.js';

/**
 * `GET /privacy/export/:token`: a member's data export (JSON) at a single-use, expiring link that `/privacy
 * export` (or staff, by DM) gave them. No session: the token is the credential, so these requests are not
 * logged at info level and the path is redacted in any log line; a used, expired or unknown link is 410.
 */
export async function privacyExportRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { token: string } }>(
    '/privacy/export/:token',
    {
      logLevel: 'warn',
      schema: {
        hide: true,
        params: {
          type: 'object',
          required: ['token'],
          properties: { token: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (request, reply) => {
      try {
        const data = await request.server.snowball.core.downloadDataExport({ token: request.params.token });
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="my-data-${data.exportedAt.slice(0, 10)}.json"`)
          .header('cache-control', 'no-store')
          .send(JSON.stringify(data, null, 2));
      } catch (error) {
        if (!isDomainError(error) || error.code !== 'privacy.export_link_invalid') throw error;
        const { body } = await errorResponse(error, request);
        return reply.code(410).header('cache-control', 'no-store').send(body);
      }
    },
  );
}
