import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { type QueuedQuestion, queued } from './list-questions.js';

/** The member's own questions, newest first, each with when the club promised an answer and whether it is late. */
export async function listMyQuestions(
  deps: Uow<'communities' | 'questionMessages' | 'questions'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor },
): Promise<QueuedQuestion[]> {
  const memberId = actorId(input.actor);
  if (!memberId) throw new DomainError('auth.forbidden');
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.actor.communityId);
    const slaHours = community.settings.questionSlaHours;
    const mine = await repos.questions.listForMember(community.id, memberId);
    return queued(repos, community.id, mine, now, slaHours);
  });
}
