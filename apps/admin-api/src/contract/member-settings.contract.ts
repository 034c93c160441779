import { z } from 'zod';
import { dateTime, dateTimeInput, locale, uuid, type Wire } from './common.contract.js';

const introductions = z.enum(['on', 'paused', 'off']);
const visibility = z.enum(['members', 'staff', 'hidden']);
const platform = z.enum(['discord', 'slack', 'feishu', 'simulator']);

/** A member's own settings, as `/settings` shows them in chat; staff read and change them on the member page. */
export const memberSettings = z.object({
  memberId: uuid,
  locale: locale.nullable().describe('Null: the club’s default language'),
  timezone: z.string().nullable().describe('Null: the club’s timezone'),
  reminderLeadMinutes: z.number().int().nullable().describe('Null: the club’s lead times'),
  remindersMuted: z.boolean(),
  introductions,
  pausedUntil: dateTime.nullable(),
  visibility,
  leaderboard: z.boolean(),
  notifyPlatforms: z.array(platform).describe('Where direct messages go; empty: every linked platform'),
  linkedPlatforms: z.array(platform).describe('The platforms the member linked an account on'),
  doNotPair: z.array(z.object({ id: uuid, handle: z.string(), displayName: z.string() })),
});

// The core checks every value again (one bad value changes nothing); these bounds give early field messages.
export const memberSettingsPatch = z
  .object({
    locale: locale.nullable(),
    timezone: z.string().trim().min(1).max(64).nullable(),
    reminderLeadMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .nullable(),
    introductions,
    pausedUntil: dateTimeInput.nullable(),
    visibility,
    leaderboard: z.boolean(),
    notifyPlatforms: z.array(platform).max(4).nullable(),
    doNotPairHandles: z.array(z.string().trim().min(1).max(60)).max(100),
  })
  .partial()
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), 'must change at least one setting');

export type MemberSettingsWire = Wire<z.output<typeof memberSettings>>;
export type MemberSettingsPatchBody = z.input<typeof memberSettingsPatch>;
