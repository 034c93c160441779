import { APPEAL_DECISIONS, type AppealDecision, type ModerationCase } from '../domain/moderation.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { auditedCase, loadCase } from '../rules/moderation-cases.js';
import { cleanText } from '../rules/text.js';
import { CASE_NOTES_MAX, type DecidedCase, tell } from './decide-moderation-case.js';

/**
 * A moderator decides a member's appeal: `grant` takes the strike back (the case is dismissed), `deny` keeps it
 * (upheld, still expiring from the original decision). Audited and DMed to the member once.
 */
export async function decideModerationAppeal(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'members' | 'moderation'> &
    Pick<Ports, 'clock' | 'ids' | 'jobs' | 'messenger'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly caseId: string;
    readonly decision: AppealDecision;
    readonly notes?: string | null;
  },
): Promise<DecidedCase> {
  requireRole(input.actor, input.communityId, ['moderator']);
  if (!(APPEAL_DECISIONS as readonly string[]).includes(input.decision)) {
    throw new DomainError('validation.invalid', { field: 'decision', reason: APPEAL_DECISIONS.join(' | ') });
  }
  const notes = cleanText(input.notes, 'notes', CASE_NOTES_MAX);
  const now = deps.clock.now();
  const decided = await deps.uow.run(async (repos) => {
    const before = await loadCase(repos, input.communityId, input.caseId);
    if (before.status !== 'appealed') throw new DomainError('case.no_appeal');
    const granted = input.decision === 'grant';
    const after: ModerationCase = {
      ...before,
      status: granted ? 'dismissed' : 'upheld',
      appealOutcome: granted ? 'granted' : 'denied',
      notes: notes || before.notes || null,
      // A granted appeal is a new decision; a denied one keeps the strike's date, so it expires when it would have.
      ...(granted ? { decidedBy: actorId(input.actor), decidedAt: now } : {}),
    };
    await repos.moderation.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: `moderation.appeal.${input.decision}`,
      targetType: 'moderation_case',
      targetId: after.id,
      before: auditedCase(before),
      after: auditedCase(after),
    });
    return after;
  });
  return { case: decided, delivery: await tell(deps, decided, granted(decided) ? 'strike_removed' : 'appeal_denied') };
}

function granted(c: ModerationCase): boolean {
  return c.appealOutcome === 'granted';
}
