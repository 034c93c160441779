import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { openApiTransform } from '../http/zod-schemas.js';

/** The OpenAPI document (`/api/docs/json`) and its UI (`/api/docs`), built from the routes' schemas. */
export async function registerDocs(app: FastifyInstance, options: { readonly secure: boolean }): Promise<void> {
  await app.register(swagger, {
    transform: openApiTransform,
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'snowball admin API',
        description:
          'The API behind the admin panel. Sign in with a one-time login link (`GET /login?token=...`); ' +
          'send the session’s `csrfToken` in `x-csrf-token` on every change. Errors: `{ error: { code, message, requestId, fields? } }`.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: options.secure ? '__Host-snowball_session' : 'snowball_session',
          },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Over plain http (local use) the browser would otherwise try to load the UI's files over https.
    transformStaticCSP: (header) => (options.secure ? header : header.replace(/upgrade-insecure-requests;?/, '')),
  });
}
