import { z } from 'zod';
import { locale, uuid, type Wire } from './common.contract.js';

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const strings = (maxItems: number, maxLength: number) => z.array(z.string().max(maxLength)).max(maxItems);
const ints = (maxItems: number, min: number, max: number) => z.array(int(min, max)).max(maxItems);

/** A text in each language the club writes it in (names, values statement, payment instructions). */
const bilingual = (maxLength: number) =>
  z.object({ 'zh-CN': z.string().max(maxLength), en: z.string().max(maxLength) }).partial();

/** A channel id per platform; a platform left out has none. The core checks each id's form. */
const platformChannels = z
  .object({
    discord: z.string().trim().max(100),
    slack: z.string().trim().max(100),
    feishu: z.string().trim().max(100),
  })
  .partial();

// The core validates the merged settings again (rules/settings.ts); these bounds give early field messages.
const editable = {
  names: z
    .object({ 'zh-CN': z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) })
    .partial()
    .optional(),
  valuesStatementByLocale: bilingual(4000).optional(),
  paymentInstructionsByLocale: bilingual(2000).optional(),
  defaultLocale: locale,
  timezone: z.string().min(1).max(64),
  acceptedCurrencies: strings(40, 3),
  membershipMonths: int(1, 60),
  graceDays: int(0, 90),
  expiringDays: int(1, 120),
  valuesStatement: z.string().max(4000),
  excludedKeywords: strings(500, 60),
  applicationQuestions: strings(10, 300),
  lessonReminderLeadMinutes: ints(5, 1, 7 * 24 * 60),
  renewalReminderDays: ints(6, 1, 120),
  paymentInstructions: z.string().max(2000),
  matchingIntervalDays: int(1, 90),
  introsPerRound: int(0, 20),
  /** Matching rounds also suggest groups of three (absent: off). */
  groupIntros: z.boolean().optional(),
  introFollowUpDays: int(1, 180),
  questionSlaHours: int(1, 24 * 30),
  /** Hours between a confirmed `/privacy delete` and the erasure (absent: 24). */
  privacyCoolingOffHours: int(0, 24 * 30).optional(),
  /** The staff channel per platform: a card per new question with Claim / Answer buttons, updated as it changes. */
  staffChannels: platformChannels.optional(),
  /** The weekly digest's channel per platform (Mondays 09:00 club time). */
  digestChannels: platformChannels.optional(),
  /** The digest in both languages (default language first); otherwise in the default language only. */
  digestBothLanguages: z.boolean().optional(),
};

const feeInput = z.object({
  amount: z.string().min(1).max(32).describe('Decimal, e.g. "1000"'),
  currency: z.string().length(3),
});

export const settings = z.object({
  ...editable,
  fee: feeInput.extend({ amountMinor: z.number().int() }),
});

export const communitySettings = z.object({ id: uuid, slug: z.string(), name: z.string(), settings });

export const settingsPatch = z
  .object({ ...editable, fee: feeInput })
  .partial()
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), 'must change at least one setting');

export const platformConnections = z.object({
  discordGuilds: z.array(z.string()),
  discordMemberRoles: z
    .record(z.string(), z.string())
    .describe('The member role each Discord server has of its own (the others use DISCORD_MEMBER_ROLE_ID)'),
  slackTeams: z.array(z.string()),
  slackInstallUrl: z
    .string()
    .nullable()
    .describe('The Slack OAuth install page (add `?community=<id>`), or null when not configured'),
});

export const setupChecklist = z.object({
  items: z.array(
    z.object({
      id: z.enum([
        'names',
        'fee',
        'membership',
        'timezone',
        'language',
        'values',
        'paymentInstructions',
        'excludedKeywords',
        'discord',
        'slack',
        'staff',
      ]),
      done: z.boolean(),
      essential: z.boolean(),
    }),
  ),
  essentialsDone: z.boolean().describe('Every essential step is done: the dashboard stops showing the checklist'),
});

export const attachGuildBody = z.object({
  guildId: z
    .string()
    .trim()
    .regex(/^\d{17,20}$/, 'a Discord server id: 17 to 20 digits')
    .describe('The Discord server (guild) id: Server Settings → Widget, or right-click the server → Copy Server ID'),
  memberRoleId: z
    .string()
    .trim()
    .regex(/^(\d{17,20})?$/, 'a Discord role id: 17 to 20 digits')
    .optional()
    .describe(
      'The role paying members get in this server (right-click the role → Copy Role ID); empty clears it, absent keeps it. Checked against the server’s roles',
    ),
});

const bilingualText = z.object({ en: z.string(), 'zh-CN': z.string() });

export const connectionHealth = z.object({
  checked: z.boolean().describe('False when no bot is configured on this deployment: nothing could be asked'),
  items: z.array(
    z.object({
      platform: z.enum(['discord', 'slack', 'feishu']),
      workspaceId: z.string(),
      checked: z.boolean(),
      ok: z.boolean(),
      problems: z.array(z.object({ problem: bilingualText, fix: bilingualText })),
    }),
  ),
});

export const attachResult = z.object({
  attached: z.boolean(),
  memberRoleId: z.string().nullable().describe('The server’s own member role now (null: the deployment default)'),
  commands: z
    .enum(['registered', 'failed', 'unavailable'])
    .describe('The slash commands registered in the server just now; unavailable: no bot token on this deployment'),
  commandsError: z.string().nullable().describe('Why registering failed (Discord’s answer)'),
});

export const guildParams = z.object({
  guildId: z
    .string()
    .regex(/^\d{17,20}$/, 'a Discord server id: 17 to 20 digits')
    .describe('The Discord server (guild) to disconnect'),
});

export const detachResult = z.object({
  detached: z.boolean().describe('False when the server was not connected to this club (nothing changed)'),
  commands: z
    .enum(['removed', 'failed', 'unavailable'])
    .describe('The slash commands removed from the server just now; unavailable: no bot token on this deployment'),
});

export type SetupChecklistWire = Wire<z.output<typeof setupChecklist>>;
export type Settings = Wire<z.output<typeof settings>>;
export type CommunityWithSettings = Wire<z.output<typeof communitySettings>>;
export type SettingsPatch = z.input<typeof settingsPatch>;
export type PlatformConnections = Wire<z.output<typeof platformConnections>>;
