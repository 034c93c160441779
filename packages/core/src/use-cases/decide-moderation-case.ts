import { CASE_DECISIONS, type CaseDecision, type CaseStatus, type ModerationCase } from '../domain/moderation.js';
import { chatActionKey } from '../domain/moderation-chat-action.js';
import {
  MODERATION_DECISION_RETRY_DELAY_MS,
  type ModerationNotice,
  moderationDecisionJob,
  noticeRecipient,
} from '../domain/moderation-decision-notice.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Repositories, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';
import { auditedCase, isUndecided, loadCase } from '../rules/moderation-cases.js';
import { moderationSettingsOf } from '../rules/moderation-settings.js';
import { strikeConsequence } from '../rules/strike-ladder.js';
import { cleanText } from '../rules/text.js';
import { sendModerationDecision } from './send-moderation-decision.js';

export const CASE_NOTES_MAX = 2000;

/** Whether the member heard of the decision: a DM status, `retry` (saved, the DM failed for now) or none needed. */
export type DecisionDelivery = 'sent' | 'already_sent' | 'failed' | 'skipped' | 'retry' | 'none';

export interface DecidedCase {
  readonly case: ModerationCase;
  readonly delivery: DecisionDelivery;
  /**
   * An upheld strike the ladder answers with a timeout (Discord): when it ends. The bots apply it within seconds
   * (queued as a platform action, retried until done); null when there is none.
   */
  readonly timeoutUntil?: Date | null;
  /** Whether the member who reported the message heard of the outcome (`none` when nobody reported it). */
  readonly reporterDelivery?: DecisionDelivery;
}

const TARGET: Record<CaseDecision, CaseStatus> = { uphold: 'upheld', dismiss: 'dismissed', escalate: 'escalated' };

/**
 * A moderator decides a case: `uphold` (a strike), `dismiss` (no breach; also takes back a strike the bot gave),
 * or `escalate` (passed to the owners, who alone decide it then). Audited; the member is told by DM of a strike
 * and of a strike taken back, once per decision. Deciding a case twice is refused (`case.already_decided`).
 */
export async function decideModerationCase(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'members' | 'moderation'> &
    Pick<Ports, 'clock' | 'ids' | 'jobs' | 'messenger'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly caseId: string;
    readonly decision: CaseDecision;
    readonly notes?: string | null;
  },
): Promise<DecidedCase> {
  requireRole(input.actor, input.communityId, ['moderator']);
  if (!(CASE_DECISIONS as readonly string[]).includes(input.decision)) {
    throw new DomainError('validation.invalid', { field: 'decision', reason: CASE_DECISIONS.join(' | ') });
  }
  const notes = cleanText(input.notes, 'notes', CASE_NOTES_MAX);
  const now = deps.clock.now();
  const { decided, notice, timeoutUntil, reporterNotice } = await deps.uow.run(async (repos) => {
    const before = await loadCase(repos, input.communityId, input.caseId);
    // A strike the bot gave may be taken back (dismissed); any other decided case stays decided.
    const reversible = before.status === 'upheld' && input.decision === 'dismiss';
    if (!isUndecided(before.status) && !reversible) throw new DomainError('case.already_decided');
    if (before.status === 'escalated') {
      if (input.decision === 'escalate') throw new DomainError('case.already_decided');
      requireRole(input.actor, input.communityId, ['owner']);
    }
    const status = TARGET[input.decision];
    const after: ModerationCase = {
      ...before,
      status,
      notes: notes || before.notes || null,
      ...(input.decision === 'escalate' ? {} : { decidedBy: actorId(input.actor), decidedAt: now }),
    };
    await repos.moderation.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: `moderation.case.${input.decision}`,
      targetType: 'moderation_case',
      targetId: after.id,
      before: auditedCase(before),
      after: auditedCase(after),
    });
    const told: ModerationNotice | null = input.decision === 'uphold' ? 'upheld' : reversible ? 'strike_removed' : null;
    const timeoutUntil = input.decision === 'uphold' ? await queueLadderTimeout(repos, after, now) : null;
    // The reporter hears how their report ended (never who it was about, nor the consequence).
    const reporterNotice: ModerationNotice | null =
      after.reporterId && !reversible && input.decision !== 'escalate'
        ? input.decision === 'uphold'
          ? 'report_upheld'
          : 'report_dismissed'
        : null;
    return { decided: after, notice: told, timeoutUntil, reporterNotice };
  });
  return {
    case: decided,
    delivery: await tell(deps, decided, notice),
    timeoutUntil,
    reporterDelivery: await tell(deps, decided, reporterNotice),
  };
}

/**
 * A moderator's uphold is a strike like the bot's: where the club's ladder answers it with a timeout and the platform
 * has them (Discord), the timeout is queued as a platform action in the decision's transaction; the bots' reconcile
 * loop applies it (at most once, retried with backoff). Answers when the timeout ends, or null.
 */
async function queueLadderTimeout(
  repos: Pick<Repositories, 'accounts' | 'communities' | 'moderation'>,
  upheld: ModerationCase,
  now: Date,
): Promise<Date | null> {
  if (upheld.platform !== 'discord') return null;
  const settings = moderationSettingsOf((await loadCommunity(repos, upheld.communityId)).settings);
  const author = await caseAuthor(repos, upheld);
  if (!author) return null;
  const since = new Date(now.getTime() - settings.strikeExpiryDays * 86_400_000);
  const strikes = await repos.moderation.countStrikes(
    upheld.communityId,
    upheld.memberId ? { memberId: upheld.memberId } : { platform: 'discord', ...author },
    since,
  );
  const consequence = strikeConsequence(settings, strikes, 'discord');
  if (consequence.step !== 'timeout' || !consequence.timeoutMinutes) return null;
  const until = new Date(now.getTime() + consequence.timeoutMinutes * 60_000);
  await repos.moderation.addAction({
    key: chatActionKey(upheld.id, 'timeout'),
    communityId: upheld.communityId,
    caseId: upheld.id,
    kind: 'timeout',
    payload: {
      kind: 'timeout',
      platform: 'discord',
      workspaceId: author.workspaceId,
      platformUserId: author.authorId,
      until: until.toISOString(),
      reason: `snowball: a moderator upheld case ${upheld.id}`,
    },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    leaseUntil: null,
    error: null,
    createdAt: now,
    settledAt: null,
  });
  return until;
}

/** Who wrote the case's message on Discord: as the case recorded it, else the member's account in that server. */
async function caseAuthor(
  repos: Pick<Repositories, 'accounts'>,
  c: ModerationCase,
): Promise<{ workspaceId: string; authorId: string } | null> {
  if (c.workspaceId && c.authorId) return { workspaceId: c.workspaceId, authorId: c.authorId };
  if (!c.memberId) return null;
  const accounts = await repos.accounts.listForMember(c.communityId, c.memberId);
  const discord = accounts.filter((a) => a.platform === 'discord');
  const account = discord.find((a) => a.workspaceId === c.workspaceId) ?? (discord.length === 1 ? discord[0] : null);
  return account ? { workspaceId: account.workspaceId, authorId: account.platformUserId } : null;
}

/**
 * After a decision is committed: queues its `moderation.decision` job (deterministic id, a little later, so the DM
 * is not lost if the send below fails or this process stops), then sends the DM now; the job then finds it sent.
 * Never throws: the decision stands whatever happens to the DM (`retry`: the job will send it).
 */
export async function tell(
  deps: Parameters<typeof sendModerationDecision>[0] & Pick<Ports, 'jobs'>,
  decided: ModerationCase,
  notice: ModerationNotice | null,
): Promise<DecisionDelivery> {
  if (!notice || !noticeRecipient(decided, notice)) return 'none';
  const runAt = new Date(deps.clock.now().getTime() + MODERATION_DECISION_RETRY_DELAY_MS);
  try {
    await deps.jobs.schedule(moderationDecisionJob(decided.communityId, decided.id, notice, runAt));
  } catch {
    // The queue is down: the DM below is still tried, and a failure stays pending in deliveries for staff.
  }
  try {
    const result = await sendModerationDecision(deps, { decided, notice });
    return result ? result.status : 'none';
  } catch {
    return 'retry';
  }
}
