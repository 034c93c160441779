import type { Platform } from '../domain/member.js';
import type { ModerationCase } from '../domain/moderation.js';
import { DomainError } from '../errors/domain-error.js';
import { UniqueViolation } from '../errors/unique-violation.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { memberReportId } from '../rules/moderation-cases.js';
import { cleanText } from '../rules/text.js';
import { REPORT_REASON_MAX, type ReportResult } from './report-message.js';

/**
 * `<@123>`, `<@!123>` (Discord), `<@U123>` or `<@U123|name>` (Slack): the user id; `@name` or `name`: the name
 * (a platform user id or the member's club handle).
 */
export function mentionedUserId(text: string): string | null {
  const trimmed = text.trim();
  const mention = /^<@!?([A-Za-z0-9_-]+)(?:\|[^>]*)?>$/.exec(trimmed);
  if (mention?.[1]) return mention[1];
  const bare = trimmed.replace(/^@/, '');
  return /^[\p{L}\p{N}_.-]{2,64}$/u.test(bare) ? bare : null;
}

/**
 * A member reports another member (`/report-member`), not one message: a case for the moderators with the
 * reporter's reason, the reporter kept from the reported member. One report per reporter, member and day.
 */
export async function reportMember(
  deps: Uow<'accounts' | 'communities' | 'members' | 'memberships' | 'moderation'> & Pick<Ports, 'clock'>,
  input: {
    readonly actor: Actor;
    readonly platform: Platform;
    readonly workspaceId: string;
    /** A mention of the reported member as the platform writes it, or their platform user id. */
    readonly member: string;
    readonly reason: string;
  },
): Promise<ReportResult> {
  const reporterId = actorId(input.actor);
  if (!reporterId) throw new DomainError('auth.forbidden');
  const reason = cleanText(input.reason, 'reason', REPORT_REASON_MAX, { required: true });
  const userId = mentionedUserId(cleanText(input.member, 'member', 200, { required: true }));
  if (!userId) throw new DomainError('report.unknown_member');
  const now = deps.clock.now();
  const communityId = input.actor.communityId;
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const account = await repos.accounts.find(input.platform, input.workspaceId, userId);
    const member =
      account?.communityId === communityId
        ? await repos.members.get(communityId, account.memberId)
        : // Slack sends `@name` as typed (no user id): the club handle of the member is the other way to name them.
          await repos.members.getByHandle(communityId, userId.toLowerCase());
    if (!member || member.deletedAt) throw new DomainError('report.unknown_member');
    if (member.id === reporterId) throw new DomainError('report.self');
    const id = memberReportId(communityId, member.id, reporterId, now);
    if (await repos.moderation.get(communityId, id)) return { caseId: id, duplicate: true };
    const record: ModerationCase = {
      id,
      communityId,
      memberId: member.id,
      reporterId,
      kind: 'report',
      status: 'open',
      platform: input.platform,
      workspaceId: input.workspaceId,
      channelId: null,
      messageId: null,
      excerpt: '',
      reason,
      decidedBy: null,
      decidedAt: null,
      appeal: null,
      createdAt: now,
    };
    try {
      await repos.moderation.create(record);
    } catch (error) {
      if (error instanceof UniqueViolation) return { caseId: id, duplicate: true };
      throw error;
    }
    return { caseId: id, duplicate: false };
  });
}
