import { DomainError } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { errorResponse } from './error-handler.js';

/** How long a request may wait (a locked table, a slow database) before it is answered 503. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/**
 * Answers 503 "temporarily unavailable" (with `Retry-After`) to any request still unanswered after `ms`,
 * instead of leaving the person waiting on a locked table. The handler's late result is dropped.
 */
export function answerUnavailableAfter(app: FastifyInstance, ms: number): void {
  app.addHook('onRequest', async (request, reply) => {
    const timer = setTimeout(() => {
      if (reply.sent || reply.raw.headersSent) return;
      request.log.warn({ timeoutMs: ms }, 'request timed out');
      void errorResponse(new DomainError('service.unavailable'), request).then(({ status, body }) => {
        if (reply.sent || reply.raw.headersSent) return;
        reply.code(status).header('retry-after', '5').send(body);
      });
    }, ms);
    timer.unref();
    reply.raw.once('close', () => clearTimeout(timer));
    reply.raw.once('finish', () => clearTimeout(timer));
  });
}
