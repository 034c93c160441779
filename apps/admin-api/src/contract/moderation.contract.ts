import {
  APPEAL_DECISIONS,
  CASE_DECISIONS,
  CASE_FILTERS,
  CHAT_ACTION_KINDS,
  MODERATION_PRESETS,
  MODERATION_RULE_IDS,
  moderationSettingsSchema,
  STRIKE_STEPS,
} from '@snowball/core';
import { z } from 'zod';
import { afterQuery, count, dateTime, keysetPage, memberRef, pagedQuery, uuid, type Wire } from './common.contract.js';

export const caseKind = z.enum(['advertising', 'flooding', 'report', 'other']);
export const caseStatus = z.enum(['open', 'escalated', 'appealed', 'upheld', 'dismissed']);
export const caseFilter = z.enum(CASE_FILTERS);
export const ruleId = z.enum(MODERATION_RULE_IDS);
/** A text in both languages (the panel picks one). */
export const bilingual = z.object({ en: z.string(), 'zh-CN': z.string() });

export const moderationCase = z.object({
  id: uuid,
  kind: caseKind,
  status: caseStatus,
  member: memberRef.nullable().describe('The member the case is about; null when the author is not a member.'),
  reporter: memberRef.nullable().describe('Who reported it (moderators only; never shown to the member).'),
  platform: z.string().nullable(),
  channelId: z.string().nullable(),
  messageId: z.string().nullable(),
  excerpt: z.string().describe('The message as evidence; empty once purged after the club’s retention period.'),
  evidencePurged: z.boolean(),
  reason: z.string().describe('What the rules found (`ad.contact: …`), or the reporter’s words for a report.'),
  rules: z.array(ruleId),
  notes: z.string().nullable(),
  decidedBy: memberRef.nullable(),
  decidedAt: dateTime.nullable(),
  appeal: z.string().nullable(),
  appealedAt: dateTime.nullable(),
  appealOutcome: z.enum(['granted', 'denied']).nullable(),
  createdAt: dateTime,
  authorId: z.string().nullable().describe('The author’s platform user id (kept for people with no membership too).'),
  context: z
    .array(z.object({ authorId: z.string(), text: z.string(), at: dateTime }))
    .describe('The messages just before the flagged one in its channel, snapshotted; empty once purged.'),
  actionFailures: z
    .array(z.enum(CHAT_ACTION_KINDS))
    .describe('Platform actions the bot gave up on after its retries (`remove`: the message may still be up).'),
});

export const casesQuery = pagedQuery({
  status: caseFilter.optional().describe('`waiting`: open, escalated or appealed.'),
  kind: caseKind.optional(),
  memberId: uuid.optional(),
  ...afterQuery,
});

export const casePage = keysetPage(moderationCase);

export const caseDetail = z.object({
  case: moderationCase,
  history: z.array(moderationCase).describe('The member’s other cases, newest first (at most 20).'),
  historyTotal: count,
  activeStrikes: count.describe('Upheld cases of the member that have not expired.'),
  ruleTexts: z.array(z.object({ rule: ruleId, title: bilingual, why: bilingual })),
});

export const caseDecisionBody = z.object({
  decision: z.enum(CASE_DECISIONS),
  notes: z.string().max(2000).optional(),
});

export const appealDecisionBody = z.object({
  decision: z.enum(APPEAL_DECISIONS),
  notes: z.string().max(2000).optional(),
});

export const decidedCase = moderationCase.extend({
  delivery: z
    .enum(['sent', 'already_sent', 'failed', 'skipped', 'retry', 'none'])
    .describe('Whether the member was told by DM (`none`: nothing to tell; `retry`: saved, sending failed for now).'),
  reporterDelivery: z
    .enum(['sent', 'already_sent', 'failed', 'skipped', 'retry', 'none'])
    .describe('Whether the member who reported the message was told the outcome (`none`: nobody reported it).'),
  timeoutUntil: dateTime
    .nullable()
    .describe('When the ladder’s Discord timeout for this strike ends; the bots apply it within seconds. Null: none.'),
});

/** The rule set a client sends: validated (and domains normalised: `https://www.Example.com/x` → `example.com`). */
export const moderationSettings = moderationSettingsSchema;
/** The rule set as the API answers it (already normalised; a response shape holds no transform). */
export const savedModerationSettings = moderationSettingsSchema.extend({ allowedDomains: z.array(z.string()) });

export const moderationRules = z.object({
  settings: savedModerationSettings,
  excludedKeywords: z.array(z.string()),
  ruleTexts: z.array(z.object({ rule: ruleId, title: bilingual, why: bilingual })),
  presets: z.array(
    z.object({
      preset: z.enum(MODERATION_PRESETS),
      title: bilingual,
      why: bilingual,
      settings: savedModerationSettings,
    }),
  ),
  strikeSteps: z.array(z.enum(STRIKE_STEPS)),
});

export const rulesBody = z.object({
  settings: moderationSettings.optional().describe('The whole rule set to save.'),
  preset: z.enum(MODERATION_PRESETS).optional().describe('Start from a preset (keeps allowed domains, exemptions).'),
  excludedKeywords: z.array(z.string().trim().min(1).max(60)).max(500).optional(),
});

export const ruleTestBody = z.object({
  text: z.string().min(1).max(4000),
  isNewMember: z.boolean().optional(),
  settings: moderationSettings.optional().describe('A draft of the rules to test instead of the saved ones.'),
  excludedKeywords: z.array(z.string().trim().min(1).max(60)).max(500).optional(),
});

export const ruleTestResult = z.object({
  action: z.enum(['allow', 'review', 'delete']),
  rules: z.array(ruleId),
  findings: z.array(z.object({ rule: ruleId, certain: z.boolean(), evidence: z.string() })),
  ruleTexts: z.array(z.object({ rule: ruleId, title: bilingual, why: bilingual })),
});

export type CaseKindWire = z.output<typeof caseKind>;
export type CaseStatusWire = z.output<typeof caseStatus>;
export type CaseFilterWire = z.output<typeof caseFilter>;
export type ModerationCaseWire = Wire<z.output<typeof moderationCase>>;
export type CasePage = Wire<z.output<typeof casePage>>;
export type CaseDetail = Wire<z.output<typeof caseDetail>>;
export type DecidedCase = Wire<z.output<typeof decidedCase>>;
export type ModerationRulesWire = Wire<z.output<typeof moderationRules>>;
export type ModerationSettingsWire = z.input<typeof moderationSettings>;
export type RuleTestResult = Wire<z.output<typeof ruleTestResult>>;
export type Bilingual = z.output<typeof bilingual>;
