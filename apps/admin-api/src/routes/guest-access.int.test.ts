import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUEST_ENDPOINTS } from '../auth/guest-scope.hook.js';
import { type Endpoint, endpoints } from '../contract/endpoints.contract.js';
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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

describe('guest experts in the panel on PostgreSQL: routed questions only, 403 everywhere else', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let guestId: string;
  let coachId: string;
  let guest: SignedIn;
  let coach: SignedIn;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core, 'Guest Club 嘉宾');
    coachId = await addStaff(api.core, club, 'Chen Coach', 'coach');
    guestId = await addStaff(api.core, club, 'Gao Guest 高嘉宾', 'guest');
    coach = await signIn(api, club, coachId, 'coach');
    guest = await signIn(api, club, guestId, 'guest');
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  const ask = async (body: string) => (await api.core.askQuestion({ actor: club.owner, body })).id;

  it('refuses a guest every endpoint but its session and its routed questions, before reading the body', async () => {
    const refused: string[] = [];
    for (const endpoint of Object.keys(endpoints) as Endpoint[]) {
      if (GUEST_ENDPOINTS.has(endpoint)) continue;
      const [method, path] = endpoint.split(' ') as [Method, string];
      const url = `/api${path.replace(/:[a-zA-Z]+/g, randomUUID())}`;
      const r = await api.app.inject({
        method,
        url,
        headers: guest.headers,
        ...(method === 'GET' ? {} : { payload: {} }),
      });
      if (r.statusCode !== 403) refused.push(`${endpoint} → ${r.statusCode}`);
    }
    expect(refused).toEqual([]);
    expect((await api.app.inject({ method: 'GET', url: '/api/session', headers: guest.headers })).json()).toMatchObject(
      { roles: ['guest'] },
    );
  });

  it('lets a coach route a question to the guest, who sees and answers only that one, anonymously', async () => {
    const routedId = await ask('How do I enter the Japanese market? 日本市场怎么进？');
    const otherId = await ask('Not for the guest');
    const guests = await api.app.inject({ method: 'GET', url: '/api/guests', headers: coach.headers });
    expect(guests.json().items).toEqual([expect.objectContaining({ id: guestId, displayName: 'Gao Guest 高嘉宾' })]);
    // A guest cannot route, and a coach cannot route to someone who is not a guest.
    expect(
      (
        await api.app.inject({
          method: 'POST',
          url: `/api/questions/${routedId}/route`,
          headers: guest.headers,
          payload: { guestId },
        })
      ).statusCode,
    ).toBe(403);
    const notGuest = await api.app.inject({
      method: 'POST',
      url: `/api/questions/${routedId}/route`,
      headers: coach.headers,
      payload: { guestId: coachId },
    });
    expect(notGuest.statusCode).toBe(400);
    const routed = await api.app.inject({
      method: 'POST',
      url: `/api/questions/${routedId}/route`,
      headers: coach.headers,
      payload: { guestId },
    });
    expect(routed.statusCode).toBe(200);
    expect(routed.json()).toMatchObject({ status: 'claimed', claimedBy: { id: guestId } });

    const mine = await api.app.inject({ method: 'GET', url: '/api/questions?status=waiting', headers: guest.headers });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((q: { id: string }) => q.id)).toEqual([routedId]);
    expect(mine.json().items[0].member).toBeNull();

    const other = await api.app.inject({
      method: 'POST',
      url: `/api/questions/${otherId}/answer`,
      headers: guest.headers,
      payload: { answer: 'Trying anyway' },
    });
    expect(other.statusCode).toBe(404);
    expect((await store.repos.questions.get(club.community.id, otherId))?.status).toBe('open');

    const answered = await api.app.inject({
      method: 'POST',
      url: `/api/questions/${routedId}/answer`,
      headers: guest.headers,
      payload: { answer: 'Start with a distributor in Osaka. 先找大阪的代理商。' },
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answeredBy: null });
    const stored = await store.repos.questions.get(club.community.id, routedId);
    expect(stored?.answeredBy).toBe(guestId);
    const contributions = await store.repos.contributions.listForMember(club.community.id, guestId);
    expect(contributions.map((c) => [c.kind, c.sourceId])).toEqual([['answer', routedId]]);
  });
});
