/** What automatic moderation does with one message. */
export type ModerationAction = 'allow' | 'review' | 'delete';

/** The rules a club can switch on; one rule set for every platform. */
export const MODERATION_RULE_IDS = [
  'ad.link',
  'ad.invite',
  'ad.contact',
  'ad.excluded',
  'flood.rate',
  'flood.repeat',
  'flood.mentions',
  'sandbox',
] as const;
export type ModerationRuleId = (typeof MODERATION_RULE_IDS)[number];

/**
 * What a rule does when it fires: `delete` deletes when the evidence is certain and holds the message for review
 * when it is not (precision over recall); `review` always holds for review; `off` ignores the rule.
 */
export type ModerationRuleMode = 'off' | 'review' | 'delete';

/** What a strike leads to, step by step: a warning, a timeout (Discord; a warning on Slack), a case for moderators. */
export const STRIKE_STEPS = ['warning', 'timeout', 'case'] as const;
export type StrikeStep = (typeof STRIKE_STEPS)[number];

export const MODERATION_PRESETS = ['strict', 'standard', 'relaxed'] as const;
export type ModerationPreset = (typeof MODERATION_PRESETS)[number];

/** A club's automatic moderation settings (edited in the panel; a preset is the starting point). */
export interface ModerationSettings {
  readonly enabled: boolean;
  /** The preset these settings started from; informational once a host changes a rule. */
  readonly preset: ModerationPreset;
  readonly rules: Readonly<Record<ModerationRuleId, ModerationRuleMode>>;
  /** When false, uncertain evidence (a bare phone number, "私聊") is let through instead of held for review. */
  readonly reviewUncertain: boolean;
  /** Links to these domains (and their subdomains) are never ads. */
  readonly allowedDomains: readonly string[];
  /** A member may link their own company website (the domains on their profile). */
  readonly allowMemberWebsites: boolean;
  /** Flooding: more than `floodMaxMessages` messages within `floodWindowSeconds`. */
  readonly floodMaxMessages: number;
  readonly floodWindowSeconds: number;
  /** The same text posted again (any channel) within this many seconds is a repeat. */
  readonly repeatWindowSeconds: number;
  /** A message mentioning more than this many people (or everyone) is mass mentioning. */
  readonly maxMentions: number;
  /** Newcomer limits: links and contact details are held for review during the first days of membership. */
  readonly sandboxDays: number;
  /** Channels and members the rules never apply to (staff are always exempt). */
  readonly exemptChannelIds: readonly string[];
  readonly exemptMemberIds: readonly string[];
  /** The consequence of the 1st, 2nd, 3rd... active strike; the last step repeats for any further strike. */
  readonly strikeLadder: readonly StrikeStep[];
  readonly timeoutMinutes: number;
  /** A strike stops counting this many days after it was given. */
  readonly strikeExpiryDays: number;
  /** The message text kept as evidence in a case is purged after this many days. */
  readonly evidenceDays: number;
  /** Where the bots post what they did (the moderators' log), per platform: a channel id there. None: no log. */
  readonly logChannels?: Readonly<Partial<Record<'discord' | 'slack' | 'feishu', string>>>;
}

const STANDARD: ModerationSettings = {
  enabled: true,
  preset: 'standard',
  rules: {
    'ad.link': 'review',
    'ad.invite': 'delete',
    'ad.contact': 'delete',
    'ad.excluded': 'delete',
    'flood.rate': 'delete',
    'flood.repeat': 'delete',
    'flood.mentions': 'review',
    sandbox: 'review',
  },
  reviewUncertain: true,
  allowedDomains: [],
  allowMemberWebsites: true,
  floodMaxMessages: 6,
  floodWindowSeconds: 10,
  repeatWindowSeconds: 120,
  maxMentions: 5,
  sandboxDays: 7,
  exemptChannelIds: [],
  exemptMemberIds: [],
  strikeLadder: ['warning', 'timeout', 'case'],
  timeoutMinutes: 60,
  strikeExpiryDays: 90,
  evidenceDays: 180,
};

/** The three starting points a host picks from in one click. */
export const MODERATION_PRESET_SETTINGS: Readonly<Record<ModerationPreset, ModerationSettings>> = {
  standard: STANDARD,
  strict: {
    ...STANDARD,
    preset: 'strict',
    rules: { ...STANDARD.rules, 'ad.link': 'delete', 'flood.mentions': 'delete' },
    allowMemberWebsites: false,
    floodMaxMessages: 4,
    repeatWindowSeconds: 600,
    maxMentions: 3,
    sandboxDays: 14,
  },
  relaxed: {
    ...STANDARD,
    preset: 'relaxed',
    rules: { ...STANDARD.rules, 'ad.link': 'off', 'ad.contact': 'review', 'flood.repeat': 'review' },
    reviewUncertain: false,
    floodMaxMessages: 10,
    repeatWindowSeconds: 30,
    maxMentions: 10,
    sandboxDays: 0,
  },
};

export const DEFAULT_MODERATION_SETTINGS: ModerationSettings = STANDARD;

/** A preset's settings, keeping the club's own lists (allowed domains, exemptions) and its log channels. */
export function applyModerationPreset(current: ModerationSettings, preset: ModerationPreset): ModerationSettings {
  return {
    ...MODERATION_PRESET_SETTINGS[preset],
    allowedDomains: current.allowedDomains,
    exemptChannelIds: current.exemptChannelIds,
    exemptMemberIds: current.exemptMemberIds,
    ...(current.logChannels ? { logChannels: current.logChannels } : {}),
  };
}

/** One piece of evidence the engine found; `certain` evidence may delete, uncertain evidence at most holds for review. */
export interface ModerationFinding {
  readonly rule: ModerationRuleId;
  readonly certain: boolean;
  /** What matched, in normalised form (for moderators and tests; never shown to the member as is). */
  readonly evidence: string;
}

/** The outcome for one message: the action and the rules that led to it. */
export interface ModerationVerdict {
  readonly action: ModerationAction;
  readonly rules: readonly ModerationRuleId[];
  readonly findings: readonly ModerationFinding[];
}
