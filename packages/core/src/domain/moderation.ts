export type CaseKind = 'flooding' | 'advertising' | 'report' | 'other';
/**
 * `open`: waiting for a moderator; `escalated`: passed up to the owners (still waiting); `upheld`: a strike;
 * `dismissed`: no breach (or an appeal granted); `appealed`: an upheld case the member appealed, waiting.
 */
export type CaseStatus = 'open' | 'upheld' | 'dismissed' | 'appealed' | 'escalated';

/** Statuses of cases still waiting for a moderator (the panel's queue). */
export const WAITING_CASE_STATUSES: readonly CaseStatus[] = ['open', 'escalated', 'appealed'];
/** Statuses of decided cases (their evidence is purged after the club's retention period). */
export const CLOSED_CASE_STATUSES: readonly CaseStatus[] = ['upheld', 'dismissed'];

/** What a moderator decides on a waiting case. */
export const CASE_DECISIONS = ['uphold', 'dismiss', 'escalate'] as const;
export type CaseDecision = (typeof CASE_DECISIONS)[number];

/** What a moderator decides on an appeal: `grant` removes the strike, `deny` keeps it. */
export const APPEAL_DECISIONS = ['grant', 'deny'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

/** A breach or a report under moderator review; an upheld case counts as a strike. */
export interface ModerationCase {
  readonly id: string;
  readonly communityId: string;
  readonly memberId: string | null;
  readonly reporterId: string | null;
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly platform: string | null;
  readonly channelId: string | null;
  readonly messageId: string | null;
  readonly excerpt: string;
  readonly reason: string;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  readonly appeal: string | null;
  readonly createdAt: Date;
  /** Moderators' notes on the decision (never shown to the member). */
  readonly notes?: string | null;
  readonly appealedAt?: Date | null;
  /** How the member's appeal ended, once decided. */
  readonly appealOutcome?: 'granted' | 'denied' | null;
  /** When the message excerpt was erased (the club's evidence retention ran out). */
  readonly evidencePurgedAt?: Date | null;
  /** The workspace (Discord server, Slack workspace, Feishu tenant) the message was written in. */
  readonly workspaceId?: string | null;
  /** The author's platform user id: strikes of a person with no linked membership are counted by it. */
  readonly authorId?: string | null;
  /** The messages just before the flagged one in its channel, snapshotted as evidence (purged with it). */
  readonly context?: readonly CaseContextMessage[] | null;
  /** A platform action the bot gave up on after its last retry (the message may still be up): moderators look. */
  readonly actionFailure?: string | null;
}

/** One message of a case's context snapshot. */
export interface CaseContextMessage {
  readonly messageId: string;
  /** The author's platform user id. */
  readonly authorId: string;
  readonly text: string;
  readonly at: Date;
}

/** Whose strikes to count: a member, or (no linked membership) a platform account. */
export type StrikeSubject =
  | { readonly memberId: string }
  | { readonly platform: string; readonly workspaceId: string; readonly authorId: string };
