import { describe, expect, it } from 'vitest';
import type { Deal } from '../domain/deal.js';
import { storeIntroduction } from '../testing/intro-fixture.js';
import { matchingClub } from '../testing/matching-club.js';
import { clubWithMemberIn, MEMBERSHIP_CASES } from '../testing/membership-states.js';

const DAY = 86_400_000;

describe('recordDeal: only while the membership gives access', () => {
  it.each(MEMBERSHIP_CASES)('$state → refused with $refusedWith', async ({ state, refusedWith }) => {
    const { core, ports, communityId, member, other } = await clubWithMemberIn(state);
    const pair = { communityId, memberA: member.memberId, memberB: other.memberId };
    const intro = await storeIntroduction(ports, pair, 'introduced');
    const recording = core.recordDeal({
      actor: member,
      communityId,
      introductionId: intro.id,
      amountMinor: 500_000,
      currency: 'CNY',
    });
    if (refusedWith) {
      await expect(recording).rejects.toMatchObject({ code: refusedWith });
      expect(await ports.introductions.listDeals(communityId)).toEqual([]);
      expect(await ports.contributions.listForMember(communityId, member.memberId)).toEqual([]);
    } else {
      const deal = await recording;
      expect((await ports.introductions.listDeals(communityId)).map((d) => d.id)).toEqual([deal.id]);
    }
  });
});

describe('recordDeal and confirmDeal', () => {
  async function introduced() {
    const ctx = await matchingClub();
    const [lilei, sam] = ctx.club.members;
    const { introductions } = await ctx.core.runMatchingRound({ actor: ctx.system, communityId: ctx.communityId });
    const intro = introductions.find((i) => i.memberA === lilei!.id)!;
    return { ...ctx, lilei: lilei!, sam: sam!, intro };
  }

  it('records a deal from an introduced pair, which the other side confirms', async () => {
    const { core, ports, communityId, lilei, sam, intro } = await introduced();
    const deal = (over: Record<string, unknown> = {}) =>
      core.recordDeal({
        actor: lilei.actor,
        communityId,
        introductionId: intro.id,
        amountMinor: 50_000_000,
        currency: 'cny',
        note: '第一批海运合作',
        ...over,
      });
    await expect(deal()).rejects.toMatchObject({ code: 'deal.not_introduced' });
    await core.respondToIntro({ actor: lilei.actor, communityId, introductionId: intro.id, answer: 'accept' });
    await core.respondToIntro({ actor: sam.actor, communityId, introductionId: intro.id, answer: 'accept' });

    await expect(deal({ amountMinor: 0 })).rejects.toMatchObject({ code: 'deal.invalid_amount' });
    await expect(deal({ amountMinor: 12.5 })).rejects.toMatchObject({ code: 'deal.invalid_amount' });
    await expect(deal({ currency: 'BTC' })).rejects.toMatchObject({ code: 'payment.unknown_currency' });
    await expect(deal({ closedAt: new Date(ports.clock.now().getTime() + DAY) })).rejects.toMatchObject({
      code: 'deal.invalid_date',
    });
    await expect(deal({ note: 'x'.repeat(1001) })).rejects.toMatchObject({ code: 'validation.too_long' });

    const recorded = await deal();
    expect(recorded).toMatchObject({
      introductionId: intro.id,
      recordedBy: lilei.id,
      counterpartId: sam.id,
      amountMinor: 50_000_000,
      currency: 'CNY',
      confirmedByCounterpart: false,
    });
    await expect(core.confirmDeal({ actor: lilei.actor, communityId, dealId: recorded.id })).rejects.toMatchObject({
      code: 'deal.not_counterpart',
    });
    const confirmed = await core.confirmDeal({ actor: sam.actor, communityId, dealId: recorded.id });
    expect(confirmed.confirmedByCounterpart).toBe(true);
    expect(
      (await core.confirmDeal({ actor: sam.actor, communityId, dealId: recorded.id })).confirmedByCounterpart,
    ).toBe(true);

    const dealsOf = async (id: string) =>
      (await ports.contributions.listForMember(communityId, id)).filter((c) => c.kind === 'deal').length;
    expect(await dealsOf(lilei.id)).toBe(1);
    expect(await dealsOf(sam.id)).toBe(1);
    const [item] = await core.listIntros({ actor: sam.actor, communityId });
    expect(item?.counterpartId).toBe(lilei.id);
    expect(item?.counterpart).toMatchObject({ displayName: '李雷', summary: { industry: '跨境电商', region: '深圳' } });
    expect(item?.deals.map((d) => d.id)).toEqual([recorded.id]);
    expect(item?.reason?.theyOffer[0]?.need).toBe('Amazon sellers as clients');
  });

  it('lets only the two members record a deal', async () => {
    const { core, club, communityId, intro } = await introduced();
    await expect(
      core.recordDeal({
        actor: club.members[2]!.actor,
        communityId,
        introductionId: intro.id,
        amountMinor: 100,
        currency: 'USD',
      }),
    ).rejects.toMatchObject({ code: 'intro.not_party' });
    await expect(
      core.listIntros({ actor: club.members[2]!.actor, communityId, memberId: club.members[0]!.id }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
  });
});

describe('confirmDeal: only while the membership gives access', () => {
  it.each(MEMBERSHIP_CASES)('$state → refused with $refusedWith', async ({ state, refusedWith }) => {
    const { core, ports, communityId, member, other } = await clubWithMemberIn(state);
    const intro = await storeIntroduction(
      ports,
      { communityId, memberA: member.memberId, memberB: other.memberId },
      'introduced',
    );
    // Bo recorded it (stored directly: Bo paid with Ann, so the clock may be past Bo's access too).
    const deal: Deal = {
      id: ports.ids.id(),
      communityId,
      introductionId: intro.id,
      recordedBy: other.memberId,
      counterpartId: member.memberId,
      amountMinor: 300_000,
      currency: 'CNY',
      note: '',
      confirmedByCounterpart: false,
      closedAt: ports.clock.now(),
      createdAt: ports.clock.now(),
    };
    await ports.introductions.addDeal(deal);
    const confirming = core.confirmDeal({ actor: member, communityId, dealId: deal.id });
    if (refusedWith) {
      await expect(confirming).rejects.toMatchObject({ code: refusedWith });
      expect(await ports.introductions.getDeal(communityId, deal.id)).toMatchObject({ confirmedByCounterpart: false });
    } else {
      await expect(confirming).resolves.toMatchObject({ confirmedByCounterpart: true });
    }
  });
});
