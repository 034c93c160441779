import type { Platform } from '../domain/member.js';
import type { ModerationCase } from '../domain/moderation.js';
import { DomainError } from '../errors/domain-error.js';
import { UniqueViolation } from '../errors/unique-violation.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { messageReportId } from '../rules/moderation-cases.js';
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
 */
export async function reportMessage(
  deps: Uow<'accounts' | 'communities' | 'memberships' | 'moderation'> & Pick<Ports, 'clock'>,
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
      excerpt: [...(input.content ?? '')].slice(0, EXCERPT_LENGTH).join(''),
      reason,
      decidedBy: null,
      decidedAt: null,
      appeal: null,
      createdAt: now,
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
