import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import { REASONS } from '../errors/error-reasons.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { cleanText } from '../rules/text.js';

/**
 * The member closes the loop on their own answered question: marks it resolved (status `closed`, once: the
 * first resolution time stays), optionally rates the answer 1–5 with a comment (a later rating replaces it),
 * and says whether staff may publish it, anonymised, to the FAQ. Only the asker may; not before an answer.
 * Closing the loop on one's own question needs no current membership: it is the member's own record.
 */
export async function resolveQuestion(
  deps: Uow<'questions'> & Pick<Ports, 'clock'>,
  input: {
    readonly actor: Actor;
    readonly questionId: string;
    readonly rating?: number | null;
    readonly comment?: string | null;
    readonly faqConsent?: boolean;
  },
): Promise<Question> {
  const memberId = actorId(input.actor);
  if (!memberId || input.actor.kind !== 'member') throw new DomainError('auth.forbidden');
  const rating = input.rating ?? null;
  if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) {
    throw new DomainError('validation.invalid', { field: 'rating', reason: REASONS.ratingRange });
  }
  const comment = cleanText(input.comment, 'comment', 1000) || null;
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const before = await repos.questions.get(input.actor.communityId, input.questionId);
    if (!before) throw new DomainError('question.not_found', { questionId: input.questionId });
    if (before.memberId !== memberId) throw new DomainError('question.not_yours');
    if (!before.answer) throw new DomainError('question.not_answered');
    const after: Question = {
      ...before,
      status: 'closed',
      resolvedAt: before.resolvedAt ?? now,
      rating: rating ?? before.rating,
      ratingComment: rating !== null ? comment : (comment ?? before.ratingComment),
      faqConsent: input.faqConsent ?? before.faqConsent,
    };
    await repos.questions.update(after);
    return after;
  });
}
