import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub } from '../testing/network-club.js';

async function club() {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const c = await createNetworkClub(ports, [
    { name: '李雷', locale: 'zh-CN', profile: { offers: '咖啡烘焙', needs: '生豆进口' } },
    { name: 'Sam Tan', locale: 'en', profile: { offers: 'green coffee import', needs: 'cross-border payments' } },
    { name: 'Mia', locale: 'en', profile: { offers: 'cross-border payments' } },
    { name: 'Mod Mo', roles: ['moderator'], profile: { offers: 'logistics' } },
  ]);
  const [li, sam, mia, mo] = c.members;
  if (!li || !sam || !mia || !mo) throw new Error('members missing');
  const communityId = c.community.id;
  const ownerId = c.owner.kind === 'member' ? c.owner.memberId : '';
  /** Staff propose a group of three and all three accept (each answers on a pair of theirs). */
  async function introduceTrio(actor: Actor, members: readonly { id: string; actor: Actor }[]) {
    const pairs = await core.proposeIntroTrio({ actor, communityId, memberIds: members.map((m) => m.id), reason: 'x' });
    for (const m of members) {
      const pair = pairs.find((p) => p.memberA === m.id || p.memberB === m.id);
      await core.respondToIntro({ actor: m.actor, communityId, introductionId: pair?.id ?? '', answer: 'accept' });
    }
    return pairs;
  }
  const dealsOf = async (memberId: string) =>
    (await ports.contributions.listForMember(communityId, memberId)).filter((x) => x.kind === 'deal');
  return { ports, core, owner: c.owner, ownerId, communityId, li, sam, mia, mo, introduceTrio, dealsOf };
}

describe('the introducer of an introduction and their deal contribution', () => {
  it('names the staff member who proposed a group as the introducer of the pairs they are not part of', async () => {
    const { ports, communityId, li, sam, mo, introduceTrio } = await club();
    const pairs = await introduceTrio(mo.actor, [mo, li, sam]);
    const stored = await Promise.all(pairs.map((p) => ports.introductions.get(communityId, p.id)));
    const third = stored.find((p) => p?.memberA !== mo.id && p?.memberB !== mo.id);
    expect(third?.introducerId).toBe(mo.id);
    const own = stored.filter((p) => p !== third);
    expect(own).toHaveLength(2);
    expect(own.every((p) => (p?.introducerId ?? null) === null)).toBe(true);
    expect(stored.every((p) => p?.status === 'introduced')).toBe(true);
  });

  it('a member’s own proposal and a matching round have no introducer', async () => {
    const { core, communityId, li, mia } = await club();
    const intro = await core.proposeIntro({
      actor: li.actor,
      communityId,
      counterpart: { memberId: mia.id },
      reason: 'payments',
    });
    expect(intro.proposedBy).toBe(li.id);
    expect(intro.introducerId ?? null).toBeNull();
  });

  it('credits the introducer one deal contribution when both sides confirm, however often confirmed', async () => {
    const { core, owner, ownerId, communityId, li, sam, mia, introduceTrio, dealsOf } = await club();
    const pairs = await introduceTrio(owner, [li, sam, mia]);
    const liSam = pairs.find((p) => [p.memberA, p.memberB].sort().join() === [li.id, sam.id].sort().join());
    const deal = await core.recordDeal({
      actor: li.actor,
      communityId,
      introductionId: liSam?.id ?? '',
      amountMinor: 1_000_000,
      currency: 'CNY',
    });
    // Recorded by one side only: nothing for the introducer yet.
    expect(await dealsOf(ownerId)).toEqual([]);
    await core.confirmDeal({ actor: sam.actor, communityId, dealId: deal.id });
    await core.confirmDeal({ actor: sam.actor, communityId, dealId: deal.id });
    const credited = await dealsOf(ownerId);
    expect(credited.map((x) => [x.sourceId, x.points])).toEqual([[deal.id, 1]]);
    expect((await dealsOf(li.id)).length).toBe(1);
    expect((await dealsOf(sam.id)).length).toBe(1);
    expect((await dealsOf(mia.id)).length).toBe(0);
  });

  it('credits nobody else when a side confirms a deal from their own proposal', async () => {
    const { core, ports, communityId, li, mia, dealsOf } = await club();
    const intro = await core.proposeIntro({
      actor: li.actor,
      communityId,
      counterpart: { memberId: mia.id },
      reason: 'p',
    });
    await core.respondToIntro({ actor: mia.actor, communityId, introductionId: intro.id, answer: 'accept' });
    const deal = await core.recordDeal({
      actor: mia.actor,
      communityId,
      introductionId: intro.id,
      amountMinor: 500,
      currency: 'USD',
    });
    await core.confirmDeal({ actor: li.actor, communityId, dealId: deal.id });
    expect((await dealsOf(li.id)).length).toBe(1);
    expect((await dealsOf(mia.id)).length).toBe(1);
    const all = await Promise.all((await ports.members.listIds(communityId)).map((id) => dealsOf(id)));
    expect(
      all
        .flat()
        .map((x) => x.memberId)
        .sort(),
    ).toEqual([li.id, mia.id].sort());
  });
});
