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
}
