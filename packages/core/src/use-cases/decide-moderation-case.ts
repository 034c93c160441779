import { CASE_DECISIONS, type CaseDecision, type CaseStatus, type ModerationCase } from '../domain/moderation.js';
import {
  MODERATION_DECISION_RETRY_DELAY_MS,
  type ModerationNotice,
  moderationDecisionJob,
} from '../domain/moderation-decision-notice.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { auditedCase, isUndecided, loadCase } from '../rules/moderation-cases.js';
import { cleanText } from '../rules/text.js';
import { sendModerationDecision } from './send-moderation-decision.js';

export const CASE_NOTES_MAX = 2000;

/** Whether the member heard of the decision: a DM status, `retry` (saved, the DM failed for now) or none needed. */
export type DecisionDelivery = 'sent' | 'already_sent' | 'failed' | 'skipped' | 'retry' | 'none';

export interface DecidedCase {
  readonly case: ModerationCase;
  readonly delivery: DecisionDelivery;
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
  const { decided, notice } = await deps.uow.run(async (repos) => {
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
    return { decided: after, notice: told };
  });
  return { case: decided, delivery: await tell(deps, decided, notice) };
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
  if (!notice || !decided.memberId) return 'none';
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
