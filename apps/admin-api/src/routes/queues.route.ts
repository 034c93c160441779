import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { DomainError } from '@snowball/core';
import type { BullMqJobQueue } from '@snowball/jobs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { handleError } from '../http/error-handler.js';

/** A BullMQ queue, as `BullMqJobQueue.queue()` returns it. */
export type BoardQueue = ReturnType<BullMqJobQueue['queue']>;

/** Where Bull Board lives. */
export const QUEUE_BOARD_PATH = '/admin/queues';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Owners only. Bull Board's own buttons (retry, clean, pause) cannot send the panel's CSRF header, so a change
 * must come from this site: the SameSite=Strict session cookie already keeps other sites out, and a request
 * whose browser says it is cross-site, or whose Origin is another site, is refused as well.
 */
async function requireOwner(request: FastifyRequest): Promise<void> {
  const session = await requireSession(request);
  if (!session.actor.roles.includes('owner')) throw new DomainError('auth.forbidden');
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const own = new URL(request.server.snowball.publicUrl).origin;
  if (request.headers['sec-fetch-site'] === 'cross-site' || (origin !== undefined && origin !== own)) {
    throw new DomainError('auth.csrf_invalid');
  }
}

/**
 * Mounts Bull Board for the given queues at `/admin/queues`, behind the admin session: 401 without one,
 * 403 for staff who are not owners. Call it from the API server's `mount` hook.
 */
export async function registerQueueBoard(
  app: FastifyInstance,
  options: { readonly queues: readonly BoardQueue[] },
): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: options.queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'snowball' } },
  });
  await app.register(async (board) => {
    board.addHook('onRequest', async (request, reply) => {
      try {
        await requireOwner(request);
      } catch (error) {
        // Answered here: inside Bull Board's scope its own error handler would turn this into a 500.
        return reply.send(await handleError(error, request, reply));
      }
    });
    // The board's page sets inline styles; everything else keeps the API's policy (no outside fonts either).
    board.addHook('onSend', async (_request, reply, payload) => {
      const policy = reply.getHeader('content-security-policy');
      if (typeof policy === 'string') {
        reply.header('content-security-policy', policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
      }
      return payload;
    });
    await board.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
}
