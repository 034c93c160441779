import {
  cleanId,
  formatDate,
  formatMoney,
  INTRO_REMINDER_DAYS_LEFT,
  INTRO_RESPONSE_DAYS,
  type IntroFollowUpAnswer,
  type IntroListGroup,
  type IntroListItem,
  type IntroResponse,
  introMet,
  introReasonText,
  MEMBER_ACTIONS,
  memberActionId,
  PROPOSAL_REASON_MAX,
  parseKeyInstant,
} from '@snowball/core';
import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { profileFields } from '../profile-view.js';
import { type Button, type CommandTexts, type Item, privateMessage, type Reply } from '../reply.js';
import { requireMember, timezoneOf } from '../require-member.js';
import { clip, texter } from '../texter.js';

const texts = {
  description: { en: 'Suggested introductions', 'zh-CN': '为你推荐的引荐' },
  title: { en: 'Your introductions', 'zh-CN': '你的引荐' },
  summary: {
    en: '{waiting} waiting for your answer · {introduced} introduced',
    'zh-CN': '{waiting} 条待你回复 · {introduced} 条已引荐',
  },
  hint: {
    en: 'An introduction happens only when you both accept. Declining is fine: nobody is told why.',
    'zh-CN': '双方都接受后才会正式引荐。婉拒也没关系，我们不会告知对方原因。',
  },
  empty: {
    en: 'No introductions yet. Fill in what you can offer and what you look for in /profile: every {days} days we suggest people you should meet.',
    'zh-CN': '暂时还没有引荐。在 /profile 填写你可提供的资源和需求：我们每 {days} 天会为你推荐值得认识的人。',
  },
  new: { en: 'new · answer by {date}', 'zh-CN': '新引荐 · 请在 {date} 前回复' },
  later: { en: 'later · answer by {date}', 'zh-CN': '稍后再说 · 请在 {date} 前回复' },
  waitingFor: { en: 'you accepted · waiting for {name}', 'zh-CN': '你已接受 · 等待{name}回复' },
  introducedOn: { en: 'introduced {date}', 'zh-CN': '{date} 已引荐' },
  why: { en: 'Why we suggest it', 'zh-CN': '推荐理由' },
  yourReason: { en: 'Your reason', 'zh-CN': '你的理由' },
  theirReason: { en: 'Why they ask', 'zh-CN': '对方的理由' },
  askedYou: { en: 'asked to meet you', 'zh-CN': '想认识你' },
  deals: { en: 'Deals', 'zh-CN': '合作' },
  confirmed: { en: 'confirmed', 'zh-CN': '已确认' },
  unconfirmed: { en: 'waiting for confirmation', 'zh-CN': '待确认' },
  accept: { en: 'Accept', 'zh-CN': '接受' },
  decline: { en: 'Decline', 'zh-CN': '婉拒' },
  snooze: { en: 'Later', 'zh-CN': '稍后再说' },
  recordDeal: { en: 'Record a deal', 'zh-CN': '登记合作' },
  confirmDeal: { en: 'Confirm {amount}', 'zh-CN': '确认 {amount}' },
  someone: { en: 'the other member', 'zh-CN': '对方' },
  introduced: {
    en: 'You and {name} both accepted: you are connected! We sent you both a message with how to reach each other.',
    'zh-CN': '你和{name}都接受了引荐，你们已建立联系！我们已私信双方彼此的联系方式。',
  },
  accepted: {
    en: 'Thank you! We will introduce you as soon as {name} accepts too.',
    'zh-CN': '谢谢！{name}也接受后，我们会为你们牵线。',
  },
  groupIntroduced: {
    en: 'All three of you ({names}) accepted: you are connected! We sent you a message with how to reach each other.',
    'zh-CN': '你们三位（{names}）都接受了引荐，已建立联系！我们已发消息告知彼此的联系方式。',
  },
  groupAccepted: {
    en: 'Thank you! This introduction is for three: we will introduce you as soon as {names} have both accepted.',
    'zh-CN': '谢谢！这是三方引荐：{names}都接受后，我们会为你们三位牵线。',
  },
  groupAcceptedOne: {
    en: 'Thank you! This introduction is for three: we will introduce the three of you as soon as {name} accepts too.',
    'zh-CN': '谢谢！这是三方引荐：{name}也接受后，我们会为你们三位牵线。',
  },
  declined: {
    en: 'Declined. Nobody is told why, and we will not suggest this pair again.',
    'zh-CN': '已婉拒。我们不会告知对方原因，也不会再推荐你们认识。',
  },
  snoozed: {
    en: 'OK, later. The introduction stays open until {date} (find it in /intros); we send one reminder {days} days before it closes.',
    'zh-CN': '好的，稍后再说。此引荐在 {date} 前有效（可在 /intros 找到）；结束前 {days} 天我们会提醒你一次。',
  },
  followUpLater: {
    en: 'Thanks! We will ask again on {date}. Business came of it sooner? Record it any time with /deal.',
    'zh-CN': '谢谢！我们会在 {date} 再问问你。如果更早促成了合作，随时可以用 /deal 登记。',
  },
  followUpNo: {
    en: 'Thanks for telling us. We will not ask about this introduction again.',
    'zh-CN': '谢谢告知，我们不会再就这条引荐询问你。',
  },
  met: { en: 'We met', 'zh-CN': '我们见过面了' },
  metBoth: { en: 'met', 'zh-CN': '已见面' },
  metRecorded: {
    en: 'Thanks! We noted that you met {name}. Business came of it? Record it any time with /deal.',
    'zh-CN': '谢谢！已记录你和{name}见过面。如果促成了合作，随时可以用 /deal 登记。',
  },
  proposeOption: {
    en: 'Ask to be introduced to a member: @mention them',
    'zh-CN': '申请认识一位会员：@提及对方',
  },
  reasonOption: {
    en: 'Why you would like to meet (they will read it)',
    'zh-CN': '你想认识对方的理由（对方会看到）',
  },
  reasonMissing: {
    en: 'Tell them why you would like to meet: /intros propose:@member reason:<why>',
    'zh-CN': '请说明你想认识对方的理由：/intros propose:@会员 reason:<理由>',
  },
  proposed: {
    en: 'Asked! We sent {name} your request with your reason. If they accept, we introduce you; nobody is told if they decline. It stays open until {date}.',
    'zh-CN':
      '已发出！我们已把你的申请和理由私信给{name}。对方接受后我们会为你们牵线；如对方婉拒，不会告知任何人。申请在 {date} 前有效。',
  },
  group: { en: '{names} · group of three', 'zh-CN': '{names} · 三方引荐' },
  about: { en: 'About {name}', 'zh-CN': '关于{name}' },
  whyWith: { en: 'Why with {name}', 'zh-CN': '与{name}的推荐理由' },
  dealWith: { en: 'Deal with {name}', 'zh-CN': '登记与{name}的合作' },
  metWith: { en: 'I met {name}', 'zh-CN': '我见过{name}了' },
  followUpDeal: {
    en: 'A deal from this introduction is already recorded: thank you! See it in /intros.',
    'zh-CN': '这条引荐已登记了合作，谢谢！可在 /intros 查看。',
  },
} as const satisfies CommandTexts<string>;

const DAY = 86_400_000;
/** Discord shows at most 25 buttons and 9 items besides the header. */
const MAX_BUTTONS = 25;
const MAX_ITEMS = 8;

function myAnswer(ctx: CommandContext, item: IntroListItem) {
  const { introduction: i } = item;
  return i.memberA === ctx.member?.id ? i.answerA : i.answerB;
}

function nameOf(ctx: CommandContext, item: IntroListItem | undefined): string {
  return item?.counterpart?.displayName ?? texter(texts, ctx.locale)('someone');
}

function introItem(ctx: CommandContext, item: IntroListItem): Item {
  const t = texter(texts, ctx.locale);
  const me = requireMember(ctx).member.id;
  const { introduction: intro } = item;
  const tz = timezoneOf(ctx);
  const name = nameOf(ctx, item);
  const answer = myAnswer(ctx, item);
  const until = formatDate(new Date(intro.createdAt.getTime() + INTRO_RESPONSE_DAYS * DAY), tz, ctx.locale);
  const asked = !intro.proposedBy ? null : intro.proposedBy === me ? 'me' : 'them';
  const state =
    intro.status === 'introduced'
      ? `${t('introducedOn', { date: formatDate(intro.introducedAt ?? intro.createdAt, tz, ctx.locale) })}${introMet(intro) ? ` · ${t('metBoth')}` : ''}`
      : answer === 'accepted'
        ? t('waitingFor', { name })
        : t(answer === 'snoozed' ? 'later' : 'new', { date: until });
  const buttons: Button[] = [];
  if (intro.status === 'proposed' && answer !== 'accepted') {
    buttons.push(
      { action: memberActionId('introAccept', intro.id), label: t('accept'), style: 'primary' },
      { action: memberActionId('introDecline', intro.id), label: t('decline'), style: 'danger' },
    );
    if (answer !== 'snoozed') buttons.push({ action: memberActionId('introSnooze', intro.id), label: t('snooze') });
  }
  if (intro.status === 'introduced') {
    buttons.push({ action: memberActionId('dealStart', intro.id), label: t('recordDeal') });
    if (!(intro.memberA === me ? intro.metA : intro.metB)) {
      buttons.push({ action: memberActionId('introMet', intro.id), label: t('met') });
    }
    // The other member's deals wait for my confirmation.
    for (const deal of item.deals.filter((d) => d.counterpartId === me && !d.confirmedByCounterpart).slice(0, 2)) {
      buttons.push({
        action: actionId('deal', 'confirm', deal.id),
        label: t('confirmDeal', { amount: formatMoney(deal, ctx.locale) }),
        style: 'primary',
      });
    }
  }
  const deals = item.deals.map(
    (d) => `${formatMoney(d, ctx.locale)} · ${t(d.confirmedByCounterpart ? 'confirmed' : 'unconfirmed')}`,
  );
  return {
    title: `${name} · ${state}${asked === 'them' && intro.status === 'proposed' ? ` · ${t('askedYou')}` : ''}`,
    // A member's own request shows their words as theirs, not as our suggestion.
    text: `${t(asked === 'me' ? 'yourReason' : asked === 'them' ? 'theirReason' : 'why')}: ${introReasonText(intro, me, ctx.locale)}`,
    fields: [
      ...(item.counterpart?.summary ? profileFields(item.counterpart.summary, ctx.locale, { max: 200 }) : []),
      ...(deals.length ? [{ name: t('deals'), value: deals.join('\n') }] : []),
    ],
    buttons,
  };
}

/** Names as a list in the reader's language: `Sam and Mia` / `Sam、Mia`. */
function joinNames(ctx: CommandContext, names: readonly string[]): string {
  return names.join(ctx.locale === 'en' ? ' and ' : '、');
}

/**
 * A group introduction of three as one entry: both other members named, the group's state (whose answer it
 * waits for, or introduced), Accept / Decline / Later for the whole group (core answers for the group whichever of
 * the member's pairs the button carries), then per other member a deal to record and "I met them".
 */
function groupItem(ctx: CommandContext, group: IntroListGroup, items: readonly IntroListItem[]): Item {
  const t = texter(texts, ctx.locale);
  const me = requireMember(ctx).member.id;
  const tz = timezoneOf(ctx);
  const head = items[0] as IntroListItem;
  const others = group.members.filter((m) => m.memberId !== me);
  const name = (id: string) => others.find((o) => o.memberId === id)?.counterpart?.displayName ?? t('someone');
  const names = joinNames(
    ctx,
    others.map((o) => name(o.memberId)),
  );
  const answer = group.members.find((m) => m.memberId === me)?.answer ?? 'pending';
  const until = formatDate(new Date(head.introduction.createdAt.getTime() + INTRO_RESPONSE_DAYS * DAY), tz, ctx.locale);
  const introducedAt = head.introduction.introducedAt ?? head.introduction.createdAt;
  const pending = others.filter((o) => o.answer !== 'accepted').map((o) => name(o.memberId));
  const state =
    group.status === 'introduced'
      ? `${t('introducedOn', { date: formatDate(introducedAt, tz, ctx.locale) })}${items.every((i) => introMet(i.introduction)) ? ` · ${t('metBoth')}` : ''}`
      : answer === 'accepted'
        ? t('waitingFor', { name: joinNames(ctx, pending.length ? pending : [names]) })
        : t(answer === 'snoozed' ? 'later' : 'new', { date: until });
  const otherOf = (item: IntroListItem) => item.counterpartId ?? '';
  const buttons: Button[] = [];
  if (group.status === 'proposed' && answer !== 'accepted') {
    const id = head.introduction.id;
    buttons.push(
      { action: memberActionId('introAccept', id), label: t('accept'), style: 'primary' },
      { action: memberActionId('introDecline', id), label: t('decline'), style: 'danger' },
    );
    if (answer !== 'snoozed') buttons.push({ action: memberActionId('introSnooze', id), label: t('snooze') });
  }
  if (group.status === 'introduced') {
    for (const item of items) {
      const intro = item.introduction;
      const other = name(otherOf(item));
      buttons.push({ action: memberActionId('dealStart', intro.id), label: t('dealWith', { name: other }) });
      if (!(intro.memberA === me ? intro.metA : intro.memberB === me ? intro.metB : true)) {
        buttons.push({ action: memberActionId('introMet', intro.id), label: t('metWith', { name: other }) });
      }
    }
    for (const deal of items
      .flatMap((i) => i.deals)
      .filter((d) => d.counterpartId === me && !d.confirmedByCounterpart)
      .slice(0, 2)) {
      buttons.push({
        action: actionId('deal', 'confirm', deal.id),
        label: t('confirmDeal', { amount: formatMoney(deal, ctx.locale) }),
        style: 'primary',
      });
    }
  }
  // A staff reason is the same words on every pair: said once; a round's reasons differ per pair.
  const reasons = items.map((i) => ({
    other: name(otherOf(i)),
    text: introReasonText(i.introduction, me, ctx.locale),
  }));
  const text =
    new Set(reasons.map((r) => r.text)).size === 1
      ? `${t('why')}: ${reasons[0]?.text ?? ''}`
      : reasons.map((r) => `${t('whyWith', { name: r.other })}: ${r.text}`).join('\n');
  const deals = items.flatMap((i) =>
    i.deals.map(
      (d) =>
        `${name(otherOf(i))} · ${formatMoney(d, ctx.locale)} · ${t(d.confirmedByCounterpart ? 'confirmed' : 'unconfirmed')}`,
    ),
  );
  return {
    title: `${t('group', { names })} · ${state}`,
    text,
    fields: [
      ...others.flatMap((o) => {
        const summary = o.counterpart?.summary;
        const lines = summary
          ? profileFields(summary, ctx.locale, { max: 120 }).map((f) => `${f.name}: ${f.value}`)
          : [];
        return lines.length
          ? [{ name: t('about', { name: name(o.memberId) }), value: clip(lines.join('\n'), 600) }]
          : [];
      }),
      ...(deals.length ? [{ name: t('deals'), value: deals.join('\n') }] : []),
    ],
    buttons,
  };
}

/**
 * The member's list as entries: an introduction of two is one entry, the pairs of a group of three one entry
 * together (in the place of its newest pair).
 */
function entriesOf(all: readonly IntroListItem[]): { readonly head: IntroListItem; readonly items: IntroListItem[] }[] {
  const entries: { head: IntroListItem; items: IntroListItem[] }[] = [];
  const byGroup = new Map<string, { head: IntroListItem; items: IntroListItem[] }>();
  for (const item of all) {
    const groupId = item.group ? item.introduction.groupId : null;
    const known = groupId ? byGroup.get(groupId) : undefined;
    if (known) {
      known.items.push(item);
      continue;
    }
    const entry = { head: item, items: [item] };
    if (groupId) byGroup.set(groupId, entry);
    entries.push(entry);
  }
  return entries;
}

/** Items in order until the next one would pass Discord's button limit. */
function fit(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  let buttons = 0;
  for (const item of items.slice(0, MAX_ITEMS)) {
    buttons += item.buttons?.length ?? 0;
    if (buttons > MAX_BUTTONS) break;
    out.push(item);
  }
  return out;
}

async function respond(ctx: CommandContext, introductionId: string, answer: IntroResponse): Promise<Reply> {
  const t = texter(texts, ctx.locale);
  const { actor, communityId } = requireMember(ctx);
  // Once both accepted, respondToIntro tells both members how to reach each other.
  const after = await ctx.core.respondToIntro({ actor, communityId, introductionId, answer });
  const mine = await ctx.core.listIntros({ actor, communityId });
  const item = mine.find((i) => i.introduction.id === introductionId);
  const name = nameOf(ctx, item);
  // One of a group of three: the answer was the group's, so the reply names both others.
  const group = after.groupId ? mine.filter((i) => i.introduction.groupId === after.groupId) : [];
  const names = group.map((i) => nameOf(ctx, i)).join(ctx.locale === 'en' ? ' and ' : '、');
  if (after.status === 'introduced' && group.length > 1) {
    return privateMessage(t('groupIntroduced', { names }), { tone: 'success' });
  }
  if (after.status === 'introduced') return privateMessage(t('introduced', { name }), { tone: 'success' });
  if (after.status === 'declined') return privateMessage(t('declined'));
  if (answer === 'snooze') {
    const until = new Date(after.createdAt.getTime() + INTRO_RESPONSE_DAYS * DAY);
    return privateMessage(
      t('snoozed', { date: formatDate(until, timezoneOf(ctx), ctx.locale), days: INTRO_REMINDER_DAYS_LEFT }),
    );
  }
  // Only one of the others still to answer: name just them.
  const waitingFor = (group[0]?.group?.members ?? []).filter((m) => m.counterpart && m.answer !== 'accepted');
  if (group.length > 1 && waitingFor.length === 1) {
    return privateMessage(t('groupAcceptedOne', { name: waitingFor[0]?.counterpart?.displayName ?? t('someone') }), {
      tone: 'success',
    });
  }
  if (group.length > 1) return privateMessage(t('groupAccepted', { names }), { tone: 'success' });
  return privateMessage(t('accepted', { name }), { tone: 'success' });
}

/** "Not yet" or "No" to the follow-up; the argument is `<introId>.<followUpAt>`, the question asked. */
async function answerFollowUp(ctx: CommandContext, arg: string, answer: IntroFollowUpAnswer): Promise<Reply> {
  const t = texter(texts, ctx.locale);
  const { actor, communityId } = requireMember(ctx);
  // The instant has a '.' of its own (`20270301T040000.000Z`): split at the first one.
  const dot = arg.indexOf('.');
  const id = dot < 0 ? arg : arg.slice(0, dot);
  const askedAt = dot < 0 ? null : parseKeyInstant(arg.slice(dot + 1));
  const after = await ctx.core.answerIntroFollowUp({
    actor,
    communityId,
    introductionId: cleanId(id, 'intro'),
    answer,
    ...(askedAt ? { askedAt } : {}),
  });
  if (after.followUpOutcome === 'deal') return privateMessage(t('followUpDeal'), { tone: 'success' });
  if (after.followUpOutcome === 'no' || !after.followUpAt) return privateMessage(t('followUpNo'));
  return privateMessage(t('followUpLater', { date: formatDate(after.followUpAt, timezoneOf(ctx), ctx.locale) }));
}

async function recordMet(ctx: CommandContext, id: string): Promise<Reply> {
  const { actor, communityId } = requireMember(ctx);
  await ctx.core.recordIntroMeeting({ actor, communityId, introductionId: cleanId(id, 'intro') });
  const item = (await ctx.core.listIntros({ actor, communityId })).find((i) => i.introduction.id === id);
  return privateMessage(texter(texts, ctx.locale)('metRecorded', { name: nameOf(ctx, item) }), { tone: 'success' });
}

/**
 * `/intros propose:@member reason:<why>` (on Slack and in the terminal also `/intros propose @member why`): the
 * member asks to be introduced; the other gets the usual Accept / Decline / Later (core's `proposeIntro`).
 */
async function propose(ctx: CommandContext, who: string, why: string): Promise<Reply> {
  const t = texter(texts, ctx.locale);
  const { actor, communityId } = requireMember(ctx);
  if (!why.trim()) return privateMessage(t('reasonMissing'), { tone: 'warning' });
  const intro = await ctx.core.proposeIntro({
    actor,
    communityId,
    counterpart: { platform: ctx.caller.platform, workspaceId: ctx.caller.workspaceId, text: who },
    reason: why,
  });
  const item = (await ctx.core.listIntros({ actor, communityId })).find((i) => i.introduction.id === intro.id);
  const until = new Date(intro.createdAt.getTime() + INTRO_RESPONSE_DAYS * DAY);
  return privateMessage(
    t('proposed', { name: nameOf(ctx, item), date: formatDate(until, timezoneOf(ctx), ctx.locale) }),
    {
      tone: 'success',
    },
  );
}

/** Free text `propose <who> <why>` (Slack, terminal) as the two options. */
function proposalFrom(options: Readonly<Record<string, unknown>>): { who: string; why: string } | null {
  const who = typeof options.propose === 'string' ? options.propose.trim() : '';
  const reason = typeof options.reason === 'string' ? options.reason.trim() : '';
  if (who) return { who, why: reason };
  const match = /^propose\s+(\S+)\s*([\s\S]*)$/i.exec(reason);
  return match ? { who: match[1] ?? '', why: match[2] ?? '' } : null;
}

/**
 * `/intros`: introductions waiting for my answer (the other member's summary and why, Accept / Decline /
 * Later), then the ones made (Record a deal, Confirm the other's deal), then those waiting for the other side.
 * The buttons of the introduction DMs (`intros:accept:<id>`...) and the follow-up's Not yet / No
 * (`intros:notyet:<id>.<followUpAt>`, `intros:nodeal:...`) land here too.
 */
export const introsCommand = defineCommand({
  name: 'intros',
  localizedName: { 'zh-CN': '引荐' },
  description: texts.description,
  access: 'member',
  options: [
    { name: 'propose', description: texts.proposeOption, type: 'string', maxLength: 100 },
    {
      name: 'reason',
      description: texts.reasonOption,
      type: 'string',
      maxLength: PROPOSAL_REASON_MAX + 120,
      rest: true,
    },
  ],
  async run(ctx, { options }) {
    const proposal = proposalFrom(options);
    if (proposal) return propose(ctx, proposal.who, proposal.why);
    const t = texter(texts, ctx.locale);
    const { actor, communityId } = requireMember(ctx);
    // A group of three is one entry: its state is the group's, and the member's answer is the same on both pairs.
    const entries = entriesOf(await ctx.core.listIntros({ actor, communityId }));
    const status = (e: (typeof entries)[number]) => e.head.group?.status ?? e.head.introduction.status;
    const waiting = entries.filter((e) => status(e) === 'proposed' && myAnswer(ctx, e.head) !== 'accepted');
    const introduced = entries.filter((e) => status(e) === 'introduced');
    const theirs = entries.filter((e) => status(e) === 'proposed' && myAnswer(ctx, e.head) === 'accepted');
    if (waiting.length + introduced.length + theirs.length === 0) {
      return privateMessage(t('empty', { days: ctx.community.settings.matchingIntervalDays }));
    }
    return privateMessage(`${t('summary', { waiting: waiting.length, introduced: introduced.length })}\n${t('hint')}`, {
      title: t('title'),
      items: fit(
        [...waiting, ...introduced, ...theirs].map((e) =>
          e.head.group ? groupItem(ctx, e.head.group, e.items) : introItem(ctx, e.head),
        ),
      ),
    });
  },
  // The verbs of core's buttons (MEMBER_ACTIONS): the introduction DMs and the follow-up land here.
  actions: {
    [MEMBER_ACTIONS.introAccept.verb]: (ctx, id) => respond(ctx, id, 'accept'),
    [MEMBER_ACTIONS.introDecline.verb]: (ctx, id) => respond(ctx, id, 'decline'),
    [MEMBER_ACTIONS.introSnooze.verb]: (ctx, id) => respond(ctx, id, 'snooze'),
    /** The follow-up's "Not yet" (its "Yes" opens the /deal form: `deal:start:<id>`). */
    [MEMBER_ACTIONS.followUpNotYet.verb]: (ctx, arg) => answerFollowUp(ctx, arg, 'not_yet'),
    [MEMBER_ACTIONS.followUpNo.verb]: (ctx, arg) => answerFollowUp(ctx, arg, 'no'),
    [MEMBER_ACTIONS.introMet.verb]: (ctx, id) => recordMet(ctx, id),
  },
});
