import { z } from 'zod';
import type { CommunitySettings } from '../domain/community.js';
import {
  DEFAULT_MODERATION_SETTINGS,
  MODERATION_PRESETS,
  MODERATION_RULE_IDS,
  type ModerationRuleId,
  type ModerationRuleMode,
  type ModerationSettings,
  STRIKE_STEPS,
} from '../domain/moderation-rules.js';

const mode = z.enum(['off', 'review', 'delete']);
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) =>
    d
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/.*$/, ''),
  )
  .refine((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d), 'not a domain name');
const ids = z.array(z.string().trim().min(1).max(100)).max(500);

/** Validation of a club's moderation settings (the panel's form and the settings patch use it). */
export const moderationSettingsSchema = z.object({
  enabled: z.boolean(),
  preset: z.enum(MODERATION_PRESETS),
  rules: z.object(
    Object.fromEntries(MODERATION_RULE_IDS.map((id) => [id, mode])) as Record<ModerationRuleId, typeof mode>,
  ),
  reviewUncertain: z.boolean(),
  allowedDomains: z.array(domain).max(500),
  allowMemberWebsites: z.boolean(),
  floodMaxMessages: z.number().int().min(2).max(100),
  floodWindowSeconds: z.number().int().min(1).max(3600),
  repeatWindowSeconds: z.number().int().min(0).max(86_400),
  maxMentions: z.number().int().min(1).max(100),
  sandboxDays: z.number().int().min(0).max(90),
  exemptChannelIds: ids,
  exemptMemberIds: ids,
  strikeLadder: z.array(z.enum(STRIKE_STEPS)).min(1).max(10),
  timeoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(28 * 24 * 60),
  strikeExpiryDays: z.number().int().min(1).max(3650),
  evidenceDays: z.number().int().min(1).max(3650),
  logChannels: z
    .object({
      discord: z.string().trim().min(1).max(100),
      slack: z.string().trim().min(1).max(100),
      feishu: z.string().trim().min(1).max(100),
    })
    .partial()
    .optional(),
});

/** The club's moderation settings; clubs that never set them get the standard preset. */
export function moderationSettingsOf(settings: Partial<CommunitySettings> | null | undefined): ModerationSettings {
  const own: Partial<ModerationSettings> | undefined = settings?.moderation;
  if (!own) return DEFAULT_MODERATION_SETTINGS;
  const rules: Record<ModerationRuleId, ModerationRuleMode> = { ...DEFAULT_MODERATION_SETTINGS.rules, ...own.rules };
  return { ...DEFAULT_MODERATION_SETTINGS, ...own, rules };
}
