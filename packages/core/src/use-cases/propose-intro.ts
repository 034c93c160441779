import type { Introduction } from '../domain/introduction.js';
import type { Platform } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Repositories, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { MAX_OPEN_PROPOSALS, mentionedUserId, PROPOSAL_REASON_MAX, typedHandle } from '../rules/intro-proposal.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess, requireMembershipWithAccess } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';
import { notifyIntro } from './notify-intro.js';

/** Who the member wants to meet: a member id (the panel), or what they typed after the command. */
export type ProposalCounterpart =
  | { readonly memberId: string }
  | { readonly platform: Platform; readonly workspaceId: string; readonly text: string };

/**
 * A member asks to be introduced to another (`/intros propose @member reason`). It follows the same double
 * opt-in as a matching round's suggestion: the proposer has accepted by asking, the other member gets the usual
 * Accept / Decline / Later message with the proposer's reason, and the response window and expiry are the
 * same. Refused (changing nothing): oneself, someone who is not a member with access or who turned
 * introductions off or paused them (or excluded this pair; the refusal does not say which), a pair that already had
 * an introduction (declined pairs are never suggested again), and more than MAX_OPEN_PROPOSALS requests
 * waiting at once.
 */
export async function proposeIntro(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'introductions' | 'members' | 'memberships' | 'profiles'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly counterpart: ProposalCounterpart;
    readonly reason: string;
  },
): Promise<Introduction> {
  const { actor } = input;
  if (actor.kind !== 'member' || actor.communityId !== input.communityId) throw new DomainError('intro.not_party');
  const reason = cleanText(input.reason, 'reason', PROPOSAL_REASON_MAX, { required: true });
  const now = deps.clock.now();
  const intro = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, actor, now);
    const target = await findCounterpart(repos, community.id, input.counterpart);
    if (!target || target.deletedAt) throw new DomainError('intro.counterpart_unknown');
    if (target.id === actor.memberId) throw new DomainError('intro.self');
    try {
      await requireMembershipWithAccess(repos, community, target.id, now);
    } catch (error) {
      if (error instanceof DomainError) throw new DomainError('intro.counterpart_unavailable');
      throw error;
    }
    // The same choices a matching round respects: introductions off or paused, excluded by staff, do-not-pair
    // either way. Nobody is told which, so the answer does not reveal a member's settings.
    const [theirs, mine] = await Promise.all([
      repos.profiles.get(community.id, target.id),
      repos.profiles.get(community.id, actor.memberId),
    ]);
    const paused = theirs?.snoozedUntil != null && theirs.snoozedUntil.getTime() > now.getTime();
    if (
      theirs?.matchingOptIn === false ||
      paused ||
      target.matchingExcluded ||
      theirs?.doNotPair.includes(actor.memberId) ||
      mine?.doNotPair.includes(target.id)
    ) {
      throw new DomainError('intro.counterpart_unavailable');
    }
    if (await repos.introductions.findPair(community.id, actor.memberId, target.id)) {
      throw new DomainError('intro.pair_exists');
    }
    if ((await repos.introductions.countOpenProposalsBy(community.id, actor.memberId)) >= MAX_OPEN_PROPOSALS) {
      throw new DomainError('intro.too_many_open', { max: MAX_OPEN_PROPOSALS });
    }
    const created: Introduction = {
      id: deps.ids.id(),
      communityId: community.id,
      memberA: actor.memberId,
      memberB: target.id,
      // Asking is accepting: only the other member is asked.
      answerA: 'accepted',
      answerB: 'pending',
      status: 'proposed',
      score: 0,
      reason,
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      proposedBy: actor.memberId,
      createdAt: now,
    };
    // A pair created meanwhile (a round, or the other asking at the same moment) hits the unique key: 409.
    await repos.introductions.create(created);
    return created;
  });
  try {
    await notifyIntro(deps, { communityId: intro.communityId, introductionId: intro.id });
  } catch {
    // The request stands; the failure is recorded per delivery and the worker's reconcile announces it again.
  }
  return intro;
}

async function findCounterpart(
  repos: Pick<Repositories, 'accounts' | 'members'>,
  communityId: string,
  counterpart: ProposalCounterpart,
) {
  if ('memberId' in counterpart) return repos.members.get(communityId, counterpart.memberId);
  const userId = mentionedUserId(counterpart.text);
  if (userId) {
    const account = await repos.accounts.find(counterpart.platform, counterpart.workspaceId, userId);
    return account && account.communityId === communityId ? repos.members.get(communityId, account.memberId) : null;
  }
  const handle = typedHandle(counterpart.text);
  return handle ? repos.members.getByHandle(communityId, handle) : null;
}
