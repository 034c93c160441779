import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { type Core, DomainError } from '@snowball/core';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { ApiContext, ConnectionHealth, DiscordGuildSetup } from './api-context.js';
import { sessionCookieName } from './auth/session-cookie.js';
import { registerDocs } from './docs/docs.plugin.js';
import { errorResponse, handleError } from './http/error-handler.js';
import { safeLogSerializers } from './http/log-redaction.js';
import { answerUnavailableAfter, DEFAULT_REQUEST_TIMEOUT_MS } from './http/request-timeout.js';
import { wellFormedValue } from './http/well-formed-input.js';
import { apiRoutes } from './routes/api.plugin.js';
import { calendarRoutes } from './routes/calendar.route.js';
import { healthRoutes, type Readiness } from './routes/health.route.js';
import { loginRoutes } from './routes/login.route.js';
import { privacyExportRoutes } from './routes/privacy-export.route.js';
import { type StripeWebhookConfig, stripeWebhookRoutes } from './routes/stripe-webhook.route.js';
import { isPanelRoute, registerWeb, sendPanelMissing } from './web/web.plugin.js';

export interface ApiServerConfig {
  /** Where people reach the panel, e.g. `https://club.example.com`; login links point here. */
  readonly publicUrl: string;
  /** Served over https: `__Host-` cookie with Secure, HSTS, upgrade-insecure-requests. */
  readonly sessionCookieSecure?: boolean;
  /** The built panel (`apps/admin-web/dist`); without it only the API is served. */
  readonly webRoot?: string;
  /** Behind a reverse proxy: which proxies to trust for the client address (rate limits use it). */
  readonly trustProxy?: boolean | number | string | string[];
  /** The Slack OAuth install page (e.g. `https://club.example.com/slack/install`), when the app is distributed. */
  readonly slackInstallUrl?: string;
  /** Connection health for the Settings screen, computed by the platform adapters (none: not shown). */
  readonly connectionHealth?: ConnectionHealth;
  /** Checks a Discord server's member role and registers the commands there when it is attached (none: no bot). */
  readonly discordGuildSetup?: DiscordGuildSetup;
  /** A request still unanswered after this long gets 503 "temporarily unavailable" (default 15 s; 0: never). */
  readonly requestTimeoutMs?: number;
}

export interface ApiServerDeps {
  readonly core: Core;
  /** A pino(-compatible) logger, or true/false for Fastify's own. */
  readonly logger?: FastifyBaseLogger | boolean;
  readonly config: ApiServerConfig;
  readonly readiness: () => Promise<Readiness>;
  /** Adds more routes (`/slack/events`, `/discord/interactions`, `/admin/queues`); see `withRawBody` and `requireSession`. */
  readonly mount?: (app: FastifyInstance) => Promise<void>;
  /** Online payment: mounts `POST /webhooks/stripe` (see docs/payments.md). */
  readonly stripe?: StripeWebhookConfig;
}

/** A hop count trusts that many proxies nearest the server; Fastify's types take it as a function. */
function trustProxyOption(value: ApiServerConfig['trustProxy']) {
  if (typeof value !== 'number') return value ?? false;
  return (_address: string, hop: number) => hop < value;
}

/** Builds the admin API and panel server (not listening): call `listen` or `inject` on the result. */
export async function buildApiServer(deps: ApiServerDeps): Promise<FastifyInstance> {
  const secure = deps.config.sessionCookieSecure ?? false;
  const logger = deps.logger ?? false;
  const app = Fastify({
    // Every route and method logs the same redacted request (no login token, no calendar secret) and errors
    // without SQL parameter values.
    ...(typeof logger === 'object'
      ? { loggerInstance: logger.child({}, { serializers: safeLogSerializers }) }
      : logger
        ? { logger: { serializers: safeLogSerializers } }
        : { logger: false }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    bodyLimit: 256 * 1024,
    ajv: { customOptions: { allErrors: true } },
    // While closing, requests get the translated 503 below rather than Fastify's English one.
    return503OnClosing: false,
  }) as unknown as FastifyInstance;

  const context: ApiContext = {
    core: deps.core,
    publicUrl: deps.config.publicUrl,
    secureCookies: secure,
    sessionCookie: sessionCookieName(secure),
    slackInstallUrl: deps.config.slackInstallUrl ?? null,
    connectionHealth: deps.config.connectionHealth ?? null,
    discordGuildSetup: deps.config.discordGuildSetup ?? null,
  };
  app.decorate('snowball', context);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Shutting down (SIGTERM): requests in progress finish; one that arrives on a kept-alive connection after that
  // began changes nothing and gets the same translated 503 as any other unavailability, and its connection is
  // closed so the client reconnects (to another process behind the proxy).
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close');
    throw new DomainError('service.unavailable');
  });
  const requestTimeoutMs = deps.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (requestTimeoutMs > 0) answerUnavailableAfter(app, requestTimeoutMs);
  // Text from outside is made storable before validation: no lone surrogate or NUL reaches the database.
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined) request.body = wellFormedValue(request.body);
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
  await app.register(privacyExportRoutes);
  await app.register(apiRoutes, { prefix: '/api' });
  const hasPanel = await registerWeb(app, deps.config.webRoot);
  if (deps.stripe) await stripeWebhookRoutes(app, deps.stripe);
  if (deps.mount) await deps.mount(app);

  app.setNotFoundHandler(async (request, reply) => {
    if (isPanelRoute(request.method, request.url)) {
      if (hasPanel) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      if (!(request.headers.accept ?? '').includes('application/json')) return sendPanelMissing(reply);
    }
    const { status, body } = await errorResponse(new DomainError('request.not_found'), request);
    return reply.code(status).send(body);
  });
  return app;
}
