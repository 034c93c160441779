import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { cleanText } from '../rules/text.js';

/** A member asks the coaches privately (unlimited during their membership). */
export async function askQuestion(
  deps: Pick<Ports, 'uow' | 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly body: string },
): Promise<Question> {
  const memberId = actorId(input.actor);
  if (!memberId) throw new DomainError('auth.forbidden');
  const body = cleanText(input.body, 'question', 4000, { required: true });
  const question: Question = {
    id: deps.ids.id(),
    communityId: input.actor.communityId,
    memberId,
    body,
    status: 'open',
    claimedBy: null,
    answer: null,
    answeredBy: null,
    answeredAt: null,
    faq: false,
    createdAt: deps.clock.now(),
  };
  await deps.uow.run((repos) => repos.questions.create(question));
  return question;
}
