import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { type Introduction, orderedPair } from '../domain/introduction.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub } from '../testing/network-club.js';

// Deals, the dashboard's network figures and endorsements, on a small club with hand-made introductions.
async function setup() {
  const ports = createTestPorts();
  ports.clock.set('2026-01-02T00:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, [
    { name: '李雷', locale: 'zh-CN' },
    { name: 'Sam Tan', locale: 'en' },
    { name: '韩梅梅', locale: 'zh-CN' },
    { name: 'Ada Angel', locale: 'en' },
    { name: 'Mia Mod', roles: ['moderator'] },
    { name: 'Lapsed', membership: 'lapsed' },
  ]);
  const communityId = club.community.id;
  const intro = async (a: number, b: number, over: Partial<Introduction> = {}) => {
    const [memberA, memberB] = orderedPair(club.members[a]?.id ?? '', club.members[b]?.id ?? '');
    const created: Introduction = {
      id: ports.ids.id(),
      communityId,
      memberA,
      memberB,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: 0.5,
      reason: 'offers ↔ needs',
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      createdAt: ports.clock.now(),
      ...over,
    };
    await ports.introductions.create(created);
    return created;
  };
  const member = (i: number) => club.members[i] as (typeof club.members)[number];
  return { ports, core, club, communityId, intro, member };
}

describe('getDealSummary', () => {
  it('lists deals with both names and totals per quarter and currency, never adding currencies together', async () => {
    const { ports, core, communityId, intro, member, club } = await setup();
    const ab = await intro(0, 1, { status: 'introduced', answerA: 'accepted', answerB: 'accepted' });
    const cd = await intro(2, 3, { status: 'introduced', answerA: 'accepted', answerB: 'accepted' });
    ports.clock.set('2026-07-01T00:00:00Z');
    const record = (who: number, introductionId: string, amountMinor: number, currency: string, closedAt: string) =>
      core.recordDeal({
        actor: member(who).actor,
        communityId,
        introductionId,
        amountMinor,
        currency,
        closedAt: new Date(closedAt),
      });
    const first = await record(0, ab.id, 50_000_000, 'CNY', '2026-02-10T00:00:00Z');
    await record(1, ab.id, 2_000_000, 'CNY', '2026-03-31T16:30:00Z'); // 00:30 on 1 April in Shanghai: Q2
    await record(2, cd.id, 300_000, 'USD', '2026-03-01T00:00:00Z');
    await core.confirmDeal({ actor: member(1).actor, communityId, dealId: first.id });

    const summary = await core.getDealSummary({ actor: member(4).actor, communityId, year: 2026 });
    expect(summary.year).toBe(2026);
    expect(summary.deals.total).toBe(3);
    expect(summary.deals.items.map((d) => [d.amountMinor, d.currency])).toEqual([
      [2_000_000, 'CNY'],
      [300_000, 'USD'],
      [50_000_000, 'CNY'],
    ]);
    expect(summary.deals.items[2]).toMatchObject({
      introductionId: ab.id,
      recordedBy: { id: member(0).id, displayName: '李雷' },
      counterpart: { id: member(1).id, displayName: 'Sam Tan' },
      confirmed: true,
    });
    expect(summary.deals.items[0]?.confirmed).toBe(false);
    expect(summary.quarters).toEqual([
      {
        year: 2026,
        quarter: 1,
        currency: 'CNY',
        amountMinor: 50_000_000,
        count: 1,
        confirmedAmountMinor: 50_000_000,
        confirmedCount: 1,
      },
      {
        year: 2026,
        quarter: 1,
        currency: 'USD',
        amountMinor: 300_000,
        count: 1,
        confirmedAmountMinor: 0,
        confirmedCount: 0,
      },
      {
        year: 2026,
        quarter: 2,
        currency: 'CNY',
        amountMinor: 2_000_000,
        count: 1,
        confirmedAmountMinor: 0,
        confirmedCount: 0,
      },
    ]);
    expect(summary.totals).toEqual([
      { currency: 'CNY', amountMinor: 52_000_000, count: 2, confirmedAmountMinor: 50_000_000, confirmedCount: 1 },
      { currency: 'USD', amountMinor: 300_000, count: 1, confirmedAmountMinor: 0, confirmedCount: 0 },
    ]);

    // Another year has nothing; a page keeps the totals of the whole period.
    expect((await core.getDealSummary({ actor: club.owner, communityId, year: 2025 })).totals).toEqual([]);
    const page = await core.getDealSummary({ actor: club.owner, communityId, limit: 1, offset: 1 });
    expect([page.year, page.deals.total, page.deals.items.map((d) => d.currency)]).toEqual([null, 3, ['USD']]);
    expect(page.totals).toHaveLength(2);
  });

  it('is for moderators and owners only, and checks the year', async () => {
    const { core, communityId, member, club } = await setup();
    await expect(core.getDealSummary({ actor: member(0).actor, communityId })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
    const coach = { ...member(0).actor, roles: ['coach'] as const };
    await expect(core.getDealSummary({ actor: coach, communityId })).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(core.getDealSummary({ actor: club.owner, communityId, year: 20.5 })).rejects.toMatchObject({
      code: 'validation.invalid',
    });
  });
});

describe('getDashboard: network figures', () => {
  it('counts introductions made this year, the acceptance rate, and deals per currency', async () => {
    const { ports, core, communityId, intro, member, club } = await setup();
    // Last year's introduction does not count this year.
    await intro(0, 3, {
      status: 'introduced',
      introducedAt: new Date('2025-12-01T00:00:00Z'),
      createdAt: new Date('2025-11-25T00:00:00Z'),
    });
    ports.clock.set('2026-03-01T00:00:00Z');
    const ab = await intro(0, 1);
    const cd = await intro(2, 3);
    const ac = await intro(0, 2);
    await intro(1, 3);
    await core.respondToIntro({ actor: member(0).actor, communityId, introductionId: ab.id, answer: 'accept' });
    await core.respondToIntro({ actor: member(1).actor, communityId, introductionId: ab.id, answer: 'accept' });
    await core.respondToIntro({ actor: member(2).actor, communityId, introductionId: cd.id, answer: 'accept' });
    await core.respondToIntro({ actor: member(3).actor, communityId, introductionId: cd.id, answer: 'accept' });
    await core.respondToIntro({ actor: member(2).actor, communityId, introductionId: ac.id, answer: 'decline' });
    await core.recordDeal({
      actor: member(0).actor,
      communityId,
      introductionId: ab.id,
      amountMinor: 800_000,
      currency: 'CNY',
    });
    await core.recordDeal({
      actor: member(3).actor,
      communityId,
      introductionId: cd.id,
      amountMinor: 5_000,
      currency: 'usd',
    });

    const dashboard = await core.getDashboard({ actor: club.owner, communityId });
    expect(dashboard.introductions).toEqual({ year: 2026, made: 2, declined: 1, proposed: 1, acceptanceRate: 2 / 3 });
    expect(dashboard.deals).toEqual({
      year: 2026,
      count: 2,
      totals: [
        { currency: 'CNY', amountMinor: 800_000, count: 1 },
        { currency: 'USD', amountMinor: 5_000, count: 1 },
      ],
    });
  });

  it('has no acceptance rate before any introduction was decided', async () => {
    const { core, communityId, intro, club } = await setup();
    await intro(0, 1);
    const dashboard = await core.getDashboard({ actor: club.owner, communityId });
    expect(dashboard.introductions).toMatchObject({ made: 0, declined: 0, proposed: 1, acceptanceRate: null });
  });
});

describe('endorseSupplier', () => {
  it('counts each member once, only for vetted suppliers and members with access', async () => {
    const { core, communityId, member, club } = await setup();
    const supplier = await core.recommendSupplier({
      actor: member(0).actor,
      communityId,
      name: '顺达货代 Shunda Freight',
      categories: ['货代', 'freight forwarding'],
    });
    const endorse = (who: number) =>
      core.endorseSupplier({ actor: member(who).actor, communityId, supplierId: supplier.id });
    await expect(endorse(1)).rejects.toMatchObject({ code: 'supplier.not_found' });
    await core.vetSupplier({ actor: club.owner, communityId, supplierId: supplier.id, decision: 'vetted' });

    const first = await endorse(1);
    expect([first.endorsed, first.supplier.endorsements]).toEqual([true, 1]);
    const again = await endorse(1);
    expect([again.endorsed, again.supplier.endorsements]).toEqual([false, 1]);
    expect((await endorse(2)).supplier.endorsements).toBe(2);
    await expect(endorse(5)).rejects.toMatchObject({ code: 'membership.expired' });
    await expect(
      core.endorseSupplier({
        actor: { kind: 'system', communityId, label: 'job' },
        communityId,
        supplierId: supplier.id,
      }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });

    const [listed] = await core.searchSuppliers({ actor: member(3).actor, communityId, query: '货代' });
    expect(listed?.endorsements).toBe(2);
  });
});
