import { z } from 'zod';
import { type CommunitySettings, DEFAULT_SETTINGS } from '../domain/community.js';
import { isKnownCurrency } from '../domain/money.js';
import { DomainError } from '../errors/domain-error.js';
import { moderationSettingsSchema } from './moderation-settings.js';
import { pricingSettingsSchema } from './pricing-settings.js';

function isTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const currency = z
  .string()
  .transform((c) => c.toUpperCase())
  .refine(isKnownCurrency, 'unknown currency');
/** A channel id per platform (Discord channel, Slack channel, Feishu chat); a platform left out has none. */
const channelIds = z
  .object({
    discord: z
      .string()
      .trim()
      .regex(/^\d{5,25}$/, 'a Discord channel id is a number'),
    slack: z
      .string()
      .trim()
      .regex(/^[CG][A-Z0-9]{5,20}$/, 'a Slack channel id starts with C or G'),
    feishu: z
      .string()
      .trim()
      .regex(/^oc_[A-Za-z0-9_-]{5,60}$/, 'a Feishu chat id starts with oc_'),
  })
  .partial();
const keywords = z.array(z.string().trim().min(1).max(60)).max(500);

export const settingsSchema = z.object({
  defaultLocale: z.enum(['zh-CN', 'en']),
  timezone: z.string().refine(isTimezone, 'unknown timezone'),
  fee: z.object({ amountMinor: z.number().int().positive().max(1e12), currency }),
  acceptedCurrencies: z.array(currency).max(40),
  membershipMonths: z.number().int().min(1).max(60),
  graceDays: z.number().int().min(0).max(90),
  expiringDays: z.number().int().min(1).max(120),
  valuesStatement: z.string().max(4000),
  valuesStatementByLocale: z
    .object({ 'zh-CN': z.string().max(4000), en: z.string().max(4000) })
    .partial()
    .optional(),
  excludedKeywords: keywords,
  applicationQuestions: z.array(z.string().trim().min(1).max(300)).max(10),
  lessonReminderLeadMinutes: z
    .array(
      z
        .number()
        .int()
        .min(1)
        .max(7 * 24 * 60),
    )
    .max(5),
  renewalReminderDays: z.array(z.number().int().min(1).max(120)).max(6),
  paymentInstructions: z.string().max(2000),
  paymentInstructionsByLocale: z
    .object({ 'zh-CN': z.string().max(2000), en: z.string().max(2000) })
    .partial()
    .optional(),
  matchingIntervalDays: z.number().int().min(1).max(90),
  introsPerRound: z.number().int().min(0).max(20),
  groupIntros: z.boolean().optional(),
  introFollowUpDays: z.number().int().min(1).max(180),
  questionSlaHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  moderation: moderationSettingsSchema.optional(),
  pricing: pricingSettingsSchema.optional(),
  privacyCoolingOffHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .optional(),
  names: z
    .object({ 'zh-CN': z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) })
    .partial()
    .optional(),
  staffChannels: channelIds.optional(),
  digestChannels: channelIds.optional(),
  digestBothLanguages: z.boolean().optional(),
});

/** Merges a patch into settings and validates the result; throws `community.invalid_settings`. */
export function applySettingsPatch(current: CommunitySettings, patch: Partial<CommunitySettings>): CommunitySettings {
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...current, ...patch });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('community.invalid_settings', {
      reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    });
  }
  const settings = parsed.data;
  // The fee currency is always accepted.
  const accepted = [...new Set([settings.fee.currency, ...settings.acceptedCurrencies])];
  return { ...settings, acceptedCurrencies: accepted };
}
