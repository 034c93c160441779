import {
  cleanId,
  type Deal,
  DomainError,
  formatMoney,
  type IntroListItem,
  LOCALES,
  type Locale,
  MEMBER_ACTIONS,
  memberActionId,
  minorDigits,
  normalizeCurrency,
  type OutboundMessage,
  parseAmount,
} from '@snowball/core';
import { actionId, type CommandContext, defineCommand } from '../definition.js';
import { type CommandTexts, formReply, privateMessage, type Reply } from '../reply.js';
import { requireMember } from '../require-member.js';
import { clip, texter } from '../texter.js';

const texts = {
  description: { en: 'Record a deal from an introduction', 'zh-CN': '登记由引荐促成的合作' },
  amount: { en: 'Deal value, e.g. 50000', 'zh-CN': '合作金额，例如 50000' },
  currency: { en: 'Currency, e.g. CNY (default: the club’s)', 'zh-CN': '货币，例如 CNY（默认为社群货币）' },
  note: { en: 'What the deal was', 'zh-CN': '合作内容' },
  intro: { en: 'The introduction (from /intros); leave out to choose', 'zh-CN': '对应的引荐（可留空，稍后选择）' },
  pickTitle: { en: 'Which introduction led to it?', 'zh-CN': '这笔合作来自哪条引荐？' },
  pick: {
    en: 'Deal of {amount}. Pick the member you did business with; you can check the details before saving.',
    'zh-CN': '合作金额 {amount}。请选择合作的会员，保存前可以再核对一遍。',
  },
  pickNote: { en: 'Your note: {note}', 'zh-CN': '你的备注：{note}' },
  withName: { en: 'With {name}', 'zh-CN': '与{name}' },
  someone: { en: 'the other member', 'zh-CN': '对方' },
  noIntroduced: {
    en: 'Deals are recorded for introductions that were made, and you have none yet. See /intros.',
    'zh-CN': '合作需要对应一条已完成的引荐，你目前还没有。请查看 /intros。',
  },
  formTitle: { en: 'Record a deal', 'zh-CN': '登记合作' },
  'label.amount': { en: 'Amount', 'zh-CN': '金额' },
  'label.currency': { en: 'Currency (CNY, USD, ...)', 'zh-CN': '货币（CNY、USD 等）' },
  'label.note': { en: 'What the deal was (optional)', 'zh-CN': '合作内容（选填）' },
  recorded: {
    en: 'Deal recorded: {amount} with {name}. Thank you! {name} is asked to confirm it.',
    'zh-CN': '合作已登记：与{name}的 {amount}。谢谢！我们已请{name}确认。',
  },
  confirmed: {
    en: 'Confirmed: {amount}. It now counts for both of you.',
    'zh-CN': '已确认：{amount}。这笔合作已计入你们双方的价值贡献。',
  },
  dmTitle: { en: 'Please confirm a deal', 'zh-CN': '请确认一笔合作' },
  dmText: {
    en: '{name} recorded a deal of {amount} from your introduction. If that is right, please confirm it.',
    'zh-CN': '{name}登记了一笔由你们的引荐促成的合作，金额 {amount}。如无误，请确认。',
  },
  dmNote: { en: 'Note', 'zh-CN': '备注' },
  confirm: { en: 'Confirm', 'zh-CN': '确认' },
} as const satisfies CommandTexts<string>;

const AMOUNT_MAX = 30;
const NOTE_MAX = 500;

/** A typed amount in minor units of a currency (the club's when none is given). */
function money(ctx: CommandContext, amount: string, currency: string | undefined) {
  const code = normalizeCurrency(currency?.trim() || ctx.community.settings.fee.currency);
  return { amountMinor: parseAmount(amount, code), currency: code };
}

/** Minor units back to what a person would type: 5000000 CNY → "50000". */
function typedAmount(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (amountMinor / 10 ** digits)
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

async function introduced(ctx: CommandContext): Promise<readonly IntroListItem[]> {
  const { actor, communityId } = requireMember(ctx);
  return ctx.core.listIntros({ actor, communityId, status: 'introduced' });
}

async function nameIn(ctx: CommandContext, introductionId: string | null): Promise<string> {
  const item = (await introduced(ctx)).find((i) => i.introduction.id === introductionId);
  return item?.counterpart?.displayName ?? texter(texts, ctx.locale)('someone');
}

/** Asks the counterpart to confirm by DM; the Confirm button also waits in their /intros. */
async function askToConfirm(ctx: CommandContext, deal: Deal): Promise<void> {
  if (!deal.counterpartId) return;
  const recorder = requireMember(ctx).member.displayName;
  const message = (locale: Locale): OutboundMessage => {
    const t = texter(texts, locale);
    return {
      title: t('dmTitle'),
      text: t('dmText', { name: recorder, amount: formatMoney(deal, locale) }),
      ...(deal.note ? { fields: [{ name: t('dmNote'), value: deal.note }] } : {}),
      buttons: [{ action: actionId('deal', 'confirm', deal.id), label: t('confirm'), style: 'primary' }],
    };
  };
  try {
    await ctx.core.notifyMember({
      communityId: deal.communityId,
      memberId: deal.counterpartId,
      key: `deal-recorded:${deal.id}`,
      kind: 'deal.recorded',
      message: Object.fromEntries(LOCALES.map((l) => [l, message(l)])) as Record<Locale, OutboundMessage>,
    });
  } catch {
    // The deal is recorded either way, and the counterpart finds the Confirm button in /intros.
  }
}

async function record(
  ctx: CommandContext,
  introductionId: string,
  value: { amountMinor: number; currency: string },
  note: string,
): Promise<Reply> {
  const { actor, communityId } = requireMember(ctx);
  const deal = await ctx.core.recordDeal({ actor, communityId, introductionId, ...value, note });
  await askToConfirm(ctx, deal);
  const name = await nameIn(ctx, introductionId);
  return privateMessage(texter(texts, ctx.locale)('recorded', { amount: formatMoney(deal, ctx.locale), name }), {
    tone: 'success',
  });
}

/**
 * `/deal amount:<n> [currency:] [note] [intro:<id>]`: records business that came from an introduction
 * (the other member is asked to confirm it). Without `intro`, the member picks one of their introductions
 * and checks the deal in a form. The other member's Confirm button (DM or /intros) lands here too.
 */
export const dealCommand = defineCommand({
  name: 'deal',
  localizedName: { 'zh-CN': '记录合作' },
  description: texts.description,
  access: 'member',
  formActions: [MEMBER_ACTIONS.dealStart.verb],
  options: [
    { name: 'amount', description: texts.amount, type: 'string', required: true, maxLength: AMOUNT_MAX },
    { name: 'currency', description: texts.currency, type: 'string', maxLength: 3 },
    { name: 'note', description: texts.note, type: 'string', maxLength: NOTE_MAX, rest: true },
    { name: 'intro', description: texts.intro, type: 'string', maxLength: 36 },
  ],
  async run(ctx, { options }) {
    const t = texter(texts, ctx.locale);
    const value = money(ctx, String(options.amount ?? ''), options.currency as string | undefined);
    const note = typeof options.note === 'string' ? options.note : '';
    const introductionId = cleanId(options.intro, 'intro');
    if (introductionId) return record(ctx, introductionId, value, note);
    const intros = await introduced(ctx);
    if (intros.length === 0) return privateMessage(t('noIntroduced'));
    // A button carries the intro, amount and currency (the note may be too long for an action id).
    const arg = (id: string) => `${id}.${value.amountMinor}.${value.currency}`;
    return privateMessage(
      [t('pick', { amount: formatMoney(value, ctx.locale) }), note ? t('pickNote', { note: clip(note, 500) }) : '']
        .filter(Boolean)
        .join('\n'),
      {
        title: t('pickTitle'),
        items: intros.slice(0, 9).map((i) => ({
          title: i.counterpart?.displayName ?? t('someone'),
          ...(i.counterpart?.summary?.company ? { text: i.counterpart.summary.company } : {}),
          buttons: [
            {
              action: memberActionId('dealStart', arg(i.introduction.id)),
              label: t('withName', { name: clip(i.counterpart?.displayName ?? t('someone'), 40) }),
              style: 'primary' as const,
            },
          ],
        })),
      },
    );
  },
  actions: {
    /** Opens the deal form for an introduction, filled with the amount when the button carries one. */
    async [MEMBER_ACTIONS.dealStart.verb](ctx, arg) {
      const t = texter(texts, ctx.locale);
      const [introductionId = '', amountMinor = '', currency = ''] = arg.split('.');
      const code = currency || ctx.community.settings.fee.currency;
      const amount = /^\d+$/.test(amountMinor) ? typedAmount(Number(amountMinor), code) : '';
      return formReply({
        action: actionId('deal', 'save', cleanId(introductionId, 'intro')),
        title: t('formTitle'),
        fields: [
          {
            id: 'amount',
            label: t('label.amount'),
            style: 'short',
            required: true,
            maxLength: AMOUNT_MAX,
            ...(amount ? { value: amount } : {}),
          },
          { id: 'currency', label: t('label.currency'), style: 'short', required: false, maxLength: 3, value: code },
          { id: 'note', label: t('label.note'), style: 'paragraph', required: false, maxLength: NOTE_MAX },
        ],
      });
    },
    async save(ctx, introductionId, values) {
      if (!values) throw new DomainError('validation.required', { field: 'amount' });
      const value = money(ctx, values.amount ?? '', values.currency);
      return record(ctx, cleanId(introductionId, 'intro'), value, values.note ?? '');
    },
    async confirm(ctx, dealId) {
      const { actor, communityId } = requireMember(ctx);
      const deal = await ctx.core.confirmDeal({ actor, communityId, dealId: cleanId(dealId, 'deal') });
      return privateMessage(texter(texts, ctx.locale)('confirmed', { amount: formatMoney(deal, ctx.locale) }), {
        tone: 'success',
      });
    },
  },
});
