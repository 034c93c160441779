import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';

/**
 * Puts a claimed question back in the open queue. The coach who holds it may release it, and so may an owner
 * (a coach who left must not keep questions locked); releasing an unclaimed question changes nothing.
 */
export async function unclaimQuestion(
  deps: Uow<'audit' | 'questions'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly questionId: string },
): Promise<Question> {
  requireRole(input.actor, input.communityId, ['coach']);
  const by = actorId(input.actor);
  const owner = input.actor.kind === 'system' || input.actor.roles.includes('owner');
  return deps.uow.run(async (repos) => {
    const before = await repos.questions.get(input.communityId, input.questionId);
    if (!before) throw new DomainError('question.not_found', { questionId: input.questionId });
    if (before.status !== 'claimed') return before;
    if (before.claimedBy !== by && !owner) throw new DomainError('question.claimed_by_other');
    const after: Question = { ...before, status: 'open', claimedBy: null };
    await repos.questions.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'question.unclaim',
      targetType: 'question',
      targetId: after.id,
      before: { status: before.status, claimedBy: before.claimedBy },
      after: { status: after.status, claimedBy: null },
    });
    return after;
  });
}
