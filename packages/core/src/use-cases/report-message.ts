import type { Platform } from '../domain/member.js';
import type { CaseContextMessage, ModerationCase } from '../domain/moderation.js';
import { DomainError } from '../errors/domain-error.js';
import { UniqueViolation } from '../errors/unique-violation.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { RecentMessageStore } from '../ports/recent-message-store.js';
import { type Actor, actorId } from '../rules/actor.js';
import {
  CASE_CONTEXT_KEPT,
  CASE_CONTEXT_MESSAGES,
  CASE_CONTEXT_WINDOW_MS,
  caseContextOf,
} from '../rules/case-context.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { messageReportId } from '../rules/moderation-cases.js';
import { recentChatChannelKey } from '../rules/recent-chat-key.js';
import { cleanText } from '../rules/text.js';

const EXCERPT_LENGTH = 1000;
export const REPORT_REASON_MAX = 1000;

export interface ReportResult {
  readonly caseId: string;
  /** True when this member had already reported this message: nothing new was recorded. */
  readonly duplicate: boolean;
}

/**
 * A member reports a chat message ("Report message" on Discord, the message shortcut on Slack): a case for the
 * moderators, with the message kept as evidence and the reporter kept from the reported member. The same member
 * reporting the same message again finds the first report (a reason given then is added if it had none).
 * Like an automatic case, the report keeps as context the few messages written just before the reported one in its
 * channel, as far as chat moderation's channel window still holds them (nothing marks which one is the reporter's);
 * without the window (Redis down, moderation off) the report opens without context.
 */
export async function reportMessage(
  deps: Uow<'accounts' | 'communities' | 'memberships' | 'moderation'> &
    Pick<Ports, 'clock'> &
    Partial<Pick<Ports, 'recentMessages'>>,
  input: {
    readonly actor: Actor;
    readonly platform: Platform;
    readonly workspaceId: string;
    readonly channelId: string;
    readonly messageId: string;
    /** The author's platform user id. */
    readonly authorId: string;
    readonly content: string;
    readonly reason?: string | null;
    /** When the reported message was written, if the platform says (Discord, Slack): its context is taken by time. */
    readonly at?: Date | null;
  },
): Promise<ReportResult> {
  const reporterId = actorId(input.actor);
  if (!reporterId) throw new DomainError('auth.forbidden');
  const reason = cleanText(input.reason, 'reason', REPORT_REASON_MAX);
  const channelId = cleanText(input.channelId, 'channel', 200, { required: true });
  const messageId = cleanText(input.messageId, 'message', 200, { required: true });
  const now = deps.clock.now();
  const communityId = input.actor.communityId;
  const id = messageReportId(communityId, input.platform, channelId, messageId, reporterId);
  // Read before the transaction (no database connection held while Redis answers); unused for a repeated report.
  const context = await contextBefore(deps.recentMessages, {
    key: recentChatChannelKey(communityId, { platform: input.platform, workspaceId: input.workspaceId, channelId }),
    messageId,
    at: input.at ?? null,
  });
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const account = await repos.accounts.find(input.platform, input.workspaceId, input.authorId);
    const memberId = account?.communityId === communityId ? account.memberId : null;
    if (memberId === reporterId) throw new DomainError('report.self');
    const existing = await repos.moderation.get(communityId, id);
    if (existing) {
      if (reason && !existing.reason && existing.status === 'open') {
        await repos.moderation.update({ ...existing, reason });
      }
      return { caseId: id, duplicate: true };
    }
    const record: ModerationCase = {
      id,
      communityId,
      memberId,
      reporterId,
      kind: 'report',
      status: 'open',
      platform: input.platform,
      channelId,
      messageId,
      workspaceId: input.workspaceId,
      authorId: input.authorId,
      excerpt: [...(input.content ?? '')].slice(0, EXCERPT_LENGTH).join(''),
      reason,
      decidedBy: null,
      decidedAt: null,
      appeal: null,
      createdAt: now,
      context: context.length > 0 ? context : null,
    };
    try {
      await repos.moderation.create(record);
    } catch (error) {
      // The same report arrived twice at once (a double click): the first one stands.
      if (error instanceof UniqueViolation) return { caseId: id, duplicate: true };
      throw error;
    }
    return { caseId: id, duplicate: false };
  });
}

/**
 * The messages kept in the channel's window just before the reported one, oldest first, at most as many as an
 * automatic case keeps: by time when the message's time is known (within the same quarter hour before it), else
 * those kept before it by position (none when the window no longer holds it). Empty when there is no window or it
 * cannot be read: the report must open regardless.
 */
async function contextBefore(
  store: RecentMessageStore | undefined,
  what: { readonly key: string; readonly messageId: string; readonly at: Date | null },
): Promise<CaseContextMessage[]> {
  if (!store) return [];
  const at = what.at && Number.isFinite(what.at.getTime()) ? what.at : null;
  try {
    if (at) {
      // One more than kept: the reported message itself may be among them.
      const kept = await store.recent(what.key, {
        until: at,
        windowMs: CASE_CONTEXT_WINDOW_MS,
        maxMessages: CASE_CONTEXT_MESSAGES + 1,
      });
      return caseContextOf(kept.filter((m) => m.messageId !== what.messageId).slice(-CASE_CONTEXT_MESSAGES));
    }
    const kept = await store.recent(what.key, { maxMessages: CASE_CONTEXT_KEPT });
    const index = kept.findIndex((m) => m.messageId === what.messageId);
    return index < 0 ? [] : caseContextOf(kept.slice(Math.max(0, index - CASE_CONTEXT_MESSAGES), index));
  } catch {
    return [];
  }
}
