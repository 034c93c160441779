import type {
  Caller,
  ChatMessage,
  CommandDefinition,
  DeletedChatMessage,
  Dispatcher,
  Invocation,
} from '@snowball/commands';
import { type Core, type Locale, normalizeLocale, pickLocale } from '@snowball/core';
import type { SlackLogger } from '../config/slack-logger.js';
import type { SlackWebClient } from '../ports/slack-clients.js';
import type { EventDeduplicator } from './event-deduplicator.js';
import type { LocaleLookup } from './locale-lookup.js';

/** The commands shown in the App Home tab, in order. */
export interface HomeCommands {
  /** For people the club knows: status first, then upcoming lessons and pending introductions. */
  readonly member: readonly string[];
  /** For everyone else: how to apply. */
  readonly visitor: readonly string[];
}

/** Status, lessons and introductions for members; the application for everyone else. */
export const DEFAULT_HOME_COMMANDS: HomeCommands = { member: ['me', 'lessons', 'intros'], visitor: ['apply'] };

/** Everything the Bolt listeners share. */
export interface SlackListenerDeps {
  readonly dispatcher: Dispatcher;
  readonly core: Pick<Core, 'identifyAccount' | 'replyToQuestion'>;
  readonly catalogue: readonly CommandDefinition[];
  readonly prefix: string;
  /** How long a listener waits for the answer before acking empty and answering later (Slack allows 3 s). */
  readonly ackTimeoutMs: number;
  /**
   * Runs a command's work after its ack, at most a few at a time in this process (the rest wait, holding no
   * CPU), so a burst never delays the next request's ack: acks stay quick and the answers follow as fast as
   * the database allows.
   */
  readonly work: <T>(task: () => Promise<T>) => Promise<T>;
  readonly locales: LocaleLookup;
  readonly logger: SlackLogger;
  readonly deduplicator: EventDeduplicator;
  readonly homeCommands: HomeCommands;
  readonly onMessage?: (message: ChatMessage) => Promise<void>;
  /** Channel messages deleted, e.g. to forget their library copies. */
  readonly onMessageDeleted?: (message: DeletedChatMessage) => Promise<void>;
  readonly onUninstall?: (teamId: string) => Promise<void>;
}

/** The invocation with the caller's Slack locale filled in. */
export function withLocale<T extends Invocation>(invocation: T, locale: string | null): T {
  return { ...invocation, caller: { ...invocation.caller, locale } };
}

/**
 * The language of the adapter's own texts for this caller, chosen like the dispatcher does (member
 * setting, Slack locale, club default). Computed only when needed: it costs a lookup.
 */
export function localeResolver(deps: SlackListenerDeps, client: SlackWebClient, caller: Caller): () => Promise<Locale> {
  let cached: Promise<Locale> | null = null;
  return () => {
    cached ??= (async () => {
      const slackLocale = await deps.locales(client, caller.workspaceId, caller.userId);
      try {
        const identity = await deps.core.identifyAccount({
          platform: 'slack',
          workspaceId: caller.workspaceId,
          platformUserId: caller.userId,
        });
        return pickLocale(identity.member?.locale, slackLocale, identity.community.settings.defaultLocale);
      } catch {
        return normalizeLocale(slackLocale) ?? 'en';
      }
    })();
    return cached;
  };
}

/** Calls `ack`, reporting whether Slack got it (false when the receiver had already answered). */
export async function tryAck(ack: (response?: never) => Promise<void>, response?: unknown, logger?: SlackLogger) {
  try {
    await (ack as (response?: unknown) => Promise<void>)(response);
    return true;
  } catch (error) {
    logger?.warn({ err: error }, 'slack: ack failed; answering later instead');
    return false;
  }
}
