import rateLimit from '@fastify/rate-limit';
import { DomainError, isDomainError } from '@snowball/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { setSessionCookie } from '../auth/session-cookie.js';

/** Link-preview robots fetch URLs pasted in chats; they must not use up a one-time link. */
const PREVIEW_ROBOTS =
  /discordbot|slackbot|slack-imgproxy|telegrambot|twitterbot|facebookexternalhit|whatsapp|linkedinbot|skypeuripreview|microsoftpreview|googlebot|bingbot|embedly/i;

/** Redemption attempts per address and minute: a real person needs one or two. */
export const LOGIN_RATE_LIMIT = 10;

function redacted(request: FastifyRequest) {
  return { method: request.method, url: request.url.replace(/token=[^&]*/g, 'token=[redacted]'), id: request.id };
}

/**
 * `GET /login?token=...`: redeems a one-time login link, sets the session cookie and sends the browser to
 * the panel. Failures send it to the panel too, with `?login_error=<code>` for the panel to explain.
 */
export async function loginRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;
  await app.register(rateLimit, {
    max: LOGIN_RATE_LIMIT,
    timeWindow: '1 minute',
    errorResponseBuilder: () => new DomainError('request.rate_limited'),
  });
  app.setErrorHandler(async (error, request, reply) => {
    const code = isDomainError(error)
      ? error.code
      : (error as { statusCode?: number }).statusCode === 429
        ? 'request.rate_limited'
        : 'internal.unexpected';
    // Every failed attempt leaves an audit line with the client address (the real one with TRUST_PROXY).
    if (code === 'internal.unexpected') request.log.error({ err: error, clientAddress: request.ip }, 'login failed');
    else request.log.warn({ code, clientAddress: request.ip, audit: 'login.failed' }, 'login refused');
    return reply
      .code(303)
      .header('cache-control', 'no-store')
      .redirect(`/?login_error=${encodeURIComponent(code)}`, 303);
  });
  app.get<{ Querystring: { token?: string } }>(
    '/login',
    {
      // HEAD would run the handler too, and robots probe links with it.
      exposeHeadRoute: false,
      logSerializers: { req: redacted },
      schema: {
        tags: ['session'],
        summary: 'Redeem a one-time login link (sets the session cookie, redirects to the panel)',
        querystring: { type: 'object', properties: { token: { type: 'string', maxLength: 256 } } },
        response: { 303: { type: 'null', description: 'Redirect to the panel' } },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      if (PREVIEW_ROBOTS.test(request.headers['user-agent'] ?? '')) {
        return reply
          .type('text/plain; charset=utf-8')
          .send('Open this link in your browser to sign in. 请在浏览器中打开此链接登录。');
      }
      const session = await core.redeemLoginLink({ token: request.query.token ?? '' });
      setSessionCookie(reply, app.snowball, session.sessionId, session.expiresAt);
      return reply.redirect('/', 303);
    },
  );
}
