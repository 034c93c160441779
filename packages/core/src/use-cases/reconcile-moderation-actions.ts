import { CHAT_ACTION_LEASE_MS, CHAT_ACTION_MAX_ATTEMPTS } from '../domain/moderation-chat-action.js';
import { type ChatActionDeps, runChatAction } from './run-chat-action.js';

/** What one reconcile pass did. */
export interface ModerationReconcileResult {
  readonly tried: number;
  readonly done: number;
  readonly refused: number;
  /** Failed again; tried later. */
  readonly retrying: number;
  /** Given up after the last attempt; their cases are flagged. */
  readonly gaveUp: number;
}

const CHUNK = 50;

/**
 * The bots' reconcile pass over automatic moderation's platform actions: takes the pending ones that are due (a
 * delete, timeout, DM or log entry that failed, or whose process stopped mid-way), a chunk at a time, and tries each
 * again; two processes never take the same action. Each failure waits longer (30 s, 2 min, 8 min, 32 min); after the
 * last attempt the action is given up and its case flagged for the moderators.
 */
export async function reconcileModerationActions(
  deps: ChatActionDeps,
  input: { readonly maxActions?: number } = {},
): Promise<ModerationReconcileResult> {
  const max = input.maxActions ?? 500;
  const counts = { tried: 0, done: 0, refused: 0, retrying: 0, gaveUp: 0 };
  while (counts.tried < max) {
    const now = deps.clock.now();
    const due = await deps.moderation.takeDueActions(
      now,
      new Date(now.getTime() + CHAT_ACTION_LEASE_MS),
      CHAT_ACTION_MAX_ATTEMPTS,
      Math.min(CHUNK, max - counts.tried),
    );
    if (due.length === 0) break;
    for (const action of due) {
      counts.tried += 1;
      const { result, gaveUp } = await runChatAction(deps, action);
      if (result === 'done') counts.done += 1;
      else if (result === 'refused') counts.refused += 1;
      else if (gaveUp) counts.gaveUp += 1;
      else counts.retrying += 1;
    }
  }
  return counts;
}
