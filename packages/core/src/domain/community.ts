import type { Locale } from '../i18n/locale.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { ModerationSettings } from './moderation-rules.js';
import type { Money } from './money.js';
import type { PricingSettings } from './pricing.js';

/** What the club measures and enforces; owners change it in the panel. */
export interface CommunitySettings {
  readonly defaultLocale: Locale;
  readonly timezone: string;
  readonly fee: Money;
  /** Payments in other currencies are refused. The fee currency is always accepted. */
  readonly acceptedCurrencies: readonly string[];
  readonly membershipMonths: number;
  readonly graceDays: number;
  /** A membership within this many days of its end is "expiring". */
  readonly expiringDays: number;
  readonly valuesStatement: string;
  /** The values statement in each language where the club wrote it (read it through `valuesStatementFor`). */
  readonly valuesStatementByLocale?: Readonly<Partial<Record<Locale, string>>>;
  /** Industries and keywords the club refuses (crypto, MLM, 金融传销...); matched case-insensitively. */
  readonly excludedKeywords: readonly string[];
  readonly applicationQuestions: readonly string[];
  /** Minutes before a lesson that reminders go out. */
  readonly lessonReminderLeadMinutes: readonly number[];
  /** Days before the end of a membership that renewal reminders go out. */
  readonly renewalReminderDays: readonly number[];
  readonly paymentInstructions: string;
  /** Payment instructions in each language where they differ (read them through `paymentInstructionsFor`). */
  readonly paymentInstructionsByLocale?: Readonly<Partial<Record<Locale, string>>>;
  readonly matchingIntervalDays: number;
  readonly introsPerRound: number;
  /** Matching rounds also suggest groups of three (one member's needs met by two others together); absent: off. */
  readonly groupIntros?: boolean;
  readonly introFollowUpDays: number;
  readonly questionSlaHours: number;
  /** The club's name in each language where it differs from `name` (read it through `communityName`). */
  readonly names?: Readonly<Partial<Record<Locale, string>>>;
  /** Automatic moderation; absent means the standard preset (read it through `moderationSettingsOf`). */
  readonly moderation?: ModerationSettings;
  /** Renewal, early-bird and refund rules; absent means the joining fee for every year (read through `pricingOf`). */
  readonly pricing?: PricingSettings;
  /** Hours between a confirmed `/privacy delete` and the erasure (absent: 24; read through `privacyCoolingOffHours`). */
  readonly privacyCoolingOffHours?: number;
  /** Where each new question gets a card with Claim / Answer buttons, per platform: a channel id there. None: no cards. */
  readonly staffChannels?: Readonly<Partial<Record<'discord' | 'slack' | 'feishu', string>>>;
  /** Where the weekly digest is posted (Monday 09:00 club time), per platform: a channel id there. None: no digest. */
  readonly digestChannels?: Readonly<Partial<Record<'discord' | 'slack' | 'feishu', string>>>;
  /** The digest in both languages (the club's default first); otherwise in the default language only. */
  readonly digestBothLanguages?: boolean;
}

export interface Community {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly settings: CommunitySettings;
  readonly createdAt: Date;
}

/** The club's name for a reader of `locale`: its name in that language when it has one. */
export function communityName(community: Pick<Community, 'name' | 'settings'>, locale: Locale): string {
  return community.settings.names?.[locale] ?? community.name;
}

/**
 * The placeholder older versions put in every new club's settings. It read like real instructions but named no
 * account, so a club that still has it is treated as one whose host has not set any.
 */
export const LEGACY_DEFAULT_PAYMENT_INSTRUCTIONS =
  'Pay the membership fee by bank transfer or WeChat Pay and send the reference to the owner.';

/** The payment instructions the host wrote for a reader of `locale` (their language first), or '' when none. */
export function writtenPaymentInstructions(settings: CommunitySettings, locale: Locale): string {
  const text = settings.paymentInstructionsByLocale?.[locale]?.trim() || settings.paymentInstructions.trim();
  return text === LEGACY_DEFAULT_PAYMENT_INSTRUCTIONS ? '' : text;
}

/**
 * How to pay, for a reader of `locale`: the instructions in their language when the club wrote them; until the
 * host has written any, a notice saying so (never made-up payment details).
 */
export function paymentInstructionsFor(settings: CommunitySettings, locale: Locale): string {
  return writtenPaymentInstructions(settings, locale) || notificationText(locale, 'payment.instructions_missing');
}

/** The values statement for a reader of `locale`: in their language when the club wrote it. */
export function valuesStatementFor(settings: CommunitySettings, locale: Locale): string {
  return settings.valuesStatementByLocale?.[locale]?.trim() || settings.valuesStatement;
}

export const DEFAULT_SETTINGS: CommunitySettings = {
  defaultLocale: 'zh-CN',
  timezone: 'Asia/Shanghai',
  fee: { amountMinor: 100_000, currency: 'CNY' },
  acceptedCurrencies: ['CNY'],
  membershipMonths: 12,
  graceDays: 7,
  expiringDays: 30,
  valuesStatement:
    'We do business honestly, give before we take, and never promote crypto, MLM or "financial products" to members.',
  excludedKeywords: [
    'crypto',
    'bitcoin',
    'MLM',
    'multi-level marketing',
    '币圈',
    '虚拟货币',
    '传销',
    '直销',
    '理财产品',
    '资金盘',
  ],
  applicationQuestions: [
    'What does your business do?',
    'What can you offer other members?',
    'What are you looking for?',
  ],
  lessonReminderLeadMinutes: [24 * 60, 60],
  renewalReminderDays: [30, 7, 1],
  // None until the host writes them (the setup checklist asks); members are told they will be contacted.
  paymentInstructions: '',
  matchingIntervalDays: 7,
  introsPerRound: 3,
  introFollowUpDays: 14,
  questionSlaHours: 24,
};
