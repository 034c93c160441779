import { Writable } from 'node:stream';
import { systemActor } from '@snowball/core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, signIn, startTestApi, type TestApi, type TestClub } from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';
import { API_RATE_LIMIT } from './api.plugin.js';
import { LOGIN_RATE_LIMIT } from './login.route.js';

describe('login links, sessions and CSRF (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  const logLines: string[] = [];

  const issue = async () =>
    (
      await api.core.issueLoginLink({
        actor: systemActor(club.community.id, 'test'),
        communityId: club.community.id,
        memberId: club.ownerId,
        role: 'owner',
      })
    ).token;

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
    api = await startTestApi(store.repos, { logger });
    club = await createClub(api.core);
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  it('redeems a link once: a session cookie (HttpOnly, SameSite=Strict, Path=/) and a redirect to the panel', async () => {
    const token = await issue();
    const first = await api.app.inject({ url: `/login?token=${token}` });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['cache-control']).toBe('no-store');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/^snowball_session=[\w-]{20,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Expires=');
    expect(cookie).not.toContain('Secure');

    const again = await api.app.inject({ url: `/login?token=${token}` });
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe('/?login_error=auth.login_link_invalid');
    expect(again.headers['set-cookie']).toBeUndefined();

    const session = await api.app.inject({ url: '/api/session', headers: { cookie: cookie.split(';')[0] } });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ roles: ['owner'], community: { id: club.community.id } });
    // The one-time token never reaches the logs.
    expect(logLines.join('\n')).not.toContain(token);
    expect(logLines.join('\n')).toContain('token=[redacted]');
  });

  it('refuses expired links, and does not spend links on link-preview robots or HEAD requests', async () => {
    const token = await issue();
    const robot = await api.app.inject({
      url: `/login?token=${token}`,
      headers: { 'user-agent': 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)' },
    });
    expect(robot.statusCode).toBe(200);
    expect(robot.headers['set-cookie']).toBeUndefined();
    const head = await api.app.inject({ method: 'HEAD', url: `/login?token=${token}` });
    expect(head.headers['set-cookie']).toBeUndefined();
    expect((await api.app.inject({ url: `/login?token=${token}` })).headers.location).toBe('/');

    const late = await issue();
    api.ports.clock.advance(11 * 60_000);
    const expired = await api.app.inject({ url: `/login?token=${late}` });
    expect(expired.headers.location).toBe('/?login_error=auth.login_link_expired');
    const missing = await api.app.inject({ url: '/login' });
    expect(missing.headers.location).toBe('/?login_error=auth.login_link_invalid');
  });

  it('answers 401 without a session, with an unknown one, and after expiry; sign-out ends the session', async () => {
    const none = await api.app.inject({ url: '/api/dashboard' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toMatchObject({ code: 'auth.not_signed_in' });
    const forged = await api.app.inject({ url: '/api/dashboard', headers: { cookie: 'snowball_session=forged' } });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('auth.session_expired');

    const owner = await signIn(api, club, club.ownerId, 'owner');
    expect((await api.app.inject({ url: '/api/dashboard', headers: owner.headers })).statusCode).toBe(200);
    const out = await api.app.inject({ method: 'POST', url: '/api/session/sign-out', headers: owner.headers });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/snowball_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await api.app.inject({ url: '/api/dashboard', headers: owner.headers })).statusCode).toBe(401);

    const later = await signIn(api, club, club.ownerId, 'owner');
    api.ports.clock.advance(12 * 3_600_000 + 1000);
    const stale = await api.app.inject({ url: '/api/session', headers: later.headers });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().error.code).toBe('auth.session_expired');
  });

  it('checks the CSRF token on every change: missing or wrong → 403, nothing changes', async () => {
    const owner = await signIn(api, club, club.ownerId, 'owner');
    const change = (headers: Record<string, string>) =>
      api.app.inject({ method: 'PATCH', url: '/api/settings', headers, payload: { graceDays: 3 } });
    const missing = await change({ cookie: owner.cookie });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('auth.csrf_invalid');
    const wrong = await change({ cookie: owner.cookie, 'x-csrf-token': `${owner.csrfToken}x` });
    expect(wrong.statusCode).toBe(403);
    const other = await signIn(api, club, club.ownerId, 'owner');
    expect((await change({ cookie: owner.cookie, 'x-csrf-token': other.csrfToken })).statusCode).toBe(403);
    const settings = await api.app.inject({ url: '/api/settings', headers: { cookie: owner.cookie } });
    expect(settings.json().settings.graceDays).toBe(7);
    expect((await change(owner.headers)).statusCode).toBe(200);
    // An anonymous change is refused as not signed in, before its body is even validated.
    const anonymous = await api.app.inject({ method: 'PATCH', url: '/api/settings', payload: { graceDays: 'x' } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('rate-limits login-link redemption strictly', async () => {
    const attempts = [];
    for (let i = 0; i <= LOGIN_RATE_LIMIT; i++) {
      attempts.push(await api.app.inject({ url: '/login?token=guess', remoteAddress: '203.0.113.9' }));
    }
    const last = attempts.at(-1);
    expect(last?.headers.location).toBe('/?login_error=request.rate_limited');
    expect(last?.headers['retry-after']).toBeDefined();
    const elsewhere = await api.app.inject({ url: '/login?token=guess', remoteAddress: '203.0.113.10' });
    expect(elsewhere.headers.location).toBe('/?login_error=auth.login_link_invalid');
  });

  it('rate-limits the API per address, with a 429 in the request’s language', async () => {
    const owner = await signIn(api, club, club.ownerId, 'owner');
    const call = () =>
      api.app.inject({
        url: '/api/session',
        remoteAddress: '198.51.100.7',
        headers: { ...owner.headers, 'accept-language': 'zh-CN' },
      });
    for (let i = 0; i < API_RATE_LIMIT; i++) expect((await call()).statusCode).toBe(200);
    const limited = await call();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'request.rate_limited', message: '请求过于频繁，请稍后再试。' });
    expect((await api.app.inject({ url: '/healthz', remoteAddress: '198.51.100.7' })).statusCode).toBe(200);
  });
});

describe('session cookie over https', () => {
  it('uses the __Host- prefix with Secure, and HSTS', async () => {
    const store = await openTestRepositories();
    const api = await startTestApi(store.repos, { secure: true });
    try {
      const club = await createClub(api.core);
      const { token } = await api.core.issueLoginLink({
        actor: systemActor(club.community.id, 'test'),
        communityId: club.community.id,
        memberId: club.ownerId,
        role: 'owner',
      });
      const login = await api.app.inject({ url: `/login?token=${token}` });
      const cookie = String(login.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-snowball_session=/);
      expect(cookie).toContain('Secure');
      expect(cookie).not.toContain('Domain=');
      expect(login.headers['strict-transport-security']).toContain('max-age=');
      const session = await api.app.inject({ url: '/api/session', headers: { cookie: cookie.split(';')[0] } });
      expect(session.statusCode).toBe(200);
      // The plain name means nothing to an https server.
      const plain = cookie.split(';')[0]?.replace('__Host-', '') ?? '';
      expect((await api.app.inject({ url: '/api/session', headers: { cookie: plain } })).statusCode).toBe(401);
    } finally {
      await api.app.close();
      await store.close();
    }
  });
});
