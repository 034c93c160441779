import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { type Core, DomainError } from '@snowball/core';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { ApiContext } from './api-context.js';
import { sessionCookieName } from './auth/session-cookie.js';
import { registerDocs } from './docs/docs.plugin.js';
import { errorResponse, handleError } from './http/error-handler.js';
import { apiRoutes } from './routes/api.plugin.js';
import { calendarRoutes } from './routes/calendar.route.js';
import { healthRoutes, type Readiness } from './routes/health.route.js';
import { loginRoutes } from './routes/login.route.js';
import { isPanelRoute, registerWeb } from './web/web.plugin.js';

export interface ApiServerConfig {
  /** Where people reach the panel, e.g. `https://club.example.com`; login links point here. */
  readonly publicUrl: string;
  /** Served over https: `__Host-` cookie with Secure, HSTS, upgrade-insecure-requests. */
  readonly sessionCookieSecure?: boolean;
  /** The built panel (`apps/admin-web/dist`); without it only the API is served. */
  readonly webRoot?: string;
  /** Behind a reverse proxy: which proxies to trust for the client address (rate limits use it). */
  readonly trustProxy?: boolean | string | string[];
  /** The Slack OAuth install page (e.g. `https://club.example.com/slack/install`), when the app is distributed. */
  readonly slackInstallUrl?: string;
}

export interface ApiServerDeps {
  readonly core: Core;
  /** A pino(-compatible) logger, or true/false for Fastify's own. */
  readonly logger?: FastifyBaseLogger | boolean;
  readonly config: ApiServerConfig;
  readonly readiness: () => Promise<Readiness>;
  /** Adds more routes (`/slack/events`, `/discord/interactions`, `/admin/queues`); see `withRawBody` and `requireSession`. */
  readonly mount?: (app: FastifyInstance) => Promise<void>;
}

/** Builds the admin API and panel server (not listening): call `listen` or `inject` on the result. */
export async function buildApiServer(deps: ApiServerDeps): Promise<FastifyInstance> {
  const secure = deps.config.sessionCookieSecure ?? false;
  const logger = deps.logger ?? false;
  const app = Fastify({
    ...(typeof logger === 'object' ? { loggerInstance: logger } : { logger }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: deps.config.trustProxy ?? false,
    bodyLimit: 256 * 1024,
    ajv: { customOptions: { allErrors: true } },
  }) as unknown as FastifyInstance;

  const context: ApiContext = {
    core: deps.core,
    publicUrl: deps.config.publicUrl,
    secureCookies: secure,
    sessionCookie: sessionCookieName(secure),
    slackInstallUrl: deps.config.slackInstallUrl ?? null,
  };
  app.decorate('snowball', context);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler(handleError);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: secure ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await registerDocs(app, { secure });

  await healthRoutes(app, deps.readiness);
  await app.register(loginRoutes);
  // Calendar apps fetch the member's feed by its secret URL, without a session.
  await app.register(calendarRoutes);
  await app.register(apiRoutes, { prefix: '/api' });
  const hasPanel = await registerWeb(app, deps.config.webRoot);
  if (deps.mount) await deps.mount(app);

  app.setNotFoundHandler(async (request, reply) => {
    if (hasPanel && isPanelRoute(request.method, request.url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const { status, body } = await errorResponse(new DomainError('request.not_found'), request);
    return reply.code(status).send(body);
  });
  return app;
}
