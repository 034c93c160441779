import type { Introduction } from '../domain/introduction.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { answerIntro, type IntroResponse, introExpired } from '../rules/intro-answer.js';
import { introGivers } from '../rules/intro-reason.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { notifyIntro } from './notify-intro.js';
import { respondToIntroTrio } from './respond-to-intro-trio.js';

/**
 * A member answers an introduction: Accept, Decline or Later (see `answerIntro`). When both accept, the
 * introduction becomes `introduced` with a follow-up date `introFollowUpDays` ahead, and each member whose
 * offers meet the other's needs is credited an `intro` contribution (they gave something). One decline
 * closes it for good: the pair is never suggested again. An introduction left unanswered for
 * INTRO_RESPONSE_DAYS expires (recorded, then `intro.expired`). Only members whose membership gives access
 * may answer. Once both accepted, both are told how to reach each other (`notifyIntro`) before this returns; a
 * delivery that fails is recorded, and the worker's reconcile (`announceMissingIntros`) announces it again.
 * An introduction that is one pair of a group of three answers for the whole group (`respondToIntroTrio`).
 */
export async function respondToIntro(
  deps: Uow<
    | 'accounts'
    | 'communities'
    | 'contributions'
    | 'deliveries'
    | 'introductions'
    | 'members'
    | 'memberships'
    | 'profiles'
  > &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly introductionId: string;
    readonly answer: IntroResponse;
  },
): Promise<Introduction> {
  const { actor } = input;
  if (actor.kind !== 'member' || actor.communityId !== input.communityId) throw new DomainError('intro.not_party');
  const now = deps.clock.now();
  const outcome = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, actor, now);
    const intro = await repos.introductions.get(community.id, input.introductionId);
    if (!intro) throw new DomainError('intro.not_found');
    if (intro.memberA !== actor.memberId && intro.memberB !== actor.memberId) throw new DomainError('intro.not_party');
    // One of a group of three: the answer is the whole group's (`respondToIntroTrio`), after this transaction.
    if (intro.groupId) return { trioGroup: intro.groupId };
    if (introExpired(intro, now)) {
      // Recorded before the error, so the panel and the next round see it expired.
      await repos.introductions.update({ ...intro, status: 'expired' });
      return null;
    }
    const after = answerIntro(intro, actor.memberId, input.answer, now, community.settings.introFollowUpDays);
    await repos.introductions.update(after);
    if (after.status === 'introduced') {
      for (const giver of introGivers(after)) {
        await repos.contributions.record({
          id: deps.ids.id(),
          communityId: community.id,
          memberId: giver,
          kind: 'intro',
          sourceId: after.id,
          points: 1,
          at: now,
        });
      }
    }
    return after;
  });
  if (!outcome) throw new DomainError('intro.expired');
  if ('trioGroup' in outcome) {
    const pairs = await respondToIntroTrio(deps, { ...input, groupId: outcome.trioGroup });
    const pressed = pairs.find((p) => p.id === input.introductionId) ?? pairs[0];
    if (!pressed) throw new DomainError('intro.not_found');
    return pressed;
  }
  if (outcome.status === 'introduced') {
    try {
      await notifyIntro(deps, { communityId: outcome.communityId, introductionId: outcome.id });
    } catch {
      // The introduction stands either way: the failure is recorded per delivery, and the reconcile retries.
    }
  }
  return outcome;
}
