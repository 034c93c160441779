import type { Locale } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../invocation.js';
import { replyProblems } from '../limits.js';
import { parseTextArguments } from '../parse-text-arguments.js';
import type { Reply } from '../reply.js';
import { button, type CommandClub, createCommandClub, form, message, visibleText } from '../testing/command-club.js';
import { applyCommand } from './apply.command.js';

const ABOUT = 'We run a cross-border logistics company and can offer freight to Southeast Asia.';

/** A person the club does not know yet, writing from the club's Discord guild. */
function stranger(club: CommandClub, userId: string, locale: Locale | null = 'en') {
  const caller: Caller = { platform: 'discord', workspaceId: 'G-club', userId, userName: 'Nina Newcomer', locale };
  const checked = async (reply: Promise<Reply>) => {
    const r = await reply;
    expect(replyProblems(r)).toEqual([]);
    return r;
  };
  return {
    caller,
    run: (text = '') => {
      const { options } = parseTextArguments(applyCommand, text);
      return checked(club.dispatcher.dispatch({ type: 'command', caller, name: 'apply', options }));
    },
    press: (action: string) => checked(club.dispatcher.dispatch({ type: 'action', caller, action })),
    submit: (action: string, values: Record<string, string>) =>
      checked(club.dispatcher.dispatch({ type: 'form', caller, action, values })),
  };
}

async function apply(who: ReturnType<typeof stranger>, referrer = '', about = ABOUT) {
  const intro = await who.run(referrer);
  const start = await who.press(
    button(intro, who.caller.locale === 'zh-CN' ? '我认同以上价值观，开始申请' : 'I share these values — apply'),
  );
  const f = form(start);
  return who.submit(f.action, {
    name: 'Nina Newcomer',
    email: '',
    company: 'Nina Freight',
    industry: 'logistics',
    about,
  });
}

function sentTo(club: CommandClub, userId: string) {
  return club.ports.messenger.sent.filter((s) => s.account.platformUserId === userId).map((s) => s.message);
}

describe('/apply: the applicant’s journey', () => {
  it('goes referrer → vouch → request info → answer → approve → payment instructions → payment', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const { core, community, ports } = club;
    await core.updateCommunitySettings({
      actor: club.owner.actor,
      communityId: community.id,
      patch: {
        paymentInstructions: 'Bank transfer to ACME Ltd, account 123',
        paymentInstructionsByLocale: {
          'zh-CN': '银行转账至 ACME 公司，账号 123',
          en: 'Bank transfer to ACME Ltd, account 123',
        },
      },
    });
    const sam = await club.add({ name: 'Sam Referrer', locale: 'zh-CN' });
    const nina = stranger(club, 'nina');

    const received = message(await apply(nina, 'referrer:@member-1'));
    expect(received.tone).toBe('success');
    const [application] = (await core.listApplications({ actor: club.owner.actor, communityId: community.id })).items;
    expect(application?.referrerMemberId).toBe(sam.id);
    expect(application?.vouchedAt ?? null).toBeNull();

    // The referrer is asked in their own language, with one button.
    const [ask] = sentTo(club, sam.userId);
    expect(ask?.title).toBe('你愿意为新申请人担保吗？');
    expect(ask?.buttons?.map((b) => b.label)).toEqual(['我愿意担保']);
    // Only the named referrer can vouch.
    const other = await club.add({ name: 'Not Referrer' });
    expect(message(await other.press(ask?.buttons?.[0]?.action ?? '')).tone).toBe('error');
    expect(message(await sam.press(ask?.buttons?.[0]?.action ?? '')).text).toContain('Nina Newcomer');
    const vouched = await core.getApplication({
      actor: club.owner.actor,
      communityId: community.id,
      applicationId: application?.id ?? '',
    });
    expect(vouched.application.vouchedAt).toEqual(ports.clock.now());

    // /apply again shows the state, not a second form.
    const again = message(await nina.run());
    expect(again.title).toBe('Your application');
    expect(again.buttons?.map((b) => b.label)).toEqual(['Withdraw my application']);

    await core.requestApplicationInfo({
      actor: club.owner.actor,
      communityId: community.id,
      applicationId: application?.id ?? '',
      message: 'Which countries do you ship to?',
    });
    // The decision itself DMs the applicant once it is committed.
    const [question] = sentTo(club, 'nina');
    expect(question?.title).toBe('A question about your application');
    expect(visibleText({ kind: 'message', private: true, text: '', fields: question?.fields ?? [] })).toContain(
      'Which countries do you ship to?',
    );
    const answerForm = form(await nina.press(question?.buttons?.[0]?.action ?? ''));
    // An empty answer is refused and changes nothing.
    expect(message(await nina.submit(answerForm.action, { answer: '  ' })).tone).toBe('error');
    expect(
      (
        await core.getApplication({
          actor: club.owner.actor,
          communityId: community.id,
          applicationId: application?.id ?? '',
        })
      ).application.status,
    ).toBe('info_requested');
    expect(message(await nina.submit(answerForm.action, { answer: 'Vietnam and Thailand.' })).tone).toBe('success');
    const answered = await core.getApplication({
      actor: club.owner.actor,
      communityId: community.id,
      applicationId: application?.id ?? '',
    });
    expect(answered.application).toMatchObject({ status: 'pending', infoAnswer: 'Vietnam and Thailand.' });
    expect(answered.application.infoAnsweredAt).toEqual(ports.clock.now());
    // The reviewer who asked is told.
    expect(sentTo(club, 'owner').map((m) => m.title)).toContain('An applicant answered your question');
    // A second press of the old button is refused clearly.
    expect(message(await nina.press(question?.buttons?.[0]?.action ?? '')).tone).toBe('error');

    // The queue shows the vouch and the answer; the reviewer approves from chat.
    const queue = await club.owner.say('/review');
    expect(visibleText(queue)).toContain('✓ Vouched for by the referrer');
    expect(visibleText(queue)).toContain('Answered: Vietnam and Thailand.');
    expect(message(await club.owner.press(button(queue, 'Approve', 'Nina Newcomer'))).tone).toBe('success');
    const approved = sentTo(club, 'nina').at(-1);
    expect(approved?.title).toBe('Welcome: your application is approved');
    const approvedText = [approved?.text, ...(approved?.fields ?? []).map((f) => `${f.name}: ${f.value}`)].join('\n');
    expect(approvedText).toContain('1,000 CNY');
    expect(approvedText).toContain('How to pay: Bank transfer to ACME Ltd, account 123');
    expect(approvedText).toContain('How to confirm payment');
    expect(sentTo(club, 'nina').filter((m) => m.title === approved?.title)).toHaveLength(1);
    // The decision's safety-net job (a retry) sends nothing.
    const before = ports.messenger.sent.length;
    expect(
      await core.deliverApplicationDecision({ communityId: community.id, applicationId: application?.id ?? '' }),
    ).toMatchObject({ status: 'already_sent' });
    expect(ports.messenger.sent.length).toBe(before);

    const { payment } = await core.recordPayment({
      actor: club.owner.actor,
      communityId: community.id,
      applicationId: application?.id ?? '',
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'bank_transfer',
      reference: 'TX-1',
    });
    expect(payment.memberId).toBeTruthy();
    expect(ports.roleSync.has({ platform: 'discord', workspaceId: 'G-club', platformUserId: 'nina' })).toBe(true);
  });

  it('tells a rejected applicant respectfully, with the reason only when the reviewer shares it', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const { core, community } = club;
    const a = stranger(club, 'a');
    const b = stranger(club, 'b', 'zh-CN');
    await apply(a);
    await apply(b);
    const { items } = await core.listApplications({ actor: club.owner.actor, communityId: community.id });
    const [first, second] = items;
    const privately = form(await club.owner.press(`review:reject:${first?.id}`));
    await club.owner.submit(privately.action, { reason: 'Internal: looks like a reseller' });
    const shared = form(await club.owner.press(`review:rejectshared:${second?.id}`));
    expect(shared.fields[0]?.label).toBe('Reason for the applicant (they will read it)');
    await club.owner.submit(shared.action, { reason: '我们目前只接受制造业企业' });
    const [toA] = sentTo(club, 'a');
    expect(toA?.title).toBe('About your application');
    expect(toA?.text).toContain('not able to accept');
    expect(JSON.stringify(toA)).not.toContain('reseller');
    const [toB] = sentTo(club, 'b');
    expect(toB?.title).toBe('关于你的入会申请');
    expect(toB?.fields).toEqual([{ name: '原因', value: '我们目前只接受制造业企业' }]);
  });

  it('lets an applicant withdraw, then apply again', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const nina = stranger(club, 'nina');
    await apply(nina);
    const state = await nina.run();
    expect(message(await nina.press(button(state, 'Withdraw my application'))).tone).toBe('success');
    const { items } = await club.core.listApplications({
      actor: club.owner.actor,
      communityId: club.community.id,
      status: 'withdrawn',
    });
    expect(items).toHaveLength(1);
    // Withdrawing twice: a clear message.
    expect(message(await nina.press(button(state, 'Withdraw my application'))).text).toBe(
      'You have no application under review.',
    );
    // With nothing open, /apply shows the values and the form again.
    expect(message(await nina.run()).buttons?.map((b) => b.label)).toEqual(['I share these values — apply']);
  });

  it('takes the referrer’s personal code from /me, and it stays the same', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const sam = await club.add({ name: 'Sam Referrer', locale: 'en' });
    const me = await sam.say('/me');
    const field = me.fields?.find((f) => f.name === 'Your referral code');
    // Test ids make codes like CODE0042; real ones are 8 characters without look-alikes.
    const code = /^([A-Z0-9]{8}) /.exec(field?.value ?? '')?.[1] as string;
    expect(field?.value).toBe(`${code} (someone you refer types /apply referrer:${code})`);
    expect((await sam.say('/me')).fields?.find((f) => f.name === 'Your referral code')?.value).toBe(field?.value);

    const nina = stranger(club, 'nina');
    expect(message(await apply(nina, `referrer:${code.toLowerCase()}`)).tone).toBe('success');
    const [application] = (
      await club.core.listApplications({ actor: club.owner.actor, communityId: club.community.id })
    ).items;
    expect(application?.referrerMemberId).toBe(sam.id);
  });

  it('refuses bad input with a clear message in the user’s language and writes nothing', async () => {
    const club = await createCommandClub({ locale: 'zh-CN' });
    const nina = stranger(club, 'nina', 'zh-CN');
    // An unknown referrer.
    const reply = message(await apply(nina, 'referrer:nobody-here'));
    expect(reply.tone).toBe('error');
    expect(reply.text).toMatch(/推荐|referrer/);
    // No "about" text: the form comes back keeping what was valid, asking only for the about text.
    const back = form(await apply(nina, '', '   '));
    expect(back.title).toBe('入会申请：请修改');
    expect(back.fields.map((f) => [f.id, f.value ?? null, f.problem ?? null])).toEqual([
      ['name', 'Nina Newcomer', null],
      ['email', null, null],
      ['company', 'Nina Freight', null],
      ['industry', 'logistics', null],
      ['about', null, '必填项，请填写'],
    ]);
    const { total } = await club.core.listApplications({ actor: club.owner.actor, communityId: club.community.id });
    expect(total).toBe(0);
    expect(club.ports.messenger.sent).toEqual([]);
  });

  it('prefills what the platform knows, never the email as a name', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const byName = stranger(club, 'nina');
    const named = form(await byName.press(button(await byName.run(), 'I share these values — apply')));
    expect(named.fields.map((f) => [f.id, f.value ?? null])).toEqual([
      ['name', 'Nina Newcomer'],
      ['email', null],
      ['company', null],
      ['industry', null],
      ['about', null],
    ]);
    // An account known by its email (the terminal chat's `--as newcomer@example.com`): the name is left to type.
    const caller: Caller = {
      platform: 'discord',
      workspaceId: 'G-club',
      userId: 'newcomer@example.com',
      userName: 'newcomer@example.com',
      locale: 'en',
    };
    const intro = await club.dispatcher.dispatch({ type: 'command', caller, name: 'apply', options: {} });
    const start = form(
      await club.dispatcher.dispatch({ type: 'action', caller, action: button(intro, 'I share these values — apply') }),
    );
    expect(start.fields.find((f) => f.id === 'name')?.value).toBeUndefined();
    expect(start.fields.find((f) => f.id === 'email')?.value).toBe('newcomer@example.com');
  });

  it('sends back only what was wrong, every problem at once, in the user’s language; fixing it files one application', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const nina = stranger(club, 'nina');
    const start = form(await nina.press(button(await nina.run(), 'I share these values — apply')));
    const typed = {
      name: '  ',
      email: 'nina(at)example',
      company: 'Nina Freight',
      industry: 'logistics',
      about: ABOUT,
    };
    const back = form(await nina.submit(start.action, typed));
    expect(back.title).toBe('Application: please fix');
    expect(back.action).toBe(start.action);
    expect(back.fields.map((f) => [f.id, f.value ?? null, f.problem ?? null])).toEqual([
      ['name', null, 'Required: please fill this in'],
      ['email', null, 'Not an email address; please retype it (like name@example.com)'],
      ['company', 'Nina Freight', null],
      ['industry', 'logistics', null],
      ['about', ABOUT, null],
    ]);
    expect((await club.core.listApplications({ actor: club.owner.actor, communityId: club.community.id })).total).toBe(
      0,
    );

    // The modal shows each problem where the person types.
    expect(back.fields.filter((f) => f.problem).every((f) => f.placeholder === f.problem)).toBe(true);
    const kept = Object.fromEntries(back.fields.map((f) => [f.id, f.value ?? '']));
    const done = message(await nina.submit(back.action, { ...kept, name: 'Nina Newcomer', email: 'nina@example.com' }));
    expect(done.tone).toBe('success');
    const { items } = await club.core.listApplications({ actor: club.owner.actor, communityId: club.community.id });
    expect(items.map((a) => [a.name, a.email, a.company])).toEqual([
      ['Nina Newcomer', 'nina@example.com', 'Nina Freight'],
    ]);
  });
});
