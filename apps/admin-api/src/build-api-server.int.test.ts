import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Core } from '@snowball/core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireSession } from './auth/require-session.js';
import { withRawBody } from './http/raw-body.js';
import { createClub, signIn, startTestApi, type TestApi, type TestClub } from './testing/api-test-kit.js';
import { ensurePanelBuilt } from './testing/build-panel.js';
import { openTestRepositories, type TestRepositories } from './testing/test-repositories.js';

describe('the admin API server (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let ready = true;
  const logLines: string[] = [];

  beforeAll(async () => {
    store = await openTestRepositories();
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          logLines.push(String(chunk));
          done();
        },
      }),
    );
    api = await startTestApi(store.repos, {
      logger,
      webRoot: ensurePanelBuilt(),
      readiness: async () =>
        ready
          ? { ok: true, checks: { postgres: { ok: true }, redis: { ok: true } } }
          : { ok: false, checks: { postgres: { ok: true }, redis: { ok: false, reason: 'connection refused' } } },
      // One use case fails the way a bug or an outage would, to prove 5xx bodies stay generic.
      wrapCore: (core) =>
        ({
          ...core,
          getDashboard: async () => {
            throw new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2');
          },
        }) as Core,
      // What the lead's `/slack/events` and `/admin/queues` will look like.
      mount: async (app) => {
        await withRawBody(app, (scope) => {
          scope.post('/hooks/echo', async (request) => ({
            raw: request.rawBody,
            body: request.body,
            signature: createHmac('sha256', 'secret')
              .update(request.rawBody ?? '')
              .digest('hex'),
          }));
        });
        await app.register(async (scope) => {
          scope.addHook('onRequest', async (request) => {
            await requireSession(request);
          });
          scope.get('/admin/queues', async (request) => ({ member: (await requireSession(request)).member.id }));
        });
      },
    });
    club = await createClub(api.core);
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  it('reports liveness and readiness (503 with the failing checks)', async () => {
    expect((await api.app.inject({ url: '/healthz' })).json()).toEqual({ ok: true });
    const up = await api.app.inject({ url: '/readyz' });
    expect(up.statusCode).toBe(200);
    ready = false;
    const down = await api.app.inject({ url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json().checks.redis).toEqual({ ok: false, reason: 'connection refused' });
    ready = true;
  });

  it('hides internals in 5xx answers, and logs them with the request id', async () => {
    const owner = await signIn(api, club, club.ownerId, 'owner');
    const response = await api.app.inject({ url: '/api/dashboard', headers: owner.headers });
    expect(response.statusCode).toBe(500);
    const error = response.json().error;
    expect(error.code).toBe('internal.unexpected');
    expect(error.message).toBe('系统出了点问题，请稍后再试。');
    expect(response.body).not.toMatch(/hunter2|ECONNREFUSED|stack|at /);
    expect(response.headers['x-request-id']).toBe(error.requestId);
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.reqId === error.requestId && l.level >= 50);
    expect(logged?.err?.message).toContain('ECONNREFUSED');
  });

  it('sends security headers: a CSP for the panel’s own scripts and styles only', async () => {
    const response = await api.app.inject({ url: '/' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves the panel: index.html for panel paths, cached hashed assets, JSON 404 for the API', async () => {
    const home = await api.app.inject({ url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.headers['cache-control']).toBe('no-cache');
    const deep = await api.app.inject({ url: '/members/0d0d2a4e-3c1b-4c7b-9a77-8cda6f1e0c11' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toBe(home.body);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(home.body)?.[1] ?? '';
    const script = await api.app.inject({ url: asset });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await api.app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    const unknown = await api.app.inject({ url: '/api/nothing', headers: { 'accept-language': 'zh-CN' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'request.not_found', message: '找不到该页面或接口。' });
  });

  it('publishes an OpenAPI document of every /api route with its schemas, and its UI', async () => {
    const doc = (await api.app.inject({ url: '/api/docs/json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/session',
      '/api/dashboard',
      '/api/applications',
      '/api/applications/{id}/approve',
      '/api/applications/{id}/payment',
      '/api/members',
      '/api/members/{id}',
      '/api/members/{id}/notes',
      '/api/members/{id}/payments',
      '/api/members/{id}/extensions',
      '/api/questions',
      '/api/questions/{id}/answer',
      '/api/audit',
      '/api/settings',
      '/api/staff',
      '/api/staff/{memberId}/roles/{role}',
      '/api/staff/{memberId}/login-link',
      '/login',
    ]) {
      expect(paths).toContain(path);
    }
    for (const [path, operations] of Object.entries(doc.paths) as [string, Record<string, { responses: object }>][]) {
      if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['4XX', '5XX']));
      }
    }
    const ui = await api.app.inject({ url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('lets mounted routes read the raw body and the admin session', async () => {
    const raw = '{"type":"event_callback","text":"你好"}';
    const echo = await api.app.inject({
      method: 'POST',
      url: '/hooks/echo',
      headers: { 'content-type': 'application/json' },
      payload: raw,
    });
    expect(echo.json()).toEqual({
      raw,
      body: { type: 'event_callback', text: '你好' },
      signature: createHmac('sha256', 'secret').update(raw).digest('hex'),
    });
    const form = await api.app.inject({
      method: 'POST',
      url: '/hooks/echo',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'command=%2Fask&text=hi+there',
    });
    expect(form.json()).toMatchObject({
      raw: 'command=%2Fask&text=hi+there',
      body: { command: '/ask', text: 'hi there' },
    });
    // Elsewhere bodies are parsed as usual and have no raw copy.
    const owner = await signIn(api, club, club.ownerId, 'owner');
    expect(
      (
        await api.app.inject({
          method: 'PUT',
          url: `/api/members/${club.ownerId}/notes`,
          headers: owner.headers,
          payload: { notes: 'x' },
        })
      ).statusCode,
    ).toBe(200);

    expect((await api.app.inject({ url: '/admin/queues' })).statusCode).toBe(401);
    const queues = await api.app.inject({ url: '/admin/queues', headers: { cookie: owner.cookie } });
    expect(queues.json()).toEqual({ member: club.ownerId });
  });
});
