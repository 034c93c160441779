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

describe('a member’s settings on the member page (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let moderator: SignedIn;
  let coach: SignedIn;
  let memberId: string;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core);
    moderator = await signIn(api, club, await addStaff(api.core, club, 'Mo Moderator', 'moderator'), 'moderator');
    coach = await signIn(api, club, await addStaff(api.core, club, 'Cody Coach', 'coach'), 'coach');
    memberId = await addStaff(api.core, club, 'Nina Member', 'coach');
  });

  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  const url = () => `/api/members/${memberId}/settings`;

  it('shows staff the member’s settings and saves a change (audited)', async () => {
    const read = await api.app.inject({ method: 'GET', url: url(), headers: moderator.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ memberId, locale: 'en', introductions: 'on', leaderboard: false });

    const changed = await api.app.inject({
      method: 'PATCH',
      url: url(),
      headers: moderator.headers,
      payload: { timezone: 'Europe/Berlin', leaderboard: true, introductions: 'off', locale: 'zh-CN' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ timezone: 'Europe/Berlin', leaderboard: true, introductions: 'off' });
    const audit = await api.core.listAuditEntries({
      actor: club.owner,
      communityId: club.community.id,
      targetId: memberId,
    });
    expect(audit.items.map((e) => e.action)).toContain('member.settings');
  });

  it('refuses a bad value in the reader’s language and changes nothing; coaches may not look', async () => {
    const bad = await api.app.inject({
      method: 'PATCH',
      url: url(),
      headers: { ...moderator.headers, 'accept-language': 'zh-CN' },
      payload: { timezone: 'Mars/Olympus', leaderboard: false },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    const after = await api.app.inject({ method: 'GET', url: url(), headers: moderator.headers });
    expect(after.json()).toMatchObject({ timezone: 'Europe/Berlin', leaderboard: true });

    const denied = await api.app.inject({ method: 'GET', url: url(), headers: coach.headers });
    expect(denied.statusCode).toBe(403);
  });
});
