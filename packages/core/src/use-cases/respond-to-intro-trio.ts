import { trioFromPairs } from '../domain/intro-trio.js';
import type { Introduction } from '../domain/introduction.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import type { IntroResponse } from '../rules/intro-answer.js';
import { introGivers } from '../rules/intro-reason.js';
import { answerTrio, trioExpired } from '../rules/intro-trio-answer.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { notifyIntroTrio } from './notify-intro-trio.js';

/**
 * A member answers a group introduction of three (`answerTrio`): their answer holds for the whole group. When all
 * three accepted, the three pairs become `introduced` together, each member whose offers meet another's needs is
 * credited an `intro` contribution per pair, and all three are told how to reach each other (`notifyIntroTrio`)
 * before this returns. One decline closes the group for all; an unanswered group expires like an introduction
 * of two. Returns the member's pair introductions as stored.
 */
export async function respondToIntroTrio(
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
    readonly groupId: string;
    readonly answer: IntroResponse;
  },
): Promise<Introduction[]> {
  const { actor } = input;
  if (actor.kind !== 'member' || actor.communityId !== input.communityId) throw new DomainError('intro.not_party');
  const now = deps.clock.now();
  const outcome = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, actor, now);
    const trio = trioFromPairs(await repos.introductions.listGroup(community.id, input.groupId));
    if (!trio) throw new DomainError('intro.not_found');
    if (!trio.members.includes(actor.memberId)) throw new DomainError('intro.not_party');
    if (trioExpired(trio, now)) {
      for (const pair of trio.pairs) await repos.introductions.update({ ...pair, status: 'expired' });
      return null;
    }
    const after = answerTrio(trio, actor.memberId, input.answer, now, community.settings.introFollowUpDays);
    for (const pair of after) await repos.introductions.update(pair);
    if (after.every((p) => p.status === 'introduced')) {
      for (const pair of after) {
        for (const giver of introGivers(pair)) {
          await repos.contributions.record({
            id: deps.ids.id(),
            communityId: community.id,
            memberId: giver,
            kind: 'intro',
            sourceId: pair.id,
            points: 1,
            at: now,
          });
        }
      }
    }
    return after;
  });
  if (!outcome) throw new DomainError('intro.expired');
  if (outcome.every((p) => p.status === 'introduced')) {
    try {
      await notifyIntroTrio(deps, { communityId: input.communityId, groupId: input.groupId });
    } catch {
      // The group stands either way: the failure is recorded per delivery, and the reconcile retries.
    }
  }
  return outcome.filter((p) => p.memberA === actor.memberId || p.memberB === actor.memberId);
}
