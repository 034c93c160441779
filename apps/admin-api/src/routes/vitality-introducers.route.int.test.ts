import type { Actor } from '@snowball/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPaidMember as addPaidMemberToClub,
  addStaff,
  createClub,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('deals per introducer in GET /api/vitality/figures (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core, 'Introducer Club 引荐');
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  async function addPaidMember(name: string): Promise<Actor & { kind: 'member' }> {
    const memberId = await addPaidMemberToClub(api.core, club, name);
    return { kind: 'member', communityId: club.community.id, memberId, roles: [] };
  }

  it('names the moderator who introduced a group, credits them once for a confirmed deal, and lists their deals', async () => {
    const communityId = club.community.id;
    const moderatorId = await addStaff(api.core, club, 'Mo Moderator', 'moderator');
    const moderator = await signIn(api, club, moderatorId, 'moderator');
    const [ada, bo, cy] = [await addPaidMember('Ada'), await addPaidMember('Bo'), await addPaidMember('Cy')];
    const created = await api.app.inject({
      method: 'POST',
      url: '/api/introductions/groups',
      headers: moderator.headers,
      payload: { memberIds: [ada.memberId, bo.memberId, cy.memberId], reason: 'Ada sells, Bo ships, Cy collects' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const pairs = await store.repos.introductions.listGroup(communityId, created.json().groupId);
    expect(pairs.map((p) => p.introducerId)).toEqual([moderatorId, moderatorId, moderatorId]);
    for (const m of [ada, bo, cy]) {
      const mine = pairs.find((p) => p.memberA === m.memberId || p.memberB === m.memberId);
      await api.core.respondToIntro({ actor: m, communityId, introductionId: mine?.id ?? '', answer: 'accept' });
    }
    const adaBo = pairs.find((p) => [p.memberA, p.memberB].sort().join() === [ada.memberId, bo.memberId].sort().join());
    const deal = await api.core.recordDeal({
      actor: ada,
      communityId,
      introductionId: adaBo?.id ?? '',
      amountMinor: 2_500_00,
      currency: 'CNY',
    });
    const credited = async () =>
      (await store.repos.contributions.listForMember(communityId, moderatorId)).filter((c) => c.kind === 'deal');
    expect(await credited()).toEqual([]);
    await api.core.confirmDeal({ actor: bo, communityId, dealId: deal.id });
    await api.core.confirmDeal({ actor: bo, communityId, dealId: deal.id });
    expect((await credited()).map((c) => c.sourceId)).toEqual([deal.id]);

    const figures = await api.app.inject({ method: 'GET', url: '/api/vitality/figures', headers: moderator.headers });
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json().dealsByIntroducer).toEqual([
      { introducerId: moderatorId, introducerName: 'Mo Moderator', currency: 'CNY', count: 1, amountMinor: 2_500_00 },
    ]);
    expect(figures.json().dealsByQuarter).toEqual([expect.objectContaining({ currency: 'CNY', count: 1 })]);
    const expected = await api.core.getVitalityFigures({
      actor: { kind: 'member', communityId, memberId: moderatorId, roles: ['moderator'] },
      communityId,
    });
    expect({ ...figures.json(), asOf: null }).toEqual(JSON.parse(JSON.stringify({ ...expected, asOf: null })));

    // Without a session: nothing.
    expect((await api.app.inject({ method: 'GET', url: '/api/vitality/figures' })).statusCode).toBe(401);
  });
});
