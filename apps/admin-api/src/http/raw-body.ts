import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received, for signature checks; set only inside `withRawBody`. */
    rawBody?: string;
  }
}

/**
 * Registers routes in their own encapsulated scope whose JSON and form bodies are kept as received
 * (`request.rawBody`) as well as parsed (`request.body`), which webhook signatures (Slack, Discord) need.
 * The parsers stay inside the scope: the rest of the API parses bodies as usual.
 */
export async function withRawBody(
  app: FastifyInstance,
  routes: (scope: FastifyInstance) => Promise<void> | void,
): Promise<void> {
  await app.register(async (scope) => {
    const keep = (request: FastifyRequest, body: string) => {
      request.rawBody = body;
    };
    scope.removeContentTypeParser(['application/json']);
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      const text = body as string;
      keep(request, text);
      if (text.length === 0) return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        const error = new Error('malformed JSON') as Error & { statusCode: number };
        error.statusCode = 400;
        done(error, undefined);
      }
    });
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
      const text = body as string;
      keep(request, text);
      done(null, Object.fromEntries(new URLSearchParams(text)));
    });
    await routes(scope);
  });
}
