import type { Platform } from './member.js';

/** What automatic moderation does on a platform for a case: remove the message, time the author out, DM, log. */
export const CHAT_ACTION_KINDS = ['remove', 'timeout', 'notice', 'log'] as const;
export type ChatActionKind = (typeof CHAT_ACTION_KINDS)[number];

/**
 * `pending`: to be done (now, or when `nextAttemptAt` comes); `done`; `refused`: the platform said no for good (no
 * rights, no timeouts there); `failed`: given up after the last attempt (the case is flagged for moderators).
 */
export type ChatActionStatus = 'pending' | 'done' | 'refused' | 'failed';

/** A message in a channel the bot sends (the DM or log entry, already written in the reader's language). */
export interface ChatActionMessage {
  readonly title?: string;
  readonly text: string;
  readonly fields?: readonly { readonly name: string; readonly value: string; readonly verbatim?: boolean }[];
}

/** Everything the platform call needs, so a retry in another process can make it without the original event. */
export type ChatActionPayload =
  | {
      readonly kind: 'remove';
      readonly platform: Platform;
      readonly workspaceId: string;
      readonly channelId: string;
      readonly messageId: string;
    }
  | {
      readonly kind: 'timeout';
      readonly platform: Platform;
      readonly workspaceId: string;
      readonly platformUserId: string;
      /** ISO time the timeout ends (a retry sets the same end, never a longer one). */
      readonly until: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'notice';
      readonly platform: Platform;
      readonly workspaceId: string;
      readonly platformUserId: string;
      /** The linked member, or '' for a person with no membership. */
      readonly memberId: string;
      readonly message: ChatActionMessage;
    }
  | {
      readonly kind: 'log';
      readonly platform: Platform;
      readonly workspaceId: string;
      readonly channelId: string;
      readonly message: ChatActionMessage;
    };

/**
 * One platform action of a case, recorded under a unique key (`moderation:<case>:<kind>`) before it is tried, so
 * it has at most one effect however often its event arrives; a failed attempt is retried with backoff by the
 * bots' reconcile loop. The payload is kept only while the action is pending (it holds message text).
 */
export interface ChatAction {
  readonly key: string;
  readonly communityId: string;
  readonly caseId: string;
  readonly kind: ChatActionKind;
  readonly payload: ChatActionPayload | null;
  readonly status: ChatActionStatus;
  /** Attempts started so far. */
  readonly attempts: number;
  /** When a pending action is next due. */
  readonly nextAttemptAt: Date;
  /** A process working on the action holds it until then; another takes it over only after. */
  readonly leaseUntil: Date | null;
  readonly error: string | null;
  readonly createdAt: Date;
  readonly settledAt: Date | null;
}

/** An action is tried this many times in all; then it is given up and its case flagged. */
export const CHAT_ACTION_MAX_ATTEMPTS = 5;

/** How long one attempt may hold an action before another process may take it over. */
export const CHAT_ACTION_LEASE_MS = 2 * 60_000;

/** The wait before the next attempt after `attempts` failed ones: 30 s, 2 min, 8 min, 32 min (capped at 1 h). */
export function chatActionBackoffMs(attempts: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** The unique key of a case's action of this kind. */
export function chatActionKey(caseId: string, kind: ChatActionKind | string): string {
  return `moderation:${caseId}:${kind}`;
}
