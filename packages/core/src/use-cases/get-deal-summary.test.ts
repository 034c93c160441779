import { describe, expect, it } from 'vitest';
import { figuresClub } from '../testing/figures-club.js';

describe('getDealSummary', () => {
  it('lists deals with both names and totals per quarter and currency, never adding currencies together', async () => {
    const { ports, core, communityId, intro, member, club } = await figuresClub();
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
    const { core, communityId, member, club } = await figuresClub();
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
