import type { Actor } from '@snowball/core';
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

type Queued = {
  id: string;
  status: string;
  awaitingMemberSince?: string | null;
  thread?: { from: string; body: string }[];
};

describe('follow-ups in the panel, on PostgreSQL', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let coach: SignedIn;
  let guest: SignedIn;
  let guestId: string;
  let asker: Actor;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core, 'Follow Club 追问');
    coach = await signIn(api, club, await addStaff(api.core, club, 'Chen Coach', 'coach'), 'coach');
    guestId = await addStaff(api.core, club, 'Gao Guest', 'guest');
    guest = await signIn(api, club, guestId, 'guest');
    // The owner asks (staff need no membership), and replies as the asking member.
    asker = club.owner;
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  const followUp = (who: SignedIn, id: string, body: string) =>
    api.app.inject({ method: 'POST', url: `/api/questions/${id}/follow-up`, headers: who.headers, payload: { body } });
  const queue = async (who: SignedIn, status: string) =>
    (await api.app.inject({ method: 'GET', url: `/api/questions?status=${status}`, headers: who.headers })).json<{
      items: Queued[];
    }>().items;

  it('a coach asks, the member’s reply shows under the question, which waits for a coach again', async () => {
    const q = await api.core.askQuestion({ actor: asker, body: 'Which CRM? 用什么 CRM？' });
    const sent = await followUp(coach, q.id, 'How many salespeople? <img src=x onerror=alert(1)>');
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'claimed', claimedBy: { displayName: 'Chen Coach' } });
    expect(sent.json().awaitingMemberSince).toBeTruthy();
    expect(['sent', 'failed', 'skipped']).toContain(sent.json().delivery);

    let [listed] = (await queue(coach, 'claimed')).filter((x) => x.id === q.id);
    expect(listed?.thread).toEqual([
      expect.objectContaining({ from: 'coach', body: 'How many salespeople? <img src=x onerror=alert(1)>' }),
    ]);

    await api.core.replyToQuestion({ actor: asker, body: 'Three, 三个' });
    [listed] = (await queue(coach, 'claimed')).filter((x) => x.id === q.id);
    expect(listed?.awaitingMemberSince ?? null).toBeNull();
    expect(listed?.thread?.map((m) => [m.from, m.body])).toEqual([
      ['coach', 'How many salespeople? <img src=x onerror=alert(1)>'],
      ['member', 'Three, 三个'],
    ]);

    const empty = await followUp(coach, q.id, '');
    expect(empty.statusCode).toBe(400);
  });

  it('a guest follows up only on questions routed to them', async () => {
    const routed = await api.core.askQuestion({ actor: asker, body: 'Routed to the guest' });
    const other = await api.core.askQuestion({ actor: asker, body: 'Not routed' });
    const route = await api.app.inject({
      method: 'POST',
      url: `/api/questions/${routed.id}/route`,
      headers: coach.headers,
      payload: { guestId },
    });
    expect(route.statusCode).toBe(200);
    expect((await followUp(guest, other.id, 'peek?')).statusCode).toBe(404);
    const mine = await followUp(guest, routed.id, 'Which market first?');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ member: null, claimedBy: null });
    const [listed] = await queue(guest, 'claimed');
    expect(listed?.thread?.map((m) => m.body)).toEqual(['Which market first?']);
  });
});
