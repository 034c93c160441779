import { DomainError, formatMoney, isDomainError, paymentInstructionsFor } from '@snowball/core';
import { defineCommand } from '../definition.js';
import { type CommandTexts, privateMessage } from '../reply.js';
import { formatDate, texter } from '../texter.js';

const texts = {
  description: { en: 'My membership, contributions and introductions', 'zh-CN': '我的会籍、贡献和引荐' },
  title: { en: 'Your membership', 'zh-CN': '你的会籍' },
  status: { en: 'Status', 'zh-CN': '状态' },
  endsAt: { en: 'Ends', 'zh-CN': '到期日' },
  graceEndsAt: { en: 'Access until', 'zh-CN': '宽限期至' },
  contributions: { en: 'Contributions', 'zh-CN': '价值贡献' },
  intros: { en: 'Introductions waiting for you', 'zh-CN': '待你回复的引荐' },
  platforms: { en: 'Linked platforms', 'zh-CN': '已关联平台' },
  roles: { en: 'Staff roles', 'zh-CN': '管理角色' },
  renew: { en: 'Renewal: {fee}. {instructions}', 'zh-CN': '续费：{fee}。{instructions}' },
  join: { en: 'Membership fee: {fee}. {instructions}', 'zh-CN': '会费：{fee}。{instructions}' },
  receipts: { en: 'Receipts', 'zh-CN': '收据' },
  receiptLine: {
    en: '{date} · {amount} · {method} · ref {reference}',
    'zh-CN': '{date} · {amount} · {method} · 凭证号 {reference}',
  },
  method_stripe: { en: 'online (Stripe)', 'zh-CN': '在线支付（Stripe）' },
  method_bank_transfer: { en: 'bank transfer', 'zh-CN': '银行转账' },
  method_wechat_pay: { en: 'WeChat Pay', 'zh-CN': '微信支付' },
  method_alipay: { en: 'Alipay', 'zh-CN': '支付宝' },
  method_card: { en: 'card', 'zh-CN': '银行卡' },
  method_cash: { en: 'cash', 'zh-CN': '现金' },
  method_other: { en: 'other', 'zh-CN': '其他' },
  payOnline: {
    en: 'Pay {amount} online: {url} (/renew shows the price and any coupon)',
    'zh-CN': '在线支付 {amount}：{url}（/renew 可查看价格明细和使用优惠码）',
  },
  none: { en: 'approved, waiting for payment', 'zh-CN': '已通过审核，待付款' },
  active: { en: 'active', 'zh-CN': '有效' },
  expiring: { en: 'expiring soon', 'zh-CN': '即将到期' },
  grace: { en: 'in grace period', 'zh-CN': '宽限期中' },
  lapsed: { en: 'lapsed', 'zh-CN': '已过期' },
  referralCode: { en: 'Your referral code', 'zh-CN': '你的推荐码' },
  referralHint: {
    en: '{code} (someone you refer types /apply referrer:{code})',
    'zh-CN': '{code}（你推荐的人申请时输入 /apply referrer:{code}）',
  },
} as const satisfies CommandTexts<string>;

/** `/me`: membership status and end date, contributions, pending introductions. */
export const meCommand = defineCommand({
  name: 'me',
  localizedName: { 'zh-CN': '我的会籍' },
  description: texts.description,
  access: 'anyone',
  async run(ctx) {
    if (!ctx.member) throw new DomainError('account.not_linked');
    const t = texter(texts, ctx.locale);
    const o = await ctx.core.getMemberOverview({ communityId: ctx.community.id, memberId: ctx.member.id });
    const code = ctx.actor ? await ctx.core.getReferralCode({ actor: ctx.actor, communityId: ctx.community.id }) : null;
    const tz = ctx.member.timezone ?? ctx.community.settings.timezone;
    const payments = await ctx.core.listMyPayments({ communityId: ctx.community.id, memberId: ctx.member.id });
    const receipts = payments.slice(0, 3).map((p) =>
      t('receiptLine', {
        date: formatDate(p.paidAt, ctx.locale, tz),
        amount: formatMoney(p, ctx.locale),
        method: t(`method_${p.method}`),
        reference: p.reference,
      }),
    );
    const { status } = o.membership;
    const fields = [
      { name: t('status'), value: t(status), inline: true },
      { name: t('endsAt'), value: formatDate(o.membership.endsAt, ctx.locale, tz), inline: true },
      ...(status === 'grace'
        ? [{ name: t('graceEndsAt'), value: formatDate(o.membership.graceEndsAt, ctx.locale, tz), inline: true }]
        : []),
      { name: t('contributions'), value: String(o.contributions.length), inline: true },
      { name: t('intros'), value: String(o.pendingIntros.length), inline: true },
      { name: t('platforms'), value: o.accounts.map((a) => a.platform).join(', ') || '—', inline: true },
      ...(o.roles.length ? [{ name: t('roles'), value: o.roles.join(', '), inline: true }] : []),
      ...(code ? [{ name: t('referralCode'), value: t('referralHint', { code }) }] : []),
      ...(receipts.length ? [{ name: t('receipts'), value: receipts.join('\n') }] : []),
    ];
    const { settings } = ctx.community;
    let renew =
      status === 'expiring' || status === 'grace' || status === 'lapsed' || status === 'none'
        ? t(status === 'none' ? 'join' : 'renew', {
            fee: formatMoney(settings.fee, ctx.locale),
            instructions: paymentInstructionsFor(settings, ctx.locale),
          })
        : '';
    if (renew) {
      // With online payment on: the price snowball computed (renewal price, early bird) and a Checkout link.
      const checkout = await ctx.core
        .startCheckout({ communityId: ctx.community.id, memberId: ctx.member.id })
        .catch((error: unknown) => {
          if (isDomainError(error) && (error.code === 'checkout.not_configured' || error.code === 'checkout.not_due'))
            return null;
          throw error;
        });
      if (checkout?.intent.url) {
        renew = t('payOnline', { amount: formatMoney(checkout.quote, ctx.locale), url: checkout.intent.url });
      }
    }
    return privateMessage(renew || `${ctx.member.displayName} (@${ctx.member.handle})`, { title: t('title'), fields });
  },
});
