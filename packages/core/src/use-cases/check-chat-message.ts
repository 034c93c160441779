import type { Platform } from '../domain/member.js';
import type { ModerationVerdict } from '../domain/moderation-rules.js';
import type { Ports } from '../ports/ports.js';
import type { TextClassifier } from '../ports/text-classifier.js';
import { isInSandbox, isModerationExempt } from '../rules/moderation-decision.js';
import { moderationSettingsOf } from '../rules/moderation-settings.js';

/** A message a bot saw in a club's chat (new or edited: edits are checked again). */
export interface ChatMessageToCheck {
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly channelId: string;
  readonly authorId: string;
  readonly content: string;
  readonly at: Date;
  /** Mentions counted by the platform (Discord resolves them; text counting is the fallback). */
  readonly mentionCount?: number;
  /** The platform says the author moderates there (a Discord server's moderators and owner): exempt like staff. */
  readonly authorIsModerator?: boolean;
  /** The author's recent messages in this club, oldest first, for the flooding rules. */
  readonly recent?: readonly { readonly text: string; readonly channelId?: string; readonly at: Date }[];
}

export type ChatMessageCheck =
  | { readonly status: 'not-a-club' }
  | { readonly status: 'exempt'; readonly communityId: string; readonly memberId: string | null }
  | {
      readonly status: 'checked';
      readonly communityId: string;
      /** Null when the author has no linked membership (treated as a newcomer). */
      readonly memberId: string | null;
      readonly newcomer: boolean;
      readonly verdict: ModerationVerdict;
    };

/**
 * Judges one chat message under its club's moderation rules: staff, allow-listed channels and members are exempt;
 * people in their first days of membership (or with no linked membership) are newcomers. Decides only: acting
 * on the verdict (delete, DM, strike, case) is the caller's next step.
 */
export async function checkChatMessage(
  deps: Pick<Ports, 'communities' | 'accounts' | 'staff' | 'members' | 'memberships'> & {
    readonly classifier: TextClassifier;
  },
  input: ChatMessageToCheck,
): Promise<ChatMessageCheck> {
  const community = await deps.communities.findByWorkspace(input.platform, input.workspaceId);
  if (!community) return { status: 'not-a-club' };
  const settings = moderationSettingsOf(community.settings);
  if (!settings.enabled) return { status: 'exempt', communityId: community.id, memberId: null };
  const account = await deps.accounts.find(input.platform, input.workspaceId, input.authorId);
  const memberId = account?.communityId === community.id ? account.memberId : null;
  const isStaff =
    input.authorIsModerator === true ||
    (memberId ? (await deps.staff.rolesOf(community.id, memberId)).length > 0 : false);
  if (isModerationExempt(settings, { memberId, channelId: input.channelId, isStaff })) {
    return { status: 'exempt', communityId: community.id, memberId };
  }
  const newcomer = memberId ? isInSandbox(settings, await memberSince(deps, community.id, memberId), input.at) : true;
  const verdict = deps.classifier.classify(
    { settings, excludedKeywords: community.settings.excludedKeywords },
    {
      text: input.content,
      isNewMember: newcomer,
      at: input.at.getTime(),
      ...(input.mentionCount === undefined ? {} : { mentionCount: input.mentionCount }),
      ...(input.recent
        ? { history: input.recent.map((m) => ({ text: m.text, channelId: m.channelId, at: m.at.getTime() })) }
        : {}),
    },
  );
  return { status: 'checked', communityId: community.id, memberId, newcomer, verdict };
}

/** When membership began: the first period's start, or when the member was created if they never paid. */
async function memberSince(
  deps: Pick<Ports, 'members' | 'memberships'>,
  communityId: string,
  memberId: string,
): Promise<Date> {
  const periods = await deps.memberships.listForMember(communityId, memberId);
  let first: Date | null = null;
  for (const p of periods) if (!first || p.startsAt < first) first = p.startsAt;
  if (first) return first;
  return (await deps.members.get(communityId, memberId))?.createdAt ?? new Date(0);
}
