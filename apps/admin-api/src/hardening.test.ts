import { Writable } from 'node:stream';
import { type Core, createCore, randomIds } from '@snowball/core';
import {
  createMemoryRepositories,
  InMemoryJobQueue,
  RecordingMessenger,
  RecordingRoleSync,
} from '@snowball/core/testing';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServerConfig, buildApiServer } from './build-api-server.js';
import { redactedError, redactUrl } from './http/log-redaction.js';
import { wellFormedText, wellFormedValue } from './http/well-formed-input.js';
import { LOGIN_RATE_LIMIT } from './routes/login.route.js';
import {
  createClub,
  ShiftedClock,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from './testing/api-test-kit.js';

/** An error the way postgres-js and drizzle report a database that cannot be reached. */
function databaseDown(): Error {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  return Object.assign(
    new Error('Failed query: select "id" from "members" where "email" = $1\nparams: ada@example.com'),
    {
      query: 'select "id" from "members" where "email" = $1',
      params: ['ada@example.com'],
      cause,
    },
  );
}

describe('the API at its edge (issue 19 findings)', () => {
  let api: TestApi;
  let club: TestClub;
  let owner: SignedIn;
  let failDashboard: Error | null = null;
  const logLines: string[] = [];
  const logs = () => logLines.join('\n');

  beforeAll(async () => {
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          logLines.push(String(chunk));
          done();
        },
      }),
    );
    api = await startTestApi(createMemoryRepositories(), {
      logger,
      wrapCore: (core) =>
        ({
          ...core,
          getDashboard: async (...args: Parameters<Core['getDashboard']>) => {
            if (failDashboard) throw failDashboard;
            return core.getDashboard(...args);
          },
        }) as Core,
    });
    club = await createClub(api.core);
    owner = await signIn(api, club, club.ownerId, 'owner');
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('never logs a login token or calendar secret, whatever the method or route', async () => {
    const secret = `tok${randomIds.code()}${randomIds.code()}`;
    for (const method of ['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'DELETE'] as const) {
      await api.app.inject({ method, url: `/login?token=${secret}` });
      await api.app.inject({ method, url: `/somewhere/else?next=1&token=${secret}` });
    }
    await api.app.inject({ url: `/calendar/${secret}.ics` });
    expect(logs()).toContain('token=[redacted]');
    expect(logs()).toContain('"method":"OPTIONS"');
    expect(logs()).not.toContain(secret);
  });

  it('redacts secret query values and secret paths, keeping the rest of the URL', () => {
    expect(redactUrl('/login?token=abc&next=%2F')).toBe('/login?token=[redacted]&next=%2F');
    expect(redactUrl('/slack/oauth?code=c0de&state=s7')).toBe('/slack/oauth?code=[redacted]&state=[redacted]');
    expect(redactUrl('/calendar/f00.ics?x=1')).toBe('/calendar/[redacted].ics?x=1');
    expect(redactUrl('/api/members?page=2')).toBe('/api/members?page=2');
  });

  it('logs database errors without their SQL parameter values', () => {
    const logged = JSON.stringify(redactedError(databaseDown()));
    expect(logged).not.toContain('ada@example.com');
    expect(logged).toContain('ECONNREFUSED');
    expect(logged).toContain('Failed query');
  });

  it('answers 503 "temporarily unavailable" in the person\'s language when PostgreSQL is down', async () => {
    failDashboard = databaseDown();
    try {
      const en = await api.app.inject({
        url: '/api/dashboard',
        headers: { ...owner.headers, 'accept-language': 'en' },
      });
      expect(en.statusCode).toBe(503);
      expect(en.headers['retry-after']).toBe('5');
      expect(en.json().error).toMatchObject({
        code: 'service.unavailable',
        message: expect.stringMatching(/temporarily unavailable/),
      });
      const zh = await api.app.inject({
        url: '/api/dashboard',
        headers: { ...owner.headers, 'accept-language': 'zh-CN' },
      });
      expect(zh.statusCode).toBe(503);
      expect(zh.json().error.message).toContain('暂时不可用');
      expect(logs()).not.toContain('ada@example.com');
    } finally {
      failDashboard = null;
    }
    expect((await api.app.inject({ url: '/api/dashboard', headers: owner.headers })).statusCode).toBe(200);
  });

  it('stores a lone UTF-16 surrogate or NUL from a JSON body as well-formed text instead of failing', async () => {
    const body = '{"valuesStatement":"Be kind \\ud800 and \\u0000 fair"}';
    const patched = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: { ...owner.headers, 'content-type': 'application/json' },
      payload: body,
    });
    expect(patched.statusCode).toBe(200);
    const read = await api.app.inject({ url: '/api/settings', headers: owner.headers });
    expect(read.json().settings.valuesStatement).toBe('Be kind \uFFFD and  fair');
    expect(wellFormedText('a\udc00b\ud83d\ude00')).toBe('a\uFFFDb\ud83d\ude00');
    expect(wellFormedValue({ 'k\ud800': ['\u0000x', { y: '\udfff' }], n: 1 })).toEqual({
      'k\uFFFD': ['x', { y: '\uFFFD' }],
      n: 1,
    });
    const raw = Buffer.from('\u0000');
    expect(wellFormedValue(raw)).toBe(raw);
  });

  it('refuses unknown fields instead of dropping them (and changes nothing)', async () => {
    const before = (await api.app.inject({ url: '/api/settings', headers: owner.headers })).json();
    const bogus = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: owner.headers,
      payload: { bogus: 1 },
    });
    expect(bogus.statusCode).toBe(400);
    const mixed = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: { ...owner.headers, 'accept-language': 'en' },
      payload: { graceDays: 9, bogus: 1 },
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.fields).toEqual([{ field: 'bogus', message: 'bogus is not allowed' }]);
    const nested = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: owner.headers,
      payload: { graceDays: 9, fee: { amount: '10', currency: 'CNY', extra: true } },
    });
    expect(nested.statusCode).toBe(400);
    expect((await api.app.inject({ url: '/api/settings', headers: owner.headers })).json()).toEqual(before);
  });

  it('explains how to build the panel at / when it has not been built, instead of a JSON 404', async () => {
    for (const url of ['/', '/members/123']) {
      const page = await api.app.inject({ url, headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(503);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('pnpm build');
      expect(page.body).toContain('管理后台尚未构建');
    }
    const api404 = await api.app.inject({ url: '/api/nothing-here', headers: owner.headers });
    expect(api404.statusCode).toBe(404);
    expect(api404.json().error.code).toBe('request.not_found');
  });

  it('refuses implausible payment dates (year 9999, 1900) and records nothing', async () => {
    const application = await api.core.submitApplication({
      communityId: club.community.id,
      name: 'Pat Payer',
      email: `${randomIds.code().toLowerCase()}@example.com`,
      answers: [],
      valuesPledge: true,
      locale: 'en',
    });
    const { memberId } = await api.core.approveApplication({
      actor: club.owner,
      communityId: club.community.id,
      applicationId: application.id,
    });
    for (const paidAt of ['9999-01-01T00:00:00.000Z', '1900-01-01T00:00:00.000Z']) {
      const reply = await api.app.inject({
        method: 'POST',
        url: `/api/members/${memberId}/payments`,
        headers: owner.headers,
        payload: { amount: '140', currency: 'USD', method: 'card', reference: `ref-${paidAt.slice(0, 4)}`, paidAt },
      });
      expect(reply.statusCode).toBe(400);
      expect(reply.json().error.code).toBe('payment.paid_at_implausible');
    }
    const member = await api.app.inject({ url: `/api/members/${memberId}`, headers: owner.headers });
    expect(member.json().payments ?? []).toEqual([]);
  });

  it("bounds a session by its login link's role: a coach link gives an owner a coach session", async () => {
    await api.core.grantStaffRole({
      actor: club.owner,
      communityId: club.community.id,
      memberId: club.ownerId,
      role: 'coach',
    });
    const coach = await signIn(api, club, club.ownerId, 'coach');
    const session = await api.app.inject({ url: '/api/session', headers: coach.headers });
    expect(session.json().roles).toEqual(['coach']);
    const change = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: coach.headers,
      payload: { graceDays: 12 },
    });
    expect(change.statusCode).toBe(403);
    const asOwner = await api.app.inject({ url: '/api/session', headers: owner.headers });
    expect([...asOwner.json().roles].sort()).toEqual(['coach', 'owner']);
  });

  it('refuses a change sent from another site even with the CSRF token', async () => {
    const change = (headers: Record<string, string>) =>
      api.app.inject({
        method: 'PATCH',
        url: '/api/settings',
        headers: { ...owner.headers, ...headers },
        payload: { graceDays: 11 },
      });
    const evil = await change({ origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('auth.csrf_invalid');
    expect((await change({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await change({ origin: 'null' })).statusCode).toBe(403);
    expect((await change({ origin: 'http://panel.test', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
  });
});

function memoryCore(): Core {
  return createCore({
    ...createMemoryRepositories(),
    clock: new ShiftedClock(),
    ids: randomIds,
    messenger: new RecordingMessenger(),
    roleSync: new RecordingRoleSync(),
    jobs: new InMemoryJobQueue(),
  });
}

describe('TRUST_PROXY', () => {
  const PROXY = '127.0.0.1';
  const attempt = (app: FastifyInstance, client: string) =>
    app.inject({ url: '/login?token=wrong', remoteAddress: PROXY, headers: { 'x-forwarded-for': client } });
  const refusal = (reply: { headers: Record<string, unknown> }) => String(reply.headers.location);

  async function server(trustProxy: ApiServerConfig['trustProxy'], lines: string[] = []) {
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    return buildApiServer({
      core: memoryCore(),
      logger,
      config: { publicUrl: 'http://panel.test', ...(trustProxy === undefined ? {} : { trustProxy }) },
      readiness: async () => ({ ok: true, checks: {} }),
    });
  }

  it('off by default: every client behind the proxy shares one login rate limit', async () => {
    const app = await server(undefined);
    try {
      for (let i = 0; i < LOGIN_RATE_LIMIT; i++) await attempt(app, '203.0.113.7');
      expect(refusal(await attempt(app, '198.51.100.9'))).toContain('request.rate_limited');
    } finally {
      await app.close();
    }
  });

  it('on: limits key on the real client address, and failed logins are logged with it', async () => {
    const lines: string[] = [];
    const app = await server(PROXY, lines);
    try {
      for (let i = 0; i < LOGIN_RATE_LIMIT; i++) {
        expect(refusal(await attempt(app, '203.0.113.7'))).toContain('auth.login_link_invalid');
      }
      expect(refusal(await attempt(app, '203.0.113.7'))).toContain('request.rate_limited');
      expect(refusal(await attempt(app, '198.51.100.9'))).toContain('auth.login_link_invalid');
      const failed = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'login refused');
      expect(failed[0]).toMatchObject({ audit: 'login.failed', clientAddress: '203.0.113.7' });
      expect(failed.some((entry) => entry.clientAddress === '198.51.100.9')).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('the request timeout', () => {
  it('answers 503 to a request still waiting past the timeout', async () => {
    const app = await buildApiServer({
      core: memoryCore(),
      config: { publicUrl: 'http://panel.test', requestTimeoutMs: 20 },
      readiness: async () => ({ ok: true, checks: {} }),
      // A table locked by another transaction: the query never returns.
      mount: async (scope) => {
        scope.get('/locked', () => new Promise(() => undefined));
      },
    });
    try {
      const reply = await app.inject({ url: '/locked' });
      expect(reply.statusCode).toBe(503);
      expect(reply.json().error.code).toBe('service.unavailable');
    } finally {
      await app.close();
    }
  });
});
