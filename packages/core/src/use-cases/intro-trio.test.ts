import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { trioDeliveryKey } from '../domain/intro-trio.js';
import { DomainError } from '../errors/domain-error.js';
import { introReason } from '../rules/intro-reason.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub } from '../testing/network-club.js';

const DAY = 86_400_000;

async function club() {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const c = await createNetworkClub(ports, [
    { name: '李雷', locale: 'zh-CN', profile: { offers: '咖啡烘焙', needs: '生豆进口' } },
    { name: 'Sam Tan', locale: 'en', profile: { offers: 'green coffee import', needs: 'cross-border payments' } },
    { name: 'Mia', locale: 'en', profile: { offers: 'cross-border payments', contactForIntros: 'mia@example.com' } },
    { name: 'Paused Pat', profile: { offers: 'logistics' } },
    { name: 'Mod Mo', roles: ['moderator'] },
  ]);
  const [li, sam, mia, pat, mo] = c.members;
  if (!li || !sam || !mia || !pat || !mo) throw new Error('members missing');
  return { ports, core, owner: c.owner, communityId: c.community.id, li, sam, mia, pat, mo };
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('group introductions of three', () => {
  it('asks all three, introduces them only when all three accept, and counts the three pairs in the funnel', async () => {
    const { ports, core, owner, communityId, li, sam, mia } = await club();
    const pairs = await core.proposeIntroTrio({
      actor: owner,
      communityId,
      memberIds: [li.id, sam.id, mia.id],
      reason: '李雷 roasts, Sam imports green coffee, Mia takes cross-border payments',
    });
    expect(pairs).toHaveLength(3);
    const groupId = pairs[0]?.groupId;
    expect(groupId).toBeTruthy();
    expect(new Set(pairs.map((p) => p.groupId))).toEqual(new Set([groupId]));
    expect(pairs.every((p) => p.status === 'proposed' && p.roundId === null)).toBe(true);

    // One proposal DM each, in each member's language, naming the two others, with buttons on their own pair.
    expect(ports.messenger.sent.map((s) => s.account.memberId).sort()).toEqual([li.id, sam.id, mia.id].sort());
    const toLi = ports.messenger.sent.find((s) => s.account.memberId === li.id)?.message;
    expect(toLi?.title).toBe('新的三方引荐');
    expect(toLi?.text).toContain('Sam Tan');
    expect(toLi?.text).toContain('Mia');
    const toSam = ports.messenger.sent.find((s) => s.account.memberId === sam.id)?.message;
    expect(toSam?.title).toBe('A new introduction, for three');
    expect(toSam?.fields?.find((f) => f.name === 'About Mia')?.value).toContain('cross-border payments');
    expect(toSam?.fields?.find((f) => f.name === 'Why we suggest it')?.value).toContain('Mia takes');
    const samAccept = toSam?.buttons?.[0]?.action ?? '';
    const samPair = samAccept.split(':')[2] ?? '';
    expect(
      pairs.find((p) => p.id === samPair)?.memberA === sam.id ||
        pairs.find((p) => p.id === samPair)?.memberB === sam.id,
    ).toBe(true);

    // Announcing again (the reconcile, for each of the three pairs) sends nothing twice, and the reconcile sees
    // the group as announced.
    for (const p of pairs) await core.notifyIntro({ communityId, introductionId: p.id });
    expect(ports.messenger.sent).toHaveLength(3);
    expect(await core.announceMissingIntros({ communityId })).toEqual({ unannounced: 0, queued: 0 });

    // Two accept: still proposed; nobody is connected yet.
    await core.respondToIntro({ actor: sam.actor, communityId, introductionId: samPair, answer: 'accept' });
    const liPair = pairs.find((p) => p.memberA === li.id || p.memberB === li.id)?.id ?? '';
    await core.respondToIntro({ actor: li.actor, communityId, introductionId: liPair, answer: 'snooze' });
    await core.respondToIntro({ actor: li.actor, communityId, introductionId: liPair, answer: 'accept' });
    let stored = await ports.introductions.listGroup(communityId, groupId as string);
    expect(stored.every((p) => p.status === 'proposed')).toBe(true);
    expect(
      await code(core.respondToIntro({ actor: sam.actor, communityId, introductionId: samPair, answer: 'decline' })),
    ).toBe('intro.already_decided');
    expect(ports.messenger.sent).toHaveLength(3);

    // The third accepts: all three pairs introduced at once, and each member is told how to reach the two others.
    ports.clock.advance(DAY);
    const miaPair = pairs.find((p) => p.memberA === mia.id || p.memberB === mia.id)?.id ?? '';
    const answered = await core.respondToIntro({
      actor: mia.actor,
      communityId,
      introductionId: miaPair,
      answer: 'accept',
    });
    expect(answered.status).toBe('introduced');
    stored = await ports.introductions.listGroup(communityId, groupId as string);
    expect(stored.map((p) => [p.status, p.answerA, p.answerB])).toEqual(
      Array(3).fill(['introduced', 'accepted', 'accepted']),
    );
    const connected = ports.messenger.sent.slice(3);
    expect(connected.map((s) => s.account.memberId).sort()).toEqual([li.id, sam.id, mia.id].sort());
    const samConnected = connected.find((s) => s.account.memberId === sam.id)?.message;
    expect(samConnected?.title).toBe('The three of you are connected');
    expect(samConnected?.fields?.filter((f) => f.name === 'How to reach Mia').map((f) => f.value)).toEqual([
      'Discord: <@user-3>',
      'mia@example.com',
    ]);
    expect((await ports.deliveries.get(trioDeliveryKey('introduced', groupId as string, sam.id)))?.status).toBe('sent');
    for (const p of pairs) await core.notifyIntro({ communityId, introductionId: p.id });
    expect(ports.messenger.sent).toHaveLength(6);
    expect(await core.announceMissingIntros({ communityId })).toEqual({ unannounced: 0, queued: 0 });

    // The funnel counts the group once: one introduction suggested, and accepted once all three accepted.
    const funnel = await ports.introductions.funnelByMonth(communityId, { from: null, to: null }, 'Asia/Shanghai');
    expect(funnel).toMatchObject([{ month: '2026-03', suggested: 1, accepted: 1, met: 0, deals: 0 }]);
  });

  it('one decline closes the group for all three, and nobody is connected', async () => {
    const { ports, core, owner, communityId, li, sam, mia } = await club();
    const pairs = await core.proposeIntroTrio({
      actor: owner,
      communityId,
      memberIds: [li.id, sam.id, mia.id],
      reason: 'x',
    });
    const pairOf = (id: string) => pairs.find((p) => p.memberA === id || p.memberB === id)?.id ?? '';
    await core.respondToIntro({ actor: li.actor, communityId, introductionId: pairOf(li.id), answer: 'accept' });
    await core.respondToIntro({ actor: mia.actor, communityId, introductionId: pairOf(mia.id), answer: 'decline' });
    const stored = await ports.introductions.listGroup(communityId, pairs[0]?.groupId as string);
    expect(stored.map((p) => p.status)).toEqual(['declined', 'declined', 'declined']);
    expect(
      await code(
        core.respondToIntro({ actor: sam.actor, communityId, introductionId: pairOf(sam.id), answer: 'accept' }),
      ),
    ).toBe('intro.closed');
    expect(ports.messenger.sent).toHaveLength(3);
  });

  it('reminds each member who has not answered once for the group, naming both others', async () => {
    const { ports, core, owner, communityId, li, sam, mia } = await club();
    const pairs = await core.proposeIntroTrio({
      actor: owner,
      communityId,
      memberIds: [li.id, sam.id, mia.id],
      reason: 'x',
    });
    ports.clock.advance(11 * DAY);
    const samPairs = pairs.filter((p) => p.memberA === sam.id || p.memberB === sam.id);
    const results = [];
    for (const p of samPairs) {
      results.push(
        await core.sendIntroNudge({ communityId, introductionId: p.id, memberId: sam.id, kind: 'reminder' }),
      );
    }
    expect(results.map((r) => r.status)).toEqual(['sent', 'already_sent']);
    const reminder = ports.messenger.sent.at(-1)?.message;
    expect(reminder?.title).toBe('An introduction is waiting for your answer');
    expect(reminder?.text).toContain('李雷 and Mia');
    expect(ports.messenger.sent).toHaveLength(4);
  });

  it('expires all three pairs after the response window', async () => {
    const { ports, core, owner, communityId, li, sam, mia } = await club();
    const pairs = await core.proposeIntroTrio({
      actor: owner,
      communityId,
      memberIds: [li.id, sam.id, mia.id],
      reason: 'x',
    });
    ports.clock.advance(15 * DAY);
    const mine = pairs.find((p) => p.memberA === li.id || p.memberB === li.id)?.id ?? '';
    expect(
      await code(core.respondToIntro({ actor: li.actor, communityId, introductionId: mine, answer: 'accept' })),
    ).toBe('intro.expired');
    const stored = await ports.introductions.listGroup(communityId, pairs[0]?.groupId as string);
    expect(stored.map((p) => p.status)).toEqual(['expired', 'expired', 'expired']);
  });

  it('refuses bad proposals without changing anything', async () => {
    const { ports, core, owner, communityId, li, sam, mia, pat, mo } = await club();
    await ports.profiles.upsert({
      ...((await ports.profiles.get(communityId, pat.id)) as NonNullable<
        Awaited<ReturnType<typeof ports.profiles.get>>
      >),
      snoozedUntil: new Date(ports.clock.now().getTime() + 10 * DAY),
    });
    const propose = (actor: typeof owner, memberIds: string[], reason = 'meet') =>
      code(core.proposeIntroTrio({ actor, communityId, memberIds, reason }));
    expect(await propose(li.actor, [li.id, sam.id, mia.id])).toBe('auth.staff_only');
    expect(await propose(owner, [li.id, sam.id])).toBe('intro.trio_members');
    expect(await propose(owner, [li.id, sam.id, sam.id])).toBe('intro.trio_members');
    expect(await propose(owner, [li.id, sam.id, 'nobody'])).toBe('intro.trio_members');
    expect(await propose(owner, [li.id, sam.id, mia.id], '  ')).toBe('validation.required');
    expect(await propose(owner, [li.id, sam.id, pat.id])).toBe('intro.trio_member_unavailable');
    // A pair that already had an introduction cannot be part of a group.
    await core.proposeIntro({
      actor: sam.actor,
      communityId,
      counterpart: { memberId: mia.id },
      reason: 'payments',
    });
    expect(await propose(mo.actor, [li.id, sam.id, mia.id])).toBe('intro.trio_pair_exists');
    expect((await ports.introductions.listForCommunity(communityId)).filter((i) => i.groupId)).toEqual([]);
  });

  it('a matching round suggests a group of three only when the club turned it on', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-03-02T02:00:00Z');
    const core = createCore(ports);
    const c = await createNetworkClub(ports, [
      {
        name: 'Seller',
        locale: 'en',
        profile: {
          needs: 'freight forwarding to Southeast Asia; cross-border payments collection',
          offers: 'handmade ceramics',
        },
      },
      {
        name: 'Forwarder',
        locale: 'en',
        profile: { needs: 'cross-border payments collection', offers: 'freight forwarding to Southeast Asia' },
      },
      { name: '收款', locale: 'zh-CN', profile: { needs: '陶瓷礼品', offers: '跨境收款，外贸收款' } },
    ]);
    const communityId = c.community.id;
    // With groups off (the default) the round suggests pairs only.
    const off = await core.runMatchingRound({ actor: c.owner, communityId });
    expect(off.introductions.length).toBeGreaterThan(0);
    expect(off.introductions.every((i) => !i.groupId)).toBe(true);

    const ports2 = createTestPorts();
    ports2.clock.set('2026-03-02T02:00:00Z');
    const core2 = createCore(ports2);
    const c2 = await createNetworkClub(ports2, [
      {
        name: 'Seller',
        locale: 'en',
        profile: {
          needs: 'freight forwarding to Southeast Asia; cross-border payments collection',
          offers: 'handmade ceramics',
        },
      },
      {
        name: 'Forwarder',
        locale: 'en',
        profile: { needs: 'cross-border payments collection', offers: 'freight forwarding to Southeast Asia' },
      },
      { name: '收款', locale: 'zh-CN', profile: { needs: '陶瓷礼品', offers: '跨境收款，外贸收款' } },
    ]);
    // The same club with groups on: one group of three.
    await ports2.communities.updateSettings(c2.community.id, {
      ...c2.community.settings,
      groupIntros: true,
    });
    const on = await core2.runMatchingRound({ actor: c2.owner, communityId: c2.community.id });
    expect(on.introductions).toHaveLength(3);
    const groupId = on.introductions[0]?.groupId;
    expect(groupId).toBeTruthy();
    expect(on.introductions.every((i) => i.groupId === groupId && i.roundId === on.roundId)).toBe(true);
    expect(on.unmatched).toEqual([]);
    // Each pair's stored reason reads from its own members' points of view: the seller sees what the forwarder offers.
    const [seller, forwarder] = c2.members;
    const pair = on.introductions.find(
      (i) => [i.memberA, i.memberB].includes(seller?.id ?? '') && [i.memberA, i.memberB].includes(forwarder?.id ?? ''),
    );
    expect(introReason(pair as never, seller?.id ?? '')?.theyOffer.map((l) => l.offer)).toContain(
      'freight forwarding to Southeast Asia',
    );
    // Announcing the three pairs announces the group once: one proposal DM to each of the three.
    for (const i of on.introductions) await core2.notifyIntro({ communityId: c2.community.id, introductionId: i.id });
    expect(ports2.messenger.sent.map((s) => s.message.title).sort()).toEqual([
      'A new introduction, for three',
      'A new introduction, for three',
      '新的三方引荐',
    ]);
  });
});
