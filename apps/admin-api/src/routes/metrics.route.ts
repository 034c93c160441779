import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Where Prometheus scrapes the API process. */
export const METRICS_PATH = '/metrics';

/** The Prometheus text exposition of this process (`@snowball/metrics`' `render`). */
export type RenderMetrics = () => Promise<{ readonly contentType: string; readonly body: string }>;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `GET /metrics` for Prometheus. With a `token`, a scrape must send `Authorization: Bearer <token>` (401
 * otherwise); without one, keep the path off the public proxy. Left out of the OpenAPI document.
 */
export async function registerMetricsRoute(
  app: FastifyInstance,
  options: { readonly render: RenderMetrics; readonly token?: string | undefined },
): Promise<void> {
  app.get(METRICS_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (options.token) {
      const header = request.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
      if (!sameSecret(given, options.token)) return reply.code(401).send({ error: 'unauthorized' });
    }
    const { contentType, body } = await options.render();
    return reply.type(contentType).send(body);
  });
}
