import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createClub, signIn, startTestApi, type TestApi, type TestClub } from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('GET /api/vitality (PostgreSQL)', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let other: TestClub;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core);
    other = await createClub(api.core);
  });

  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  it('gives staff the stored daily summary of their own club, the same numbers the core computed', async () => {
    const coachId = await addStaff(api.core, club, 'Coach 教练', 'coach');
    await api.core.recordPayment({
      actor: club.owner,
      communityId: club.community.id,
      memberId: coachId,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'cash',
      reference: 'vitality-1',
    });
    await api.ports.contributions.record({
      id: api.ports.ids.id(),
      communityId: club.community.id,
      memberId: coachId,
      kind: 'answer',
      sourceId: 'q-1',
      points: 3,
      at: api.ports.clock.now(),
    });
    await api.core.refreshVitality({ communityId: club.community.id });
    await api.core.refreshVitality({ communityId: other.community.id });
    const coach = await signIn(api, club, coachId, 'coach');

    const response = await api.app.inject({ method: 'GET', url: '/api/vitality?days=7', headers: coach.headers });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const expected = await api.core.getVitality({
      actor: { kind: 'member', communityId: club.community.id, memberId: coachId, roles: ['coach'] },
      communityId: club.community.id,
      days: 7,
    });
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.timezone).toBe('Asia/Shanghai');
    expect(body.computedThrough).toBe(body.toDay);
    expect(body.days.at(-1)).toMatchObject({ day: body.toDay, members: 1, contributors30: 1, newContributors30: 1 });
    expect(body.days.length).toBeLessThanOrEqual(7);

    const cohorts = await api.app.inject({ method: 'GET', url: '/api/vitality/cohorts', headers: coach.headers });
    expect(cohorts.statusCode, cohorts.body).toBe(200);
    expect(cohorts.json().cohorts).toEqual([
      expect.objectContaining({ month: body.toDay.slice(0, 7), members: 1, contributed: 1, contributedShare: 1 }),
    ]);
    expect(cohorts.json().cohorts[0]).toMatchObject({ matured: 0, retainedShare: null, renewalRate: null });

    const referrals = await api.app.inject({ method: 'GET', url: '/api/vitality/referrals', headers: coach.headers });
    expect(referrals.statusCode, referrals.body).toBe(200);
    // The coach applied without a referrer, was approved and paid.
    expect(referrals.json()).toEqual({
      funnel: {
        referred: { applied: 0, approved: 0, paid: 0, renewalDue: 0, renewed: 0 },
        direct: { applied: 1, approved: 1, paid: 1, renewalDue: 0, renewed: 0 },
      },
      tree: [],
      truncated: false,
    });

    const figures = await api.app.inject({ method: 'GET', url: '/api/vitality/figures', headers: coach.headers });
    expect(figures.statusCode, figures.body).toBe(200);
    const month = body.toDay.slice(0, 7);
    // The coach is the club's one contributor (top quarter, gave today) and paid a year: nobody is at risk.
    expect(figures.json()).toMatchObject({
      timezone: 'Asia/Shanghai',
      atRisk: { silentContributors: 0, renewalsWithoutActivity: 0 },
      dealsByQuarter: [],
      activation: { newMembers: 0, activated: 0, share: null }, // the coach joined today
    });
    expect(figures.json().newContributorsByMonth).toHaveLength(12);
    expect(figures.json().newContributorsByMonth.at(-1)).toEqual({ month, count: 1 });
  });

  it('answers 401 without a session (every route) and 400 for a range outside 1 to 730 days', async () => {
    for (const url of ['/api/vitality', '/api/vitality/cohorts', '/api/vitality/referrals']) {
      expect((await api.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    const owner = await signIn(api, club, club.ownerId, 'owner');
    for (const days of ['0', '731', 'x']) {
      const bad = await api.app.inject({ method: 'GET', url: `/api/vitality?days=${days}`, headers: owner.headers });
      expect(bad.statusCode, bad.body).toBe(400);
      expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['days']);
    }
  });
});
