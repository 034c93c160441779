import type { Question } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';

/** A member asks the coaches privately (unlimited while their membership gives access). */
export async function askQuestion(
  deps: Uow<'communities' | 'memberships' | 'questions'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly body: string },
): Promise<Question> {
  const memberId = actorId(input.actor);
  if (!memberId) throw new DomainError('auth.forbidden');
  const body = cleanText(input.body, 'question', 4000, { required: true });
  const now = deps.clock.now();
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
    createdAt: now,
    resolvedAt: null,
    rating: null,
    ratingComment: null,
    faqConsent: false,
    slaRemindedAt: null,
    slaEscalatedAt: null,
  };
  await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.actor.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    await repos.questions.create(question);
  });
  return question;
}
