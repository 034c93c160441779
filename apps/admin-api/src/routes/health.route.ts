import type { FastifyInstance } from 'fastify';

/** Readiness of the services the API needs (PostgreSQL, Redis...), as reported by the composition root. */
export interface Readiness {
  readonly ok: boolean;
  readonly checks: Record<string, { readonly ok: boolean; readonly reason?: string }>;
}

const readinessSchema = {
  type: 'object',
  required: ['ok', 'checks'],
  properties: {
    ok: { type: 'boolean' },
    checks: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['ok'],
        properties: { ok: { type: 'boolean' }, reason: { type: 'string' } },
      },
    },
  },
} as const;

/** `/healthz`: the process is up. `/readyz`: it can serve (503 with the failing checks otherwise). */
export async function healthRoutes(app: FastifyInstance, readiness: () => Promise<Readiness>): Promise<void> {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness',
        response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } },
      },
    },
    async () => ({ ok: true }),
  );
  app.get(
    '/readyz',
    {
      schema: { tags: ['health'], summary: 'Readiness', response: { 200: readinessSchema, 503: readinessSchema } },
    },
    async (request, reply) => {
      let result: Readiness;
      try {
        result = await readiness();
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed');
        result = { ok: false, checks: { readiness: { ok: false, reason: 'the readiness check itself failed' } } };
      }
      reply.code(result.ok ? 200 : 503);
      return result;
    },
  );
}
