import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';

/** The member's own questions, newest first. */
export async function listMyQuestions(
  deps: Pick<Ports, 'questions'>,
  input: { readonly actor: Actor },
): Promise<Question[]> {
  const memberId = actorId(input.actor);
  if (!memberId) throw new DomainError('auth.forbidden');
  return deps.questions.listForMember(input.actor.communityId, memberId);
}
