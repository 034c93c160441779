import { createHash } from 'node:crypto';
import type { CaseContextMessage, CaseKind, ModerationCase } from '../domain/moderation.js';
import type { ModerationAction, ModerationRuleId, ModerationVerdict } from '../domain/moderation-rules.js';
import { UniqueViolation } from '../errors/unique-violation.js';
import type { Ports } from '../ports/ports.js';
import type { TextClassifier } from '../ports/text-classifier.js';
import { type ChatMessageToCheck, checkChatMessage } from './check-chat-message.js';

/** What the bot does with a message after moderation, and the case that records it. */
export interface ModerationOutcome {
  /** `delete`: remove the message now; `review`: leave it up, a moderator decides; `allow`: nothing to do. */
  readonly action: ModerationAction;
  readonly rules: readonly ModerationRuleId[];
  readonly communityId: string | null;
  readonly memberId: string | null;
  /** The case opened for this message, or found when the same message was handled before (a redelivery). */
  readonly caseId: string | null;
  readonly duplicate: boolean;
}

const EXCERPT_LENGTH = 1000;

/** One case per message: the id is derived from the message, so a redelivered event or a replica finds it. */
export function moderationCaseId(communityId: string, platform: string, channelId: string, messageId: string): string {
  const hex = createHash('sha256').update(`${communityId}\n${platform}\n${channelId}\n${messageId}`).digest('hex');
  // Laid out as a UUID (version 8: custom), so it fits the cases' id column.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((Number.parseInt(hex.slice(16, 17), 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function caseKind(rules: readonly ModerationRuleId[]): CaseKind {
  if (rules.some((r) => r.startsWith('ad.'))) return 'advertising';
  if (rules.some((r) => r.startsWith('flood.'))) return 'flooding';
  return 'other';
}

function caseReason(verdict: ModerationVerdict): string {
  return verdict.findings
    .filter((f) => verdict.rules.includes(f.rule))
    .map((f) => `${f.rule}${f.certain ? '' : '?'}: ${f.evidence}`)
    .join('; ');
}

/**
 * Moderates one chat message (new or edited): judges it under the club's rules and, when it is not allowed, records
 * a case with the message as evidence — upheld at once when the message is deleted (a strike), open for a
 * moderator when it is held for review. A message is recorded at most once, however often its event arrives.
 */
export async function moderateChatMessage(
  deps: Pick<Ports, 'communities' | 'accounts' | 'staff' | 'members' | 'memberships' | 'moderation' | 'clock'> & {
    readonly classifier: TextClassifier;
  },
  input: ChatMessageToCheck & {
    readonly messageId: string;
    /** Set for an edited message (the edit's time): each version of a message is judged and recorded once. */
    readonly revision?: string;
    /** The messages just before this one in its channel, kept with the case as evidence. */
    readonly context?: readonly CaseContextMessage[];
  },
): Promise<ModerationOutcome> {
  const check = await checkChatMessage(deps, input);
  if (check.status !== 'checked') {
    const communityId = check.status === 'exempt' ? check.communityId : null;
    const memberId = check.status === 'exempt' ? check.memberId : null;
    return { action: 'allow', rules: [], communityId, memberId, caseId: null, duplicate: false };
  }
  const { verdict, communityId, memberId } = check;
  const base = { action: verdict.action, rules: verdict.rules, communityId, memberId };
  if (verdict.action === 'allow') return { ...base, caseId: null, duplicate: false };

  const id = moderationCaseId(
    communityId,
    input.platform,
    input.channelId,
    input.revision ? `${input.messageId}#${input.revision}` : input.messageId,
  );
  const existing = await deps.moderation.get(communityId, id);
  if (existing) return { ...base, caseId: id, duplicate: true };
  const now = deps.clock.now();
  const deleted = verdict.action === 'delete';
  const record: ModerationCase = {
    id,
    communityId,
    memberId,
    reporterId: null,
    kind: caseKind(verdict.rules),
    status: deleted ? 'upheld' : 'open',
    platform: input.platform,
    channelId: input.channelId,
    messageId: input.messageId,
    workspaceId: input.workspaceId,
    authorId: input.authorId,
    context: input.context && input.context.length > 0 ? input.context : null,
    excerpt: [...input.content].slice(0, EXCERPT_LENGTH).join(''),
    reason: caseReason(verdict),
    decidedBy: null,
    decidedAt: deleted ? now : null,
    appeal: null,
    createdAt: now,
  };
  try {
    await deps.moderation.create(record);
  } catch (error) {
    // Another process recorded the same message first.
    if (error instanceof UniqueViolation) return { ...base, caseId: id, duplicate: true };
    throw error;
  }
  return { ...base, caseId: id, duplicate: false };
}
