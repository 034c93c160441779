import type { Locale } from './locale.js';
import { type Catalogue, translate } from './translate.js';

/** Texts of receipts, checkout links and refund notices, in zh-CN and en. */
export const paymentMessages = {
  'receipt.title': { en: 'Receipt', 'zh-CN': '收据' },
  'receipt.text': {
    en: 'Thank you: your payment to {club} is recorded.',
    'zh-CN': '感谢付款，你向 {club} 的付款已登记。',
  },
  'receipt.club': { en: 'Club', 'zh-CN': '社群' },
  'receipt.member': { en: 'Member', 'zh-CN': '会员' },
  'receipt.period': { en: 'Membership period', 'zh-CN': '会籍期间' },
  'receipt.amount': { en: 'Amount', 'zh-CN': '金额' },
  'receipt.method': { en: 'Method', 'zh-CN': '付款方式' },
  'receipt.reference': { en: 'Reference', 'zh-CN': '凭证号' },
  'receipt.discounts': { en: 'Discounts', 'zh-CN': '优惠' },
  'checkout.title': { en: 'Pay online', 'zh-CN': '在线付款' },
  'checkout.text': {
    en: 'Pay {amount} securely with Stripe: {url}',
    'zh-CN': '通过 Stripe 安全支付 {amount}：{url}',
  },
  'checkout.approved.confirm': {
    en: 'Your membership starts as soon as the payment goes through; you need not send a reference. The link works until {until}; /renew gives you a new one after that.',
    'zh-CN': '付款成功后会籍立即生效，无需再发送付款凭证。链接在 {until} 前有效；过期后可用 /renew 获取新链接。',
  },
  'method.stripe': { en: 'Online (Stripe)', 'zh-CN': '在线支付（Stripe）' },
} as const satisfies Catalogue;

export type PaymentMessageKey = keyof typeof paymentMessages;

export function paymentText(
  locale: Locale,
  key: PaymentMessageKey,
  params?: Readonly<Record<string, unknown>>,
): string {
  return translate(paymentMessages, locale, key, params);
}
