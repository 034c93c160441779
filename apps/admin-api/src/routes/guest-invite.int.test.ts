import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addStaff,
  createClub,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('inviting a guest expert who is not a member, on PostgreSQL', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let owner: SignedIn;
  let coach: SignedIn;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core, 'Invite Club 邀请');
    owner = await signIn(api, club, club.ownerId, 'owner');
    coach = await signIn(api, club, await addStaff(api.core, club, 'Chen Coach', 'coach'), 'coach');
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  const invite = (who: SignedIn, payload: Record<string, unknown>) =>
    api.app.inject({ method: 'POST', url: '/api/staff/guests', headers: who.headers, payload });

  it('gives the owner a one-time guest sign-in link; the guest signs in with guest rights only', async () => {
    const response = await invite(owner, { displayName: 'Mira Expert 米拉', email: 'mira@example.com', locale: 'en' });
    expect(response.statusCode).toBe(201);
    const body = response.json<{ memberId: string; created: boolean; loginUrl: string; expiresAt: string }>();
    expect(body.created).toBe(true);
    const url = new URL(body.loginUrl);
    expect(url.pathname).toBe('/login');

    const login = await api.app.inject({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      remoteAddress: '10.9.8.7',
    });
    expect(login.statusCode).toBe(303);
    const cookie = ([login.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? '';
    const session = await api.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ roles: ['guest'] });
    const headers = { cookie, 'x-csrf-token': session.json<{ csrfToken: string }>().csrfToken };
    for (const path of ['/api/staff', '/api/members', '/api/library', '/api/faq', '/api/dashboard']) {
      expect([path, (await api.app.inject({ method: 'GET', url: path, headers })).statusCode]).toEqual([path, 403]);
    }
    expect((await api.app.inject({ method: 'GET', url: '/api/questions', headers })).statusCode).toBe(200);
    expect((await api.app.inject({ method: 'POST', url: '/api/staff/guests', headers, payload: {} })).statusCode).toBe(
      403,
    );
    // The link worked once.
    const reused = await api.app.inject({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      remoteAddress: '10.9.8.6',
    });
    expect(reused.headers['set-cookie']).toBeUndefined();

    const guests = await api.app.inject({ method: 'GET', url: '/api/guests', headers: coach.headers });
    expect(guests.json().items).toEqual([
      expect.objectContaining({ id: body.memberId, displayName: 'Mira Expert 米拉' }),
    ]);
  });

  it('refuses coaches, and bad input with a message in the caller’s terms, storing nothing', async () => {
    const before = (await store.repos.staff.list(club.community.id)).length;
    expect((await invite(coach, { displayName: 'X', email: 'x@example.com' })).statusCode).toBe(403);
    const none = await invite(owner, { displayName: 'No Contact' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toBe('请填写嘉宾的邮箱或平台账号（至少一项）。');
    const badEmail = await invite(owner, { displayName: 'Bad', email: 'not-an-email' });
    expect(badEmail.statusCode).toBe(400);
    const noWorkspace = await invite(owner, { displayName: 'Dee', platform: 'discord', platformUserId: '4242' });
    expect(noWorkspace.statusCode).toBe(400);
    expect((await store.repos.staff.list(club.community.id)).length).toBe(before);
  });
});
