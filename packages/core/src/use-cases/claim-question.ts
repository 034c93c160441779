import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';

/**
 * A coach takes a waiting question so other coaches see it is being handled. Claiming one's own claim again
 * changes nothing; a question another coach holds is refused (`question.already_claimed`) until they release it.
 */
export async function claimQuestion(
  deps: Uow<'audit' | 'questions'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly questionId: string },
): Promise<Question> {
  requireRole(input.actor, input.communityId, ['coach']);
  const by = actorId(input.actor);
  // A claim names a person; the system has no one to show to the other coaches.
  if (!by) throw new DomainError('auth.forbidden');
  return deps.uow.run(async (repos) => {
    const before = await repos.questions.get(input.communityId, input.questionId);
    if (!before) throw new DomainError('question.not_found', { questionId: input.questionId });
    if (before.status === 'answered') throw new DomainError('question.already_answered');
    if (before.status === 'closed') throw new DomainError('question.closed');
    if (before.status === 'claimed' && before.claimedBy === by) return before;
    if (before.status === 'claimed' && before.claimedBy) throw new DomainError('question.already_claimed');
    const after: Question = { ...before, status: 'claimed', claimedBy: by };
    await repos.questions.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'question.claim',
      targetType: 'question',
      targetId: after.id,
      before: { status: before.status, claimedBy: before.claimedBy },
      after: { status: after.status, claimedBy: after.claimedBy },
    });
    return after;
  });
}
