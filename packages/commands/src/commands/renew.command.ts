import { DomainError, describeDiscounts, formatMoney, isDomainError, paymentInstructionsFor } from '@snowball/core';
import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { formatDate, texter } from '../texter.js';

const texts = {
  description: {
    en: 'What you pay to join or renew, and a payment link',
    'zh-CN': '查看入会或续费价格，并获取付款链接',
  },
  coupon: { en: 'A coupon code, if you have one', 'zh-CN': '优惠码（如有）' },
  joinTitle: { en: 'Membership fee', 'zh-CN': '会费' },
  renewTitle: { en: 'Renewal', 'zh-CN': '续费' },
  amount: { en: 'You pay', 'zh-CN': '应付金额' },
  listPrice: { en: 'Joining fee', 'zh-CN': '入会费' },
  why: { en: 'Why', 'zh-CN': '优惠说明' },
  endsAt: { en: 'Current membership ends', 'zh-CN': '当前会籍到期日' },
  notDue: {
    en: 'Your membership runs until {date}. Renewal opens on {opens}; run /renew again then.',
    'zh-CN': '你的会籍有效期至 {date}。续费将于 {opens} 开放，届时请再次使用 /renew。',
  },
  payLink: { en: 'Pay online: {url}', 'zh-CN': '在线付款：{url}' },
  payLinkNote: {
    en: 'The link is valid for 23 hours. Your membership is updated as soon as the payment arrives.',
    'zh-CN': '链接 23 小时内有效。付款到账后会籍会自动更新。',
  },
  howToPay: { en: 'How to pay: {instructions}', 'zh-CN': '付款方式：{instructions}' },
} as const satisfies CommandTexts<string>;

/**
 * `/renew [coupon]`: the price snowball computed for this member (joining fee, renewal price, early bird, coupon)
 * with the reason for every reduction, and a Checkout link when online payment is on and payment is due.
 */
export const renewCommand = defineCommand({
  name: 'renew',
  localizedName: { 'zh-CN': '续费' },
  description: texts.description,
  access: 'anyone',
  options: [{ name: 'coupon', description: texts.coupon, type: 'string', maxLength: 32, rest: true }],
  async run(ctx, { options }) {
    if (!ctx.member) throw new DomainError('account.not_linked');
    const t = texter(texts, ctx.locale);
    const couponCode = typeof options.coupon === 'string' && options.coupon.trim() ? options.coupon.trim() : null;
    const input = { communityId: ctx.community.id, memberId: ctx.member.id, couponCode };
    const quote = await ctx.core.quoteMembershipPrice(input);
    const tz = ctx.member.timezone ?? ctx.community.settings.timezone;
    const money = (amountMinor: number) => formatMoney({ amountMinor, currency: quote.currency }, ctx.locale);
    const fields = [
      { name: t('amount'), value: money(quote.amountMinor), inline: true },
      ...(quote.discounts.length
        ? [
            { name: t('listPrice'), value: money(quote.listAmountMinor), inline: true },
            { name: t('why'), value: describeDiscounts(quote, ctx.locale).join('\n') },
          ]
        : []),
      ...(quote.state.endsAt
        ? [{ name: t('endsAt'), value: formatDate(quote.state.endsAt, ctx.locale, tz), inline: true }]
        : []),
    ];
    const title = t(quote.purpose === 'join' ? 'joinTitle' : 'renewTitle');
    if (!quote.due) {
      const text = t('notDue', {
        date: formatDate(quote.state.endsAt, ctx.locale, tz),
        opens: formatDate(quote.opensAt, ctx.locale, tz),
      });
      return privateMessage(text, { title, fields });
    }
    const instructions = t('howToPay', {
      instructions: paymentInstructionsFor(ctx.community.settings, ctx.locale),
    });
    try {
      const { intent } = await ctx.core.startCheckout(input);
      return privateMessage(`${t('payLink', { url: intent.url ?? '' })}\n${t('payLinkNote')}`, { title, fields });
    } catch (error) {
      // Without online payment the member pays as the club describes, at the same computed price.
      if (isDomainError(error) && error.code === 'checkout.not_configured') {
        return privateMessage(instructions, { title, fields });
      }
      throw error;
    }
  },
});
