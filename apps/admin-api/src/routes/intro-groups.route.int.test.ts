import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPaidMember,
  addStaff,
  createClub,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('group introductions of three from the panel API on PostgreSQL', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let moderator: SignedIn;
  let coach: SignedIn;
  let members: string[];

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core, 'Trio Club 三方');
    const moderatorId = await addStaff(api.core, club, 'Mo Moderator', 'moderator');
    moderator = await signIn(api, club, moderatorId, 'moderator');
    const coachId = await addStaff(api.core, club, 'Chen Coach', 'coach');
    coach = await signIn(api, club, coachId, 'coach');
    members = [];
    for (const name of ['Ada', 'Bo', 'Cy']) members.push(await addPaidMember(api.core, club, name));
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  const propose = (who: SignedIn, payload: Record<string, unknown>) =>
    api.app.inject({ method: 'POST', url: '/api/introductions/groups', headers: who.headers, payload });

  it('creates the group for a moderator, refuses others and bad bodies, and never pairs a pair twice', async () => {
    const reason = 'Ada sells abroad; Bo ships and Cy collects payments';
    const forbidden = await propose(coach, { memberIds: members, reason });
    expect(forbidden.statusCode).toBe(403);
    const short = await propose(moderator, { memberIds: members.slice(0, 2), reason });
    expect(short.statusCode).toBe(400);
    const same = await propose(moderator, { memberIds: [members[0], members[0], members[1]], reason });
    expect([same.statusCode, same.json().error.code]).toEqual([400, 'intro.trio_members']);

    const created = await propose(moderator, { memberIds: members, reason });
    expect(created.statusCode).toBe(201);
    const { groupId, introductionIds } = created.json();
    expect(introductionIds).toHaveLength(3);
    const pairs = await store.repos.introductions.listGroup(club.community.id, groupId);
    expect(pairs.map((p) => [p.status, p.reason])).toEqual(Array(3).fill(['proposed', reason]));

    const again = await propose(moderator, { memberIds: members, reason });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'intro.trio_pair_exists']);
    // The panel's list shows the group once, naming its three members with their answers.
    const list = await api.app.inject({
      method: 'GET',
      url: '/api/introductions?status=proposed',
      headers: moderator.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(1);
    const [entry] = list.json().items;
    expect(introductionIds).toContain(entry.id);
    expect(entry.group.groupId).toBe(groupId);
    expect(entry.group.status).toBe('proposed');
    expect(entry.group.members.map((m: { member: { displayName: string } }) => m.member.displayName).sort()).toEqual([
      'Ada',
      'Bo',
      'Cy',
    ]);
    expect(entry.group.members.map((m: { answer: string }) => m.answer)).toEqual(['pending', 'pending', 'pending']);
    expect(entry.reason).toBe(reason);
  });

  it('lets the owner turn groups of three on in the settings (off by default)', async () => {
    const owner = await signIn(api, club, club.ownerId, 'owner');
    const before = await api.app.inject({ method: 'GET', url: '/api/settings', headers: owner.headers });
    expect(before.json().settings.groupIntros ?? false).toBe(false);
    const patched = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: owner.headers,
      payload: { groupIntros: true },
    });
    expect(patched.statusCode).toBe(200);
    const after = await api.app.inject({ method: 'GET', url: '/api/settings', headers: owner.headers });
    expect(after.json().settings.groupIntros).toBe(true);
    expect((await store.repos.communities.get(club.community.id))?.settings.groupIntros).toBe(true);
  });
});
