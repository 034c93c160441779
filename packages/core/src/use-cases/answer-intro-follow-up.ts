import type { Introduction } from '../domain/introduction.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

const DAY_MS = 86_400_000;

/** A member's answer to the follow-up besides Yes (which records a deal with `recordDeal`). */
export type IntroFollowUpAnswer = 'not_yet' | 'no';

/**
 * A member answers "did this introduction lead to business?". Not yet: both are asked again
 * `introFollowUpDays` from now (a new `followUpAt`, so a new delivery key). No: nobody is asked again.
 * `askedAt` is the `followUpAt` the question was about: once one member moved it, the other's Not yet to the
 * same question (or a retried click) changes nothing. A recorded deal or a No is final; answering then
 * returns the introduction unchanged.
 */
export async function answerIntroFollowUp(
  deps: Uow<'communities' | 'introductions'> & Pick<Ports, 'clock'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly introductionId: string;
    readonly answer: IntroFollowUpAnswer;
    readonly askedAt?: Date;
  },
): Promise<Introduction> {
  const { actor } = input;
  if (actor.kind !== 'member' || actor.communityId !== input.communityId) throw new DomainError('intro.not_party');
  if (input.answer !== 'not_yet' && input.answer !== 'no') {
    throw new DomainError('validation.invalid', { field: 'answer', reason: 'not_yet, no' });
  }
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const intro = await repos.introductions.get(community.id, input.introductionId);
    if (!intro) throw new DomainError('intro.not_found');
    if (intro.memberA !== actor.memberId && intro.memberB !== actor.memberId) throw new DomainError('intro.not_party');
    if (intro.status !== 'introduced') throw new DomainError('intro.closed');
    if (intro.followUpOutcome === 'deal' || intro.followUpOutcome === 'no') return intro;
    let after: Introduction;
    if (input.answer === 'no') {
      after = { ...intro, followUpOutcome: 'no' };
    } else {
      if (input.askedAt && intro.followUpAt && input.askedAt.getTime() !== intro.followUpAt.getTime()) return intro;
      const followUpAt = new Date(now.getTime() + community.settings.introFollowUpDays * DAY_MS);
      after = { ...intro, followUpAt, followUpOutcome: 'not_yet' };
    }
    await repos.introductions.update(after);
    return after;
  });
}
