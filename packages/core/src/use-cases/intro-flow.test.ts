import { decodeReason } from '@snowball/matching';
import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub, type NetworkMemberSpec } from '../testing/network-club.js';

const DAY = 86_400_000;

// Two pairs that complete each other, across wordings and languages, plus members who must sit out.
const SPECS: NetworkMemberSpec[] = [
  {
    name: '李雷',
    locale: 'zh-CN',
    profile: {
      industry: '跨境电商',
      region: '深圳',
      offers: '亚马逊运营团队，品牌出海',
      needs: '急需跨境物流合作伙伴',
    },
  },
  {
    name: 'Sam Tan',
    locale: 'en',
    platform: 'slack',
    profile: {
      industry: 'logistics',
      region: 'Shenzhen',
      offers: 'we run Southeast Asia freight forwarding',
      needs: 'looking for Amazon sellers as clients',
    },
  },
  {
    name: '韩梅梅',
    locale: 'zh-CN',
    profile: { industry: '律师', offers: '商标注册，合同审核', needs: '寻找天使投资' },
  },
  {
    name: 'Ada Angel',
    locale: 'en',
    profile: { industry: 'VC', offers: 'angel investment', needs: 'need a trademark lawyer' },
  },
  // Would match 李雷, but sits out: lapsed, opted out, excluded by staff.
  { name: 'Lapsed Forwarder', membership: 'lapsed', profile: { offers: '国际货代', needs: '亚马逊卖家' } },
  { name: 'Opted Out', profile: { offers: '海外仓', needs: '亚马逊卖家', matchingOptIn: false } },
  { name: 'In Grace', matchingExcluded: true, profile: { offers: 'freight forwarding', needs: 'Amazon sellers' } },
];

async function setup(specs = SPECS) {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, specs);
  const system = { kind: 'system', communityId: club.community.id, label: 'matching' } as const;
  return { ports, core, club, system, communityId: club.community.id };
}

describe('runMatchingRound', () => {
  it('creates reasoned introductions only between opted-in members with access', async () => {
    const { core, club, system, communityId } = await setup();
    const [lilei, sam, meimei, ada] = club.members;
    const round = await core.runMatchingRound({ actor: system, communityId });
    const pairs = round.introductions.map((i) => [i.memberA, i.memberB]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [lilei!.id, sam!.id],
        [meimei!.id, ada!.id],
      ]),
    );
    const sittingOut = new Set(club.members.slice(4).map((m) => m.id));
    for (const intro of round.introductions) {
      expect(sittingOut.has(intro.memberA) || sittingOut.has(intro.memberB)).toBe(false);
      expect(intro).toMatchObject({
        status: 'proposed',
        answerA: 'pending',
        answerB: 'pending',
        roundId: round.roundId,
      });
      expect(intro.score).toBeGreaterThan(0);
    }
    const first = round.introductions.find((i) => i.memberA === lilei!.id);
    expect(decodeReason(first!.reason)?.theyOffer[0]).toMatchObject({
      need: '跨境物流',
      offerConcept: 'freight-forwarding',
    });
  });

  it('never repeats a pair, whatever became of it, and respects do-not-pair lists', async () => {
    const { core, club, system, communityId } = await setup();
    const [lilei, sam, meimei, ada] = club.members;
    const first = await core.runMatchingRound({ actor: system, communityId });
    const declined = first.introductions.find((i) => i.memberA === meimei!.id)!;
    await core.respondToIntro({ actor: ada!.actor, communityId, introductionId: declined.id, answer: 'decline' });
    const second = await core.runMatchingRound({ actor: system, communityId });
    expect(second.introductions).toEqual([]);

    const fresh = await setup();
    await fresh.core.updateProfile({
      actor: fresh.club.members[1]!.actor,
      communityId: fresh.communityId,
      patch: { doNotPair: [fresh.club.members[0]!.id] },
    });
    const round = await fresh.core.runMatchingRound({ actor: fresh.system, communityId: fresh.communityId });
    const [freshLilei, freshSam] = fresh.club.members;
    expect(round.introductions.some((i) => i.memberA === freshLilei!.id && i.memberB === freshSam!.id)).toBe(false);
    // Without the list, the same pair is introduced (so the check above is not vacuous).
    expect(first.introductions.some((i) => i.memberA === lilei!.id && i.memberB === sam!.id)).toBe(true);
  });

  it('caps new introductions per member per round, counting both sides', async () => {
    const specs: NetworkMemberSpec[] = Array.from({ length: 8 }, (_, i) =>
      i % 2 === 0
        ? { name: `Seller ${i}`, profile: { offers: 'Amazon store operations', needs: 'cross-border logistics' } }
        : { name: `Forwarder ${i}`, profile: { offers: 'freight forwarding', needs: 'Amazon sellers' } },
    );
    const { core, communityId, club } = await setup(specs);
    const { owner } = club;
    await core.updateCommunitySettings({ actor: owner, communityId, patch: { introsPerRound: 2 } });
    const round = await core.runMatchingRound({ actor: owner, communityId });
    const counts = new Map<string, number>();
    for (const i of round.introductions) {
      counts.set(i.memberA, (counts.get(i.memberA) ?? 0) + 1);
      counts.set(i.memberB, (counts.get(i.memberB) ?? 0) + 1);
    }
    expect(round.introductions.length).toBeGreaterThan(0);
    expect(Math.max(...counts.values())).toBe(2);
    expect(club.members).toHaveLength(8);
    await expect(core.runMatchingRound({ actor: club.members[0]!.actor, communityId })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });

  it('skips members who snoozed matching until the snooze ends', async () => {
    const { core, ports, club, system, communityId } = await setup();
    await core.updateProfile({
      actor: club.members[0]!.actor,
      communityId,
      patch: { snoozedUntil: new Date(ports.clock.now().getTime() + 7 * DAY) },
    });
    const round = await core.runMatchingRound({ actor: system, communityId });
    expect(round.introductions.some((i) => i.memberA === club.members[0]!.id)).toBe(false);
    ports.clock.advanceDays(8);
    const later = await core.runMatchingRound({ actor: system, communityId });
    expect(later.introductions.some((i) => i.memberA === club.members[0]!.id)).toBe(true);
  });
});

describe('notifyIntro', () => {
  it('asks both members once, each in their language and from their side, with Accept / Decline / Later', async () => {
    const { core, ports, club, system, communityId } = await setup();
    const [lilei, sam] = club.members;
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    const intro = introductions.find((i) => i.memberA === lilei!.id)!;
    const result = await core.notifyIntro({ communityId, introductionId: intro.id });
    expect(result.stage).toBe('proposed');
    expect(result.results.map((r) => r.status)).toEqual(['sent', 'sent']);
    const toLilei = ports.messenger.sent.find((s) => s.account.memberId === lilei!.id)!.message;
    const toSam = ports.messenger.sent.find((s) => s.account.memberId === sam!.id)!.message;
    expect(toLilei.title).toBe('新的引荐');
    expect(toLilei.text).toContain('Sam Tan');
    expect(toLilei.fields?.find((f) => f.name === '推荐理由')?.value).toMatch(/^你需要「跨境物流」— 对方提供「/);
    expect(toSam.title).toBe('A new introduction');
    expect(toSam.fields?.find((f) => f.name === 'Why we suggest it')?.value).toMatch(
      /^You need “Amazon sellers as clients”/,
    );
    expect(toSam.buttons?.map((b) => b.action)).toEqual([
      `intros:accept:${intro.id}`,
      `intros:decline:${intro.id}`,
      `intros:snooze:${intro.id}`,
    ]);

    // A retried job sends nothing twice.
    const again = await core.notifyIntro({ communityId, introductionId: intro.id });
    expect(again.results.map((r) => r.status)).toEqual(['already_sent', 'already_sent']);
    expect(ports.messenger.sent).toHaveLength(2);
  });

  it('after both accept, mentions each to the other where the mention resolves; declined ones announce nothing', async () => {
    const { core, ports, club, system, communityId } = await setup();
    const [lilei, sam, meimei, ada] = club.members;
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    const intro = introductions.find((i) => i.memberA === meimei!.id)!;
    await core.respondToIntro({ actor: meimei!.actor, communityId, introductionId: intro.id, answer: 'accept' });
    await core.respondToIntro({ actor: ada!.actor, communityId, introductionId: intro.id, answer: 'accept' });
    const result = await core.notifyIntro({ communityId, introductionId: intro.id });
    expect(result.stage).toBe('introduced');
    const toMeimei = ports.messenger.sent.find((s) => s.account.memberId === meimei!.id)!.message;
    expect(toMeimei.title).toBe('引荐成功');
    expect(toMeimei.fields?.find((f) => f.name === '联系方式')).toEqual({
      name: '联系方式',
      value: 'Discord: <@user-4>',
      verbatim: true,
    });
    // Both on the same Discord server and no details given: the mention is the way, nothing more to say.
    expect(toMeimei.fields?.some((f) => f.name === '如何联系对方')).toBe(false);

    const other = introductions.find((i) => i.memberA === lilei!.id)!;
    await core.respondToIntro({ actor: sam!.actor, communityId, introductionId: other.id, answer: 'decline' });
    expect((await core.notifyIntro({ communityId, introductionId: other.id })).results).toEqual([]);
  });
});

describe('notifyIntro: contact for introductions', () => {
  const LILEI_CONTACT = '微信 lilei_sz · 邮箱 li@example.com';
  const SAM_CONTACT = 'WhatsApp +65 8123 4567 <@everyone>';
  const MEIMEI_CONTACT = 'meimei_wechat';

  it('gives each side the other’s contact only once both accepted, and no mention from another platform', async () => {
    const { core, ports, club, system, communityId } = await setup();
    const [lilei, sam, meimei] = club.members;
    const contacts = [
      [lilei!, LILEI_CONTACT],
      [sam!, SAM_CONTACT],
      [meimei!, MEIMEI_CONTACT],
    ] as const;
    for (const [m, contactForIntros] of contacts) {
      await core.updateProfile({ actor: m.actor, communityId, patch: { contactForIntros } });
    }
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    for (const i of introductions) await core.notifyIntro({ communityId, introductionId: i.id });
    const intro = introductions.find((i) => i.memberA === lilei!.id)!;
    await core.respondToIntro({ actor: lilei!.actor, communityId, introductionId: intro.id, answer: 'accept' });
    await core.notifyIntro({ communityId, introductionId: intro.id });
    // Proposals, and a half-accepted introduction, carry nobody's contact.
    const proposals = JSON.stringify(ports.messenger.sent);
    for (const [, contact] of contacts) expect(proposals).not.toContain(contact.slice(0, 8));
    const before = ports.messenger.sent.length;

    await core.respondToIntro({ actor: sam!.actor, communityId, introductionId: intro.id, answer: 'accept' });
    expect((await core.notifyIntro({ communityId, introductionId: intro.id })).stage).toBe('introduced');
    const connected = ports.messenger.sent.slice(before);
    expect(connected.map((s) => s.account.memberId).sort()).toEqual([lilei!.id, sam!.id].sort());
    const toLilei = connected.find((s) => s.account.memberId === lilei!.id)!.message;
    const toSam = connected.find((s) => s.account.memberId === sam!.id)!.message;
    // User text, so a plain field (adapters escape it): Sam's `<@everyone>` pings nobody.
    expect(toLilei.fields?.find((f) => f.name === '如何联系对方')).toEqual({
      name: '如何联系对方',
      value: SAM_CONTACT,
    });
    expect(toSam.fields?.find((f) => f.name === 'How to reach them')).toEqual({
      name: 'How to reach them',
      value: LILEI_CONTACT,
    });
    // 李雷 is on Discord and Sam on Slack: neither gets a mention the other platform cannot resolve.
    for (const m of [toLilei, toSam]) expect(m.fields?.some((f) => f.verbatim)).toBe(false);
    expect(JSON.stringify(toLilei)).not.toContain(LILEI_CONTACT);
    expect(JSON.stringify(toSam)).not.toContain(SAM_CONTACT);
    expect(JSON.stringify(connected)).not.toContain(MEIMEI_CONTACT);
  });

  it('mentions only accounts on the recipient’s own platform and workspace', async () => {
    const { core, ports, club, system, communityId } = await setup();
    const [, , meimei, ada] = club.members;
    const link = (memberId: string, platform: 'discord' | 'slack', workspaceId: string, platformUserId: string) =>
      ports.accounts.link({
        communityId,
        platform,
        workspaceId,
        platformUserId,
        memberId,
        linkedAt: ports.clock.now(),
      });
    await link(meimei!.id, 'slack', 'T-club', 'U-MEIMEI');
    await link(ada!.id, 'slack', 'T-other', 'U-ADA');
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    const intro = introductions.find((i) => i.memberA === meimei!.id)!;
    await core.respondToIntro({ actor: meimei!.actor, communityId, introductionId: intro.id, answer: 'accept' });
    await core.respondToIntro({ actor: ada!.actor, communityId, introductionId: intro.id, answer: 'accept' });
    await core.notifyIntro({ communityId, introductionId: intro.id });
    const mentionsIn = (memberId: string, platform: string) =>
      ports.messenger.sent
        .filter((s) => s.account.memberId === memberId && s.account.platform === platform)
        .map((s) => s.message.fields?.filter((f) => f.verbatim).map((f) => f.value) ?? []);
    expect(mentionsIn(meimei!.id, 'discord')).toEqual([['Discord: <@user-4>']]);
    expect(mentionsIn(ada!.id, 'discord')).toEqual([['Discord: <@user-3>']]);
    // Their Slack accounts are in different workspaces: no mention there, and no "no shared platform" note.
    expect(mentionsIn(meimei!.id, 'slack')).toEqual([[]]);
    expect(mentionsIn(ada!.id, 'slack')).toEqual([[]]);
    const slackToAda = ports.messenger.sent.find((s) => s.account.platformUserId === 'U-ADA')!.message;
    expect(slackToAda.fields?.some((f) => f.name === 'How to reach them')).toBe(false);
  });

  it('tells a pair on different platforms without contact details what to do, in each one’s language', async () => {
    const none = await setup();
    const [lilei, sam] = none.club.members;
    const connect = async (ctx: typeof none) => {
      const { introductions } = await ctx.core.runMatchingRound({ actor: ctx.system, communityId: ctx.communityId });
      const intro = introductions.find((i) => i.memberA === lilei!.id)!;
      for (const m of [lilei!, sam!]) {
        await ctx.core.respondToIntro({
          actor: m.actor,
          communityId: ctx.communityId,
          introductionId: intro.id,
          answer: 'accept',
        });
      }
      await ctx.core.notifyIntro({ communityId: ctx.communityId, introductionId: intro.id });
      const to = (id: string) => ctx.ports.messenger.sent.filter((s) => s.account.memberId === id).at(-1)!.message;
      return { toLilei: to(lilei!.id), toSam: to(sam!.id) };
    };
    const neither = await connect(none);
    expect(neither.toLilei.fields?.find((f) => f.name === '如何联系对方')?.value).toBe(
      '你们在不同的平台上，双方都没有留下联系方式。请用 /profile 添加你的「引荐联系方式」，这次可以请社群管理团队帮你们牵线。',
    );
    expect(neither.toSam.fields?.find((f) => f.name === 'How to reach them')?.value).toMatch(
      /^You are on different platforms and neither of you shared contact details\. Reply with \/profile/,
    );

    // Only Sam gave details: 李雷 gets them, and Sam learns that 李雷 can reach him.
    const one = await setup();
    await one.core.updateProfile({
      actor: sam!.actor,
      communityId: one.communityId,
      patch: { contactForIntros: SAM_CONTACT },
    });
    const only = await connect(one);
    expect(only.toLilei.fields?.find((f) => f.name === '如何联系对方')?.value).toBe(SAM_CONTACT);
    expect(only.toSam.fields?.find((f) => f.name === 'How to reach them')?.value).toBe(
      'You are on different platforms and 李雷 has not shared contact details, but we gave them yours: they can reach you.',
    );
  });
});

describe('respondToIntro', () => {
  it('runs the double opt-in and credits the members who gave', async () => {
    const { core, ports, club, system, communityId } = await setup();
    const [lilei, sam, meimei] = club.members;
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    const intro = introductions.find((i) => i.memberA === lilei!.id)!;
    await expect(
      core.respondToIntro({ actor: meimei!.actor, communityId, introductionId: intro.id, answer: 'accept' }),
    ).rejects.toMatchObject({ code: 'intro.not_party' });
    await core.respondToIntro({ actor: sam!.actor, communityId, introductionId: intro.id, answer: 'snooze' });
    const half = await core.respondToIntro({
      actor: lilei!.actor,
      communityId,
      introductionId: intro.id,
      answer: 'accept',
    });
    expect(half.status).toBe('proposed');
    await expect(
      core.respondToIntro({ actor: lilei!.actor, communityId, introductionId: intro.id, answer: 'decline' }),
    ).rejects.toMatchObject({ code: 'intro.already_decided' });
    const done = await core.respondToIntro({
      actor: sam!.actor,
      communityId,
      introductionId: intro.id,
      answer: 'accept',
    });
    expect(done.status).toBe('introduced');
    expect(done.followUpAt?.getTime()).toBe(ports.clock.now().getTime() + 14 * DAY);
    // Both gave: Sam's forwarding meets 李雷's need and 李雷's Amazon team meets Sam's.
    for (const member of [lilei!, sam!]) {
      const kinds = (await ports.contributions.listForMember(communityId, member.id)).map((c) => c.kind);
      expect(kinds).toEqual(['intro']);
    }
  });

  it('closes on one decline, and expires when not answered in time', async () => {
    const { core, ports, club, system, communityId } = await setup();
    const [lilei, sam, meimei, ada] = club.members;
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    const first = introductions.find((i) => i.memberA === lilei!.id)!;
    const second = introductions.find((i) => i.memberA === meimei!.id)!;
    await core.respondToIntro({ actor: lilei!.actor, communityId, introductionId: first.id, answer: 'accept' });
    const declined = await core.respondToIntro({
      actor: sam!.actor,
      communityId,
      introductionId: first.id,
      answer: 'decline',
    });
    expect(declined.status).toBe('declined');

    ports.clock.advanceDays(15);
    await expect(
      core.respondToIntro({ actor: ada!.actor, communityId, introductionId: second.id, answer: 'accept' }),
    ).rejects.toMatchObject({ code: 'intro.expired' });
    expect((await ports.introductions.get(communityId, second.id))?.status).toBe('expired');
    const listed = await core.listIntros({ actor: meimei!.actor, communityId });
    expect(listed.map((l) => l.introduction.status)).toEqual(['expired']);
  });

  it('expires stale proposals in bulk for the periodic job', async () => {
    const { core, ports, system, communityId } = await setup();
    const { introductions } = await core.runMatchingRound({ actor: system, communityId });
    ports.clock.advanceDays(13);
    expect(await core.expireIntros({ actor: system, communityId })).toEqual([]);
    ports.clock.advanceDays(1);
    const expired = await core.expireIntros({ actor: system, communityId });
    expect(expired.map((i) => i.id).sort()).toEqual(introductions.map((i) => i.id).sort());
  });
});

describe('recordDeal and confirmDeal', () => {
  async function introduced() {
    const ctx = await setup();
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
