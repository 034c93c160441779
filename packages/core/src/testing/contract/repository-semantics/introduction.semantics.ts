import { expect, it } from 'vitest';
import type { Introduction } from '../../../domain/introduction.js';
import { randomIds } from '../../../ports/ids.js';
import { at, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: introductions and deals. */
export function introductionSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('introductions (one per pair, either way round) and deals', async () => {
    const { repos } = scope;
    const c = await club();
    const [a, b, d] = [await member(c), await member(c), await member(c)];
    const intro = (x: string, y: string, createdAt: Date): Introduction => ({
      id: randomIds.id(),
      communityId: c,
      memberA: x,
      memberB: y,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: 0.875,
      reason: 'offers ↔ needs',
      roundId: 'round-1',
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      createdAt,
    });
    const ab = intro(b.id, a.id, at(1));
    const ad = intro(a.id, d.id, at(2));
    await repos.introductions.create(ab);
    await repos.introductions.create(ad);
    await expect(repos.introductions.create(intro(a.id, b.id, at(3)))).rejects.toThrow('unique violation: pair');
    await expect(repos.introductions.create({ ...ab, memberB: d.id, memberA: b.id, id: ad.id })).rejects.toThrow(
      'unique violation: id',
    );
    expect(await repos.introductions.findPair(c, a.id, b.id)).toEqual(ab);
    expect(await repos.introductions.findPair(c, b.id, d.id)).toBeNull();
    await repos.introductions.update({ ...ab, answerA: 'accepted', status: 'introduced', introducedAt: at(9) });
    expect((await repos.introductions.get(c, ab.id))?.introducedAt).toEqual(at(9));
    const followedUp = { ...ab, status: 'introduced', followUpAt: at(30), followUpOutcome: 'not_yet' } as const;
    await repos.introductions.update(followedUp);
    expect(await repos.introductions.get(c, ab.id)).toEqual(followedUp);
    expect((await repos.introductions.listForMember(c, a.id)).map((i) => i.id)).toEqual([ad.id, ab.id]);
    expect((await repos.introductions.listForMember(c, b.id)).map((i) => i.id)).toEqual([ab.id]);
    expect((await repos.introductions.listForCommunity(c)).map((i) => i.id)).toEqual([ab.id, ad.id]);

    const deal = {
      id: randomIds.id(),
      communityId: c,
      introductionId: ab.id,
      recordedBy: a.id,
      counterpartId: b.id,
      amountMinor: 12_345_678_900,
      currency: 'CNY',
      note: '首单',
      confirmedByCounterpart: false,
      closedAt: at(20),
      createdAt: at(21),
    };
    await repos.introductions.addDeal(deal);
    await repos.introductions.addDeal({ ...deal, id: randomIds.id(), closedAt: at(10), introductionId: null });
    await expect(repos.introductions.addDeal(deal)).rejects.toThrow('unique violation: id');
    await repos.introductions.updateDeal({ ...deal, confirmedByCounterpart: true });
    expect(await repos.introductions.getDeal(c, deal.id)).toEqual({ ...deal, confirmedByCounterpart: true });
    expect((await repos.introductions.listDeals(c)).map((x) => x.closedAt)).toEqual([at(10), at(20)]);
    expect(await repos.introductions.getDeal(await club(), deal.id)).toBeNull();
  });

  it('introduction funnel per month (suggested → accepted → met → deal → value) and open requests', async () => {
    const { repos } = scope;
    const c = await club();
    const [a, b, d, e] = [await member(c), await member(c), await member(c), await member(c)];
    // T0 is 2026-05-01T08:00Z; 12 hours before is April in UTC but already May 1st in Shanghai.
    const base = (x: string, y: string, createdAt: Date): Introduction => ({
      id: randomIds.id(),
      communityId: c,
      memberA: x,
      memberB: y,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: 1,
      reason: 'r',
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      createdAt,
    });
    const edge = base(a.id, b.id, at(-12 * 60));
    const met = {
      ...base(a.id, d.id, at(5)),
      answerA: 'accepted',
      answerB: 'accepted',
      status: 'introduced',
      introducedAt: at(6),
      metA: at(7),
      metB: at(8),
      proposedBy: a.id,
    } as const;
    const halfMet = { ...base(b.id, d.id, at(10)), status: 'introduced', introducedAt: at(11), metA: at(12) } as const;
    const dealt = { ...base(b.id, e.id, at(15)), status: 'introduced', introducedAt: at(16) } as const;
    const asked = { ...base(e.id, a.id, at(20)), answerA: 'accepted', proposedBy: e.id } as const;
    for (const i of [edge, met, halfMet, dealt, asked]) await repos.introductions.create(i);
    expect(await repos.introductions.get(c, met.id)).toEqual(met);
    expect(await repos.introductions.get(c, edge.id)).toEqual(edge);
    const deal = (introductionId: string, amountMinor: number, currency: string) =>
      repos.introductions.addDeal({
        id: randomIds.id(),
        communityId: c,
        introductionId,
        recordedBy: b.id,
        counterpartId: e.id,
        amountMinor,
        currency,
        note: '',
        confirmedByCounterpart: false,
        closedAt: at(30),
        createdAt: at(30),
      });
    await deal(dealt.id, 300, 'USD');
    await deal(dealt.id, 9_000_000_000, 'CNY');
    await deal(dealt.id, 100, 'USD');
    const may = {
      month: '2026-05',
      suggested: 5,
      accepted: 3,
      met: 2,
      deals: 1,
      value: [
        { currency: 'CNY', amountMinor: 9_000_000_000 },
        { currency: 'USD', amountMinor: 400 },
      ],
    };
    expect(await repos.introductions.funnelByMonth(c, { from: null, to: null }, 'Asia/Shanghai')).toEqual([may]);
    expect(await repos.introductions.funnelByMonth(c, { from: null, to: null }, 'UTC')).toEqual([
      { month: '2026-04', suggested: 1, accepted: 0, met: 0, deals: 0, value: [] },
      { ...may, suggested: 4 },
    ]);
    // A range keeps only the introductions created in it.
    expect(
      (await repos.introductions.funnelByMonth(c, { from: at(0), to: at(12) }, 'UTC')).map((m) => m.suggested),
    ).toEqual([2]);
    expect(await repos.introductions.funnelByMonth(await club(), { from: null, to: null }, 'UTC')).toEqual([]);
    const page1 = await repos.introductions.listCreatedSince(c, at(0), { after: null, limit: 2 });
    expect(page1.map((i) => i.id)).toEqual([met.id, halfMet.id]);
    const page2 = await repos.introductions.listCreatedSince(c, at(0), { after: page1[1] ?? null, limit: 5 });
    expect(page2.map((i) => i.id)).toEqual([dealt.id, asked.id]);
    expect(await repos.introductions.listCreatedSince(c, at(20), { after: null, limit: 5 })).toEqual([]);
    expect(await repos.introductions.countOpenProposalsBy(c, e.id)).toBe(1);
    expect(await repos.introductions.countOpenProposalsBy(c, a.id)).toBe(0);
  });

  it('the funnel counts a group introduction of three once at every stage', async () => {
    const { repos } = scope;
    const c = await club();
    const [a, b, d, e, f, g, h] = [
      await member(c),
      await member(c),
      await member(c),
      await member(c),
      await member(c),
      await member(c),
      await member(c),
    ];
    const pair = (x: string, y: string, createdAt: Date, over: Partial<Introduction> = {}): Introduction => ({
      id: randomIds.id(),
      communityId: c,
      memberA: x,
      memberB: y,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: 0.5,
      reason: 'r',
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      createdAt,
      ...over,
    });
    const trio = (
      x: string,
      y: string,
      z: string,
      createdAt: Date,
      over: (i: number) => Partial<Introduction>,
    ): [Introduction, Introduction, Introduction] => {
      const groupId = randomIds.id();
      return [
        pair(x, y, createdAt, { groupId, ...over(0) }),
        pair(x, z, createdAt, { groupId, ...over(1) }),
        pair(y, z, createdAt, { groupId, ...over(2) }),
      ];
    };
    const introduced = { answerA: 'accepted', answerB: 'accepted', status: 'introduced', introducedAt: at(2) } as const;
    // Introduced; one pair met, two pairs have deals (three deals in all).
    const [ab, ad, bd] = trio(a.id, b.id, d.id, at(1), (i) => ({
      ...introduced,
      ...(i === 0 ? { metA: at(3), metB: at(4) } : i === 1 ? { metA: at(3) } : {}),
    }));
    // Still waiting for two of the three.
    const waiting = trio(e.id, f.id, g.id, at(3), (i) => (i === 0 ? { answerA: 'accepted' } : {}));
    // Declined, suggested 12 hours before T0: April in UTC, May in Shanghai.
    const declined = trio(a.id, e.id, h.id, at(-12 * 60), () => ({ status: 'declined', answerA: 'declined' }));
    const dealt = pair(b.id, f.id, at(4), introduced);
    const open = pair(d.id, g.id, at(5));
    for (const i of [ab, ad, bd, ...waiting, ...declined, dealt, open]) {
      await repos.introductions.create(i);
    }
    const deal = (introductionId: string, amountMinor: number, currency: string) =>
      repos.introductions.addDeal({
        id: randomIds.id(),
        communityId: c,
        introductionId,
        recordedBy: b.id,
        counterpartId: null,
        amountMinor,
        currency,
        note: '',
        confirmedByCounterpart: false,
        closedAt: at(30),
        createdAt: at(30),
      });
    await deal(ab.id, 100, 'USD');
    await deal(bd.id, 250, 'USD');
    await deal(bd.id, 5_000, 'CNY');
    await deal(dealt.id, 1_000, 'USD');
    const value = [
      { currency: 'CNY', amountMinor: 5_000 },
      { currency: 'USD', amountMinor: 1_350 },
    ];
    // Three groups and two pairs: five introductions; accepted, met and dealt: the first group and the dealt pair.
    expect(await repos.introductions.funnelByMonth(c, { from: null, to: null }, 'Asia/Shanghai')).toEqual([
      { month: '2026-05', suggested: 5, accepted: 2, met: 2, deals: 2, value },
    ]);
    expect(await repos.introductions.funnelByMonth(c, { from: null, to: null }, 'UTC')).toEqual([
      { month: '2026-04', suggested: 1, accepted: 0, met: 0, deals: 0, value: [] },
      { month: '2026-05', suggested: 4, accepted: 2, met: 2, deals: 2, value },
    ]);
    // A range keeps the groups created in it (the first two) and all of their pairs' deals.
    expect(await repos.introductions.funnelByMonth(c, { from: at(0), to: at(4) }, 'UTC')).toEqual([
      {
        month: '2026-05',
        suggested: 2,
        accepted: 1,
        met: 1,
        deals: 1,
        value: [
          { currency: 'CNY', amountMinor: 5_000 },
          { currency: 'USD', amountMinor: 350 },
        ],
      },
    ]);
  });

  it('the pair introductions of a group of three are read together', async () => {
    const { repos } = scope;
    const c = await club();
    const [a, b, d, e] = [await member(c), await member(c), await member(c), await member(c)];
    const groupId = randomIds.id();
    const pair = (x: string, y: string, createdAt: Date, group: string | null): Introduction => ({
      id: randomIds.id(),
      communityId: c,
      memberA: x,
      memberB: y,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: 0.5,
      reason: 'group',
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      ...(group ? { groupId: group } : {}),
      createdAt,
    });
    const bd = pair(b.id, d.id, at(1), groupId);
    const ab = pair(a.id, b.id, at(1), groupId);
    const ad = pair(a.id, d.id, at(2), groupId);
    const ae = pair(a.id, e.id, at(1), null);
    for (const i of [bd, ab, ad, ae]) await repos.introductions.create(i);
    const byTime = [ab, bd].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(await repos.introductions.listGroup(c, groupId)).toEqual([...byTime, ad]);
    expect((await repos.introductions.get(c, ae.id))?.groupId ?? null).toBeNull();
    expect(await repos.introductions.listGroup(c, randomIds.id())).toEqual([]);
    expect(await repos.introductions.listGroup(c, 'not-a-uuid')).toEqual([]);

    // Several groups in one array parameter; a group counts once in a page of the club's introductions.
    expect(await repos.introductions.listGroups(c, [groupId, randomIds.id(), 'not-a-uuid'])).toEqual([...byTime, ad]);
    expect(await repos.introductions.listGroups(c, [])).toEqual([]);
    const lead = [ab, bd, ad].map((p) => p.id).sort()[0];
    const one = await repos.introductions.pageForCommunity(c, null, { limit: 10, offset: 0 }, null, {
      groupsAsOne: true,
    });
    expect(one.total).toBe(2);
    expect(one.items.map((i) => i.id).sort()).toEqual([ae.id, lead].sort());
    const all = await repos.introductions.pageForCommunity(c, 'proposed', { limit: 10, offset: 0 });
    expect(all.total).toBe(4);
    const first = await repos.introductions.pageForCommunity(c, 'proposed', { limit: 1, offset: 0 }, null, {
      groupsAsOne: true,
    });
    const next = await repos.introductions.pageForCommunity(c, 'proposed', { limit: 1, offset: 0 }, first.items[0], {
      groupsAsOne: true,
    });
    expect([first.total, ...first.items, ...next.items].map((i) => (typeof i === 'number' ? i : i.id))).toEqual([
      2,
      ...one.items.map((i) => i.id),
    ]);
  });
}
