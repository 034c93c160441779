import type { PlatformAccount } from '../domain/member.js';
import {
  CHAT_ACTION_LEASE_MS,
  CHAT_ACTION_MAX_ATTEMPTS,
  type ChatAction,
  type ChatActionPayload,
  chatActionBackoffMs,
  chatActionKey,
} from '../domain/moderation-chat-action.js';
import type { ChatModerator } from '../ports/chat-moderator.js';
import type { Ports } from '../ports/ports.js';

/** What carrying out a platform action needs: the cases (actions are kept with them), the chat API, the messenger. */
export type ChatActionDeps = Pick<Ports, 'moderation' | 'messenger' | 'clock'> & { readonly chat: ChatModerator };

/** How an action ended this time: `skipped` when it was not tried (another process holds it, or it gave up before). */
export interface ChatActionResult {
  readonly result: 'done' | 'refused' | 'skipped' | 'failed';
  /** Why this attempt failed (for the adapter's log). */
  readonly error?: string;
  /** The action gave up for good on this attempt (the case is flagged). */
  readonly gaveUp?: boolean;
}

/**
 * Records a case's platform action under its unique key and tries it at once. When the key exists (the same event
 * delivered again, another replica), it is tried only if still pending and nobody holds it; a done or refused action
 * is answered as it stands, so nothing is done twice. A failed attempt stays pending for the reconcile loop.
 */
export async function startChatAction(
  deps: ChatActionDeps,
  input: { readonly communityId: string; readonly caseId: string; readonly payload: ChatActionPayload },
): Promise<ChatActionResult> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + CHAT_ACTION_LEASE_MS);
  const key = chatActionKey(input.caseId, input.payload.kind);
  const { action, created } = await deps.moderation.addAction({
    key,
    communityId: input.communityId,
    caseId: input.caseId,
    kind: input.payload.kind,
    payload: input.payload,
    status: 'pending',
    attempts: 1,
    nextAttemptAt: now,
    leaseUntil,
    error: null,
    createdAt: now,
    settledAt: null,
  });
  if (created) return runChatAction(deps, action);
  if (action.status === 'done') return { result: 'done' };
  if (action.status === 'refused') return { result: 'refused' };
  const taken =
    action.status === 'pending'
      ? await deps.moderation.takeAction(key, now, leaseUntil, CHAT_ACTION_MAX_ATTEMPTS)
      : null;
  return taken ? runChatAction(deps, taken) : { result: 'skipped' };
}

/**
 * One attempt at an action already taken (its attempt counted, its lease held): makes the platform call its payload
 * describes, then settles it — done, refused (the platform said no for good), pending again after a backoff, or,
 * after the last attempt or on a permanent error, failed with its case flagged for the moderators.
 */
export async function runChatAction(deps: ChatActionDeps, action: ChatAction): Promise<ChatActionResult> {
  const payload = action.payload;
  if (!payload) {
    await deps.moderation.settleAction(action.key, { status: 'failed', error: 'no payload', at: deps.clock.now() });
    return { result: 'failed', error: 'no payload', gaveUp: true };
  }
  try {
    const done = await perform(deps, action, payload);
    await deps.moderation.settleAction(action.key, {
      status: done ? 'done' : 'refused',
      error: done ? null : 'refused',
      at: deps.clock.now(),
    });
    return { result: done ? 'done' : 'refused' };
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const permanent = Boolean((error as { permanent?: boolean }).permanent);
    const now = deps.clock.now();
    const gaveUp = permanent || action.attempts >= CHAT_ACTION_MAX_ATTEMPTS;
    if (gaveUp) {
      await deps.moderation.settleAction(action.key, { status: 'failed', error: detail, at: now });
      await flagCase(deps, action);
    } else {
      await deps.moderation.settleAction(action.key, {
        status: 'pending',
        error: detail,
        at: now,
        nextAttemptAt: new Date(now.getTime() + chatActionBackoffMs(action.attempts)),
      });
    }
    return { result: 'failed', error: detail, gaveUp };
  }
}

async function perform(deps: ChatActionDeps, action: ChatAction, payload: ChatActionPayload): Promise<boolean> {
  switch (payload.kind) {
    case 'remove':
      return (await deps.chat.deleteMessage(payload)) === 'removed';
    case 'timeout':
      return deps.chat.timeout(payload, new Date(payload.until), payload.reason);
    case 'notice': {
      // A person with no linked membership: the messenger needs only the platform, workspace and user.
      const recipient: PlatformAccount = {
        communityId: action.communityId,
        platform: payload.platform,
        workspaceId: payload.workspaceId,
        platformUserId: payload.platformUserId,
        memberId: payload.memberId,
        linkedAt: action.createdAt,
      };
      await deps.messenger.send(recipient, payload.message);
      return true;
    }
    case 'log':
      await deps.chat.post(payload, payload.message);
      return true;
  }
}

/** Marks the case: the bot gave up on this action (a message may still be up, a DM unsent); moderators look. */
async function flagCase(deps: Pick<Ports, 'moderation'>, action: ChatAction): Promise<void> {
  const found = await deps.moderation.get(action.communityId, action.caseId);
  if (!found) return;
  const failures = new Set((found.actionFailure ?? '').split(',').filter(Boolean));
  failures.add(action.kind);
  await deps.moderation.update({ ...found, actionFailure: [...failures].join(',') });
}
