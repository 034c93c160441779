import { describe, expect, it } from 'vitest';
import { button, createCommandClub, form, message, visibleText } from '../testing/command-club.js';

// Two pairs whose offers meet each other's needs, across languages (as in the matching tests).
async function setup() {
  const club = await createCommandClub();
  const li = await club.add({
    name: '李雷',
    locale: 'zh-CN',
    profile: { company: '雷霆跨境', industry: '跨境电商', region: '深圳', offers: '亚马逊运营团队', needs: '跨境物流' },
  });
  const sam = await club.add({
    name: 'Sam Tan',
    locale: 'en',
    profile: {
      industry: 'logistics',
      region: 'Shenzhen',
      offers: 'Southeast Asia freight forwarding',
      needs: 'Amazon sellers as clients',
    },
  });
  const mei = await club.add({
    name: '韩梅梅',
    locale: 'zh-CN',
    profile: { industry: '律师', offers: '商标注册，合同审核', needs: '寻找天使投资' },
  });
  const angel = await club.add({
    name: 'Ada Angel',
    locale: 'en',
    profile: { industry: 'VC', offers: 'angel investment', needs: 'need a trademark lawyer', visibility: 'hidden' },
  });
  const communityId = club.community.id;
  const round = await club.core.runMatchingRound({
    actor: { kind: 'system', communityId, label: 'matching' },
    communityId,
  });
  const pair = (a: string, b: string) => {
    const found = round.introductions.find((i) => [i.memberA, i.memberB].sort().join() === [a, b].sort().join());
    if (!found) throw new Error('the matching round did not pair them');
    return found;
  };
  return { ...club, communityId, li, sam, mei, angel, liSam: pair(li.id, sam.id), meiAngel: pair(mei.id, angel.id) };
}

describe('/intros', () => {
  it('introduces two members once both accept, in each one’s language, and tells both by DM', async () => {
    const { li, sam, liSam, ports, communityId } = await setup();
    const mine = await li.say('/intros');
    expect(mine.private).toBe(true);
    expect(mine.text).toContain('1 条待你回复 · 0 条已引荐');
    const item = mine.items?.find((i) => i.title.startsWith('Sam Tan'));
    expect(item?.title).toContain('新引荐 · 请在 2026年3月16日 前回复');
    expect(item?.text).toMatch(/^推荐理由: /);
    expect(visibleText(mine)).toContain('行业: logistics');
    expect(visibleText(mine)).toContain('可提供: Southeast Asia freight forwarding');

    const accepted = message(await li.press(button(mine, '接受', 'Sam Tan')));
    expect(accepted.text).toBe('谢谢！Sam Tan也接受后，我们会为你们牵线。');
    expect(visibleText(await li.say('/intros'))).toContain('你已接受 · 等待Sam Tan回复');

    const theirs = await sam.say('/intros');
    expect(theirs.items?.[0]?.title).toContain('李雷 · new · answer by 16 Mar 2026');
    expect(visibleText(theirs)).toContain('Company: 雷霆跨境');
    const both = message(await sam.press(button(theirs, 'Accept', '李雷')));
    expect(both.text).toBe(
      'You and 李雷 both accepted: you are connected! We sent you both a message with how to reach each other.',
    );
    expect((await ports.introductions.get(communityId, liSam.id))?.status).toBe('introduced');
    const told = ports.messenger.sent.filter(
      (s) => s.message.title === '引荐成功' || s.message.title === 'You are connected',
    );
    expect(told.map((s) => s.account.memberId).sort()).toEqual([li.id, sam.id].sort());

    const after = await li.say('/intros');
    expect(after.text).toContain('0 条待你回复 · 1 条已引荐');
    expect(after.items?.[0]?.title).toContain('Sam Tan · 2026年3月2日 已引荐');
    expect(button(after, '登记合作', 'Sam Tan')).toBe(`deal:start:${liSam.id}`);
    expect(message(await li.press(`intros:accept:${liSam.id}`)).text).toBe('这条引荐已结束。');
  });

  it('declines (closing it for good) and snoozes; the DM buttons land on the same command', async () => {
    const { mei, angel, li, meiAngel, liSam, ports, core, communityId } = await setup();
    const proposal = await angel.say('/intros');
    // Ada Angel's profile is hidden from the directory, but the introduction still shows 韩梅梅's summary to her.
    expect(visibleText(proposal)).toContain('Industry: 律师');
    const declined = message(await angel.press(button(proposal, 'Decline', '韩梅梅')));
    expect(declined.text).toBe('Declined. Nobody is told why, and we will not suggest this pair again.');
    expect((await ports.introductions.get(communityId, meiAngel.id))?.status).toBe('declined');
    expect((await mei.say('/intros')).text).toContain('暂时还没有引荐');

    await core.notifyIntro({ communityId, introductionId: liSam.id });
    const dm = ports.messenger.sent.find((s) => s.account.memberId === li.id && s.message.title === '新的引荐');
    const later = dm?.message.buttons?.find((b) => b.label === '稍后再说')?.action;
    expect(later).toBe(`intros:snooze:${liSam.id}`);
    const snoozed = message(await li.press(later ?? ''));
    expect(snoozed.text).toBe(
      '好的，稍后再说。此引荐在 2026年3月16日 前有效（可在 /intros 找到）；结束前 4 天我们会提醒你一次。',
    );
    const list = await li.say('/intros');
    expect(list.items?.[0]?.title).toContain('稍后再说 · 请在 2026年3月16日 前回复');
    expect(() => button(list, '稍后再说')).toThrow();
    expect(button(list, '接受')).toBe(`intros:accept:${liSam.id}`);
  });
});

describe('/deal', () => {
  async function introduced() {
    const ctx = await setup();
    await ctx.li.press(`intros:accept:${ctx.liSam.id}`);
    await ctx.sam.press(`intros:accept:${ctx.liSam.id}`);
    return ctx;
  }

  it('records a deal picked from my introductions, and the other member confirms it from the DM', async () => {
    const { li, sam, liSam, ports, communityId } = await introduced();
    const pick = await sam.say('/deal amount:50,000 first shipment to Penang');
    expect(pick.title).toBe('Which introduction led to it?');
    expect(pick.text).toContain('Deal of 50,000 CNY');
    expect(pick.text).toContain('Your note: first shipment to Penang');
    const dealForm = form(await sam.press(button(pick, 'With 李雷')));
    expect(dealForm.title).toBe('Record a deal');
    expect(dealForm.fields.map((f) => [f.id, f.value ?? ''])).toEqual([
      ['amount', '50000'],
      ['currency', 'CNY'],
      ['note', ''],
    ]);
    const recorded = message(
      await sam.submit(dealForm.action, { amount: '50000', currency: 'CNY', note: 'first shipment to Penang' }),
    );
    expect(recorded.text).toBe('Deal recorded: 50,000 CNY with 李雷. Thank you! 李雷 is asked to confirm it.');
    const [deal] = await ports.introductions.listDeals(communityId);
    expect(deal).toMatchObject({ introductionId: liSam.id, amountMinor: 5_000_000, recordedBy: sam.id });

    const dm = ports.messenger.sent.find((s) => s.account.memberId === li.id && s.message.title === '请确认一笔合作');
    expect(dm?.message.text).toBe('Sam Tan登记了一笔由你们的引荐促成的合作，金额 50,000 CNY。如无误，请确认。');
    const confirm = dm?.message.buttons?.[0]?.action ?? '';
    expect(confirm).toBe(`deal:confirm:${deal?.id}`);
    // The counterpart sees the same Confirm button in /intros.
    expect(button(await li.say('/intros'), '确认 50,000 CNY', 'Sam Tan')).toBe(confirm);
    expect(message(await sam.press(confirm)).tone).toBe('error');
    expect(message(await li.press(confirm)).text).toBe('已确认：50,000 CNY。这笔合作已计入你们双方的价值贡献。');
    expect((await ports.introductions.getDeal(communityId, deal?.id ?? ''))?.confirmedByCounterpart).toBe(true);
    expect(visibleText(await li.say('/intros'))).toContain('合作: 50,000 CNY · 已确认');
    const kinds = async (id: string) => (await ports.contributions.listForMember(communityId, id)).map((c) => c.kind);
    expect(await kinds(sam.id)).toContain('deal');
    expect(await kinds(li.id)).toContain('deal');
  });

  it('records a deal for a named introduction at once, and refuses without an introduction', async () => {
    const { li, mei, liSam, ports, communityId } = await introduced();
    const direct = await li.say(`/deal amount:1200.5 currency:usd intro:${liSam.id} 样品采购`);
    expect(direct.text).toBe('合作已登记：与Sam Tan的 1,200.5 USD。谢谢！我们已请Sam Tan确认。');
    expect((await ports.introductions.listDeals(communityId))[0]).toMatchObject({
      amountMinor: 120_050,
      currency: 'USD',
      note: '样品采购',
    });
    expect((await li.say('/deal amount:abc')).text).toBe('金额必须是正数。');
    expect((await li.say('/deal amount:10 currency:BTC')).tone).toBe('error');
    expect((await mei.say('/deal amount:100')).text).toBe(
      '合作需要对应一条已完成的引荐，你目前还没有。请查看 /intros。',
    );
    expect((await mei.say(`/deal amount:100 intro:${liSam.id}`)).tone).toBe('error');
  });
});

describe('the follow-up: did the introduction lead to business?', () => {
  async function connected() {
    const club = await setup();
    const { li, sam, liSam } = club;
    await li.press(`intros:accept:${liSam.id}`);
    await sam.press(`intros:accept:${liSam.id}`);
    const intro = await club.ports.introductions.get(club.communityId, liSam.id);
    const at = intro?.followUpAt as Date;
    club.ports.clock.set(at);
    const ask = (memberId: string) =>
      club.core.sendIntroFollowUp({ communityId: club.communityId, introductionId: liSam.id, memberId });
    // The buttons of the latest follow-up DM a member got, as the platforms route them back.
    const buttons = (memberId: string) =>
      club.ports.messenger.sent.filter((s) => s.account.memberId === memberId && s.message.buttons).at(-1)?.message
        .buttons ?? [];
    return { ...club, at, ask, buttons };
  }

  it('Not yet asks again two weeks later; both members answering the same question move it once', async () => {
    const { li, sam, liSam, ports, communityId, at, ask, buttons } = await connected();
    await ask(li.id);
    await ask(sam.id);
    const notYet = buttons(li.id).find((b) => b.label === '还没有')?.action as string;
    expect(notYet.startsWith('intros:notyet:')).toBe(true);
    expect(message(await li.press(notYet)).text).toBe(
      '谢谢！我们会在 2026年3月30日 再问问你。如果更早促成了合作，随时可以用 /deal 登记。',
    );
    ports.clock.advance(86_400_000);
    const samNotYet = buttons(sam.id).find((b) => b.label === 'Not yet')?.action as string;
    expect(message(await sam.press(samNotYet)).text).toContain('We will ask again on 30 Mar 2026.');
    const next = (await ports.introductions.get(communityId, liSam.id))?.followUpAt as Date;
    expect(next.getTime()).toBe(at.getTime() + 14 * 86_400_000);
    expect(await ask(li.id)).toMatchObject({ status: 'skipped', reason: 'not_due' });
    ports.clock.set(next);
    expect(await ask(li.id)).toMatchObject({ status: 'sent' });
    expect(buttons(li.id).map((b) => b.action)).not.toContain(notYet);
  });

  it('No stops the questions for both members', async () => {
    const { li, sam, at, ask, buttons, ports, core, communityId, liSam } = await connected();
    await ask(sam.id);
    const no = buttons(sam.id).find((b) => b.label === 'No')?.action as string;
    expect(message(await sam.press(no)).text).toBe(
      'Thanks for telling us. We will not ask about this introduction again.',
    );
    expect(await ask(li.id)).toMatchObject({ status: 'skipped', reason: 'answered' });
    expect((await ports.introductions.get(communityId, liSam.id))?.followUpAt).toEqual(at);
    ports.clock.advance(100 * 86_400_000);
    expect((await core.scheduleIntroFollowUps({ communityId })).scheduled).toEqual([]);
  });

  it('Yes opens the /deal form for the introduction; saving it records the deal and ends the follow-ups', async () => {
    const { li, sam, liSam, ports, communityId, ask, buttons } = await connected();
    await ask(li.id);
    const yes = buttons(li.id).find((b) => b.label === '有，登记合作')?.action as string;
    expect(yes).toBe(`deal:start:${liSam.id}`);
    const dealForm = form(await li.press(yes));
    expect(dealForm.action).toBe(`deal:save:${liSam.id}`);
    const saved = message(await li.submit(dealForm.action, { amount: '80000', currency: 'CNY', note: '' }));
    expect(saved.tone).toBe('success');
    const [deal] = await ports.introductions.listDeals(communityId);
    expect(deal).toMatchObject({ introductionId: liSam.id, amountMinor: 8_000_000, recordedBy: li.id });
    expect((await ports.introductions.get(communityId, liSam.id))?.followUpOutcome).toBe('deal');
    expect(await ask(sam.id)).toMatchObject({ status: 'skipped', reason: 'answered' });
  });
});

describe('/intros propose and "We met"', () => {
  it('a member asks to meet another; the other accepts from the DM; both can then say they met', async () => {
    const club = await createCommandClub();
    const li = await club.add({ name: '李雷', locale: 'zh-CN', profile: { offers: '亚马逊运营', needs: '物流' } });
    const sam = await club.add({ name: 'Sam Tan', locale: 'en', profile: { offers: 'freight', needs: 'sellers' } });
    const { ports } = club;
    const communityId = club.community.id;
    // Free text (Slack, terminal): `propose <@mention> why`.
    const asked = await sam.say(`/intros propose <@${li.userId}> I ship from Shenzhen and you sell on Amazon`);
    expect(asked.text).toContain('Asked! We sent 李雷 your request with your reason.');
    const [intro] = await ports.introductions.listForCommunity(communityId);
    expect(intro).toMatchObject({ memberA: sam.id, memberB: li.id, proposedBy: sam.id, status: 'proposed' });
    expect(intro?.reason).toBe('I ship from Shenzhen and you sell on Amazon');
    const dm = ports.messenger.sent.find((s) => s.account.memberId === li.id)?.message;
    expect(dm?.title).toBe('有会员想认识你');
    expect(ports.messenger.sent.some((s) => s.account.memberId === sam.id)).toBe(false);
    expect((await sam.say('/intros')).items?.[0]?.text).toBe(
      'Your reason: I ship from Shenzhen and you sell on Amazon',
    );
    const hers = await li.say('/intros');
    expect(hers.items?.[0]?.title).toContain('Sam Tan · 新引荐');
    expect(hers.items?.[0]?.title).toContain('想认识你');
    expect(hers.items?.[0]?.text).toBe('对方的理由: I ship from Shenzhen and you sell on Amazon');
    // Asking again, or without a reason, or for nobody: a clear refusal that changes nothing.
    expect((await sam.say(`/intros propose:<@${li.userId}> reason:again`)).text).toContain('already is (or was)');
    expect((await sam.say(`/intros propose:<@${li.userId}>`)).text).toContain('Tell them why');
    expect((await sam.say('/intros propose:@ghost reason:hi')).text).toContain('@mention');
    expect(await ports.introductions.listForCommunity(communityId)).toHaveLength(1);

    // 李雷 accepts from the DM's button; the pair is introduced.
    const accept = dm?.buttons?.find((b) => b.label === '接受')?.action ?? '';
    expect(message(await li.press(accept)).text).toContain('你和Sam Tan都接受了引荐');
    const list = await li.say('/intros');
    expect(message(await li.press(button(list, '我们见过面了', 'Sam Tan'))).text).toBe(
      '谢谢！已记录你和Sam Tan见过面。如果促成了合作，随时可以用 /deal 登记。',
    );
    const again = await li.say('/intros');
    expect(() => button(again, '我们见过面了', 'Sam Tan')).toThrow('no button');
    const samList = await sam.say('/intros');
    message(await sam.press(button(samList, 'We met', '李雷')));
    expect(visibleText(await sam.say('/intros'))).toContain('· met');
    const stored = await ports.introductions.get(communityId, intro?.id ?? '');
    expect(stored?.metA).toBeInstanceOf(Date);
    expect(stored?.metB).toBeInstanceOf(Date);
  });
});

describe('/intros with a group introduction of three', () => {
  it('shows the group as one entry naming both others, answers for the group, and lists it made', async () => {
    const club = await createCommandClub();
    const li = await club.add({ name: '李雷', locale: 'zh-CN', profile: { offers: '咖啡烘焙', needs: '生豆进口' } });
    const sam = await club.add({
      name: 'Sam Tan',
      locale: 'en',
      profile: { industry: 'coffee trade', offers: 'green coffee import', needs: 'cross-border payments' },
    });
    const mia = await club.add({ name: 'Mia', locale: 'en', profile: { offers: 'cross-border payments' } });
    const communityId = club.community.id;
    const pairs = await club.core.proposeIntroTrio({
      actor: club.owner.actor,
      communityId,
      memberIds: [li.id, sam.id, mia.id],
      reason: 'Li roasts, Sam imports green coffee, Mia takes the payments',
    });
    const samPairs = pairs.filter((p) => p.memberA === sam.id || p.memberB === sam.id).map((p) => p.id);

    const samList = await sam.say('/intros');
    expect(samList.text).toContain('1 waiting for your answer · 0 introduced');
    expect(samList.items).toHaveLength(1);
    const entry = samList.items?.[0];
    expect(entry?.title).toMatch(/^(李雷 and Mia|Mia and 李雷) · group of three · new · answer by 16 Mar 2026$/);
    expect(entry?.text).toBe('Why we suggest it: Li roasts, Sam imports green coffee, Mia takes the payments');
    expect(entry?.fields?.map((f) => f.name).sort()).toEqual(['About Mia', 'About 李雷']);
    expect(entry?.buttons?.map((b) => b.label)).toEqual(['Accept', 'Decline', 'Later']);
    expect(samPairs).toContain(button(samList, 'Accept', 'group of three').split(':')[2]);

    // Sam accepts from the row: the group's answer. The row then waits for both others; 李雷 sees Sam's answer.
    const accepted = message(await sam.press(button(samList, 'Accept', 'group of three')));
    expect(accepted.text).toContain('This introduction is for three');
    const waiting = await sam.say('/intros');
    expect(waiting.items).toHaveLength(1);
    expect(waiting.items?.[0]?.title).toMatch(/you accepted · waiting for (李雷 and Mia|Mia and 李雷)$/);
    expect(waiting.items?.[0]?.buttons ?? []).toEqual([]);

    const liList = await li.say('/intros');
    expect(liList.items).toHaveLength(1);
    expect(liList.items?.[0]?.title).toMatch(/^(Sam Tan、Mia|Mia、Sam Tan) · 三方引荐 · 新引荐/);
    expect(message(await li.press(button(liList, '接受', '三方引荐'))).text).toBe(
      '谢谢！这是三方引荐：Mia也接受后，我们会为你们三位牵线。',
    );
    expect((await sam.say('/intros')).items?.[0]?.title).toMatch(/waiting for Mia$/);

    const miaList = await mia.say('/intros');
    const made = message(await mia.press(button(miaList, 'Accept', 'group of three')));
    expect(made.text).toContain('All three of you');
    const stored = await club.ports.introductions.listGroup(communityId, pairs[0]?.groupId ?? '');
    expect(stored.map((p) => p.status)).toEqual(['introduced', 'introduced', 'introduced']);

    // Made: one entry, a deal and "I met" per other member; saying "I met" is per pair.
    const after = await sam.say('/intros');
    expect(after.text).toContain('0 waiting for your answer · 1 introduced');
    expect(after.items).toHaveLength(1);
    expect(after.items?.[0]?.title).toMatch(/group of three · introduced 2 Mar 2026$/);
    expect(after.items?.[0]?.buttons?.map((b) => b.label).sort()).toEqual(
      ['Deal with Mia', 'Deal with 李雷', 'I met Mia', 'I met 李雷'].sort(),
    );
    const withLi = pairs.find((p) => [p.memberA, p.memberB].sort().join() === [li.id, sam.id].sort().join());
    expect(button(after, 'Deal with 李雷', 'group of three')).toBe(`deal:start:${withLi?.id}`);
    message(await sam.press(button(after, 'I met 李雷', 'group of three')));
    const later = await sam.say('/intros');
    expect(later.items?.[0]?.buttons?.map((b) => b.label)).not.toContain('I met 李雷');
    expect(later.items?.[0]?.buttons?.map((b) => b.label)).toContain('I met Mia');
  });
});
