import type { CaseContextMessage } from '../domain/moderation.js';
import type { RecentChatMessage } from '../ports/recent-message-store.js';

/** How many messages written just before a case's message its context keeps (automatic cases and reports alike). */
export const CASE_CONTEXT_MESSAGES = 5;
/** How long before a case's message the messages of its context may have been written: a quarter hour. */
export const CASE_CONTEXT_WINDOW_MS = 15 * 60_000;

/**
 * How many of a channel's newest messages its window keeps (within the quarter hour): more than one context, so a
 * member reporting a message after a few more were written still gives the moderators what came before it.
 */
export const CASE_CONTEXT_KEPT = 20;

/** Messages of a channel's window as a case's context entries (oldest first, as given). */
export function caseContextOf(messages: readonly RecentChatMessage[]): CaseContextMessage[] {
  return messages.map((m) => ({ messageId: m.messageId, authorId: m.authorId ?? '', text: m.text, at: m.at }));
}
