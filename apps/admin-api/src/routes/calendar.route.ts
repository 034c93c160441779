import { isDomainError } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { errorResponse } from '../http/error-handler.js';

/**
 * `GET /calendar/:token.ics`: a member's lessons as an ICS feed at a secret, revocable URL (`/lessons` makes
 * and rotates it), for any calendar app to subscribe to. No session: the token is the credential, so this
 * route's requests are not logged (the URL would put the secret in the logs), and an unknown or rotated
 * token is a plain 404, which tells calendar apps to stop polling.
 */
export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { token: string } }>(
    '/calendar/:token.ics',
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
        const { ics } = await request.server.snowball.core.getCalendarFeed({ token: request.params.token });
        return (
          reply
            .header('content-type', 'text/calendar; charset=utf-8')
            .header('content-disposition', 'inline; filename="lessons.ics"')
            // Calendar apps poll; a few minutes of caching is plenty fresh for lesson times, and it is personal.
            .header('cache-control', 'private, max-age=300')
            .send(ics)
        );
      } catch (error) {
        if (!isDomainError(error) || error.code !== 'calendar.token_invalid') throw error;
        const { body } = await errorResponse(error, request);
        return reply.code(404).send(body);
      }
    },
  );
}
