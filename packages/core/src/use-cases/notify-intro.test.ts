import { describe, expect, it } from 'vitest';
import { matchingClub } from '../testing/matching-club.js';

describe('notifyIntro', () => {
  it('asks both members once, each in their language and from their side, with Accept / Decline / Later', async () => {
    const { core, ports, club, system, communityId } = await matchingClub();
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
    const { core, ports, club, system, communityId } = await matchingClub();
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
    const { core, ports, club, system, communityId } = await matchingClub();
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
    const { core, ports, club, system, communityId } = await matchingClub();
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
    const none = await matchingClub();
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
    const one = await matchingClub();
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
