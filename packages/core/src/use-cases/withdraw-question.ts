import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';

/**
 * The member takes back a question nobody has answered yet (the FAQ answered it): it is closed and marked
 * resolved now, so the coaches' queue and the response-time reminders drop it. Only the asker may.
 */
export async function withdrawQuestion(
  deps: Uow<'questions'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly questionId: string },
): Promise<Question> {
  const memberId = actorId(input.actor);
  if (!memberId) throw new DomainError('auth.forbidden');
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const before = await repos.questions.get(input.actor.communityId, input.questionId);
    if (!before) throw new DomainError('question.not_found', { questionId: input.questionId });
    if (before.memberId !== memberId) throw new DomainError('question.not_yours');
    if (before.status === 'closed') return before;
    if (before.answer) throw new DomainError('question.already_answered');
    const after: Question = { ...before, status: 'closed', resolvedAt: now };
    await repos.questions.update(after);
    return after;
  });
}
