import { trioPairs } from '../domain/intro-trio.js';
import type { Introduction } from '../domain/introduction.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { PROPOSAL_REASON_MAX } from '../rules/intro-proposal.js';
import { loadCommunity } from '../rules/load.js';
import { requireMembershipWithAccess } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';
import { notifyIntroTrio } from './notify-intro-trio.js';

/**
 * Staff (owner or moderator) propose a group introduction of three: three members who should meet together,
 * with why. Each of the three gets Accept / Decline / Later; only when all three accept are they introduced
 * (`respondToIntroTrio`). Refused, changing nothing: fewer than three different members, a member without access
 * or who turned introductions off, paused them, was excluded from matching or asked not to be paired with one of
 * the others, and any two of them who already had an introduction (each pair has one introduction, ever).
 * Returns the three pair introductions (sharing `groupId`), announced before this returns.
 */
export async function proposeIntroTrio(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'introductions' | 'members' | 'memberships' | 'profiles'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly memberIds: readonly string[];
    readonly reason: string;
  },
): Promise<Introduction[]> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const reason = cleanText(input.reason, 'reason', PROPOSAL_REASON_MAX, { required: true });
  const ids = [...new Set(input.memberIds)];
  if (input.memberIds.length !== 3 || ids.length !== 3) throw new DomainError('intro.trio_members');
  const now = deps.clock.now();
  const pairs = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const members = [];
    for (const id of ids) {
      const member = await repos.members.get(community.id, id);
      if (!member || member.deletedAt) throw new DomainError('intro.trio_members');
      members.push(member);
    }
    for (const member of members) {
      const unavailable = () => new DomainError('intro.trio_member_unavailable', { name: member.displayName });
      try {
        await requireMembershipWithAccess(repos, community, member.id, now);
      } catch (error) {
        if (error instanceof DomainError) throw unavailable();
        throw error;
      }
      const profile = await repos.profiles.get(community.id, member.id);
      const paused = profile?.snoozedUntil != null && profile.snoozedUntil.getTime() > now.getTime();
      const others = ids.filter((o) => o !== member.id);
      if (
        profile?.matchingOptIn === false ||
        paused ||
        member.matchingExcluded ||
        others.some((o) => profile?.doNotPair.includes(o))
      ) {
        throw unavailable();
      }
    }
    const [a, b, c] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];
    for (const [x, y] of [
      [a, b],
      [a, c],
      [b, c],
    ] as const) {
      if (await repos.introductions.findPair(community.id, x.id, y.id)) {
        throw new DomainError('intro.trio_pair_exists', { a: x.displayName, b: y.displayName });
      }
    }
    const proposed = trioPairs({
      groupId: deps.ids.id(),
      communityId: community.id,
      members: [a.id, b.id, c.id],
      ids: [deps.ids.id(), deps.ids.id(), deps.ids.id()],
      score: 0,
      reason: () => reason,
      roundId: null,
      now,
    });
    // The staff member made these introductions: the introducer of each pair they are not one of the two sides of.
    const proposer = input.actor.kind === 'member' ? input.actor.memberId : null;
    const created = proposed.map((pair): Introduction => {
      const third = proposer !== null && pair.memberA !== proposer && pair.memberB !== proposer;
      return third ? { ...pair, introducerId: proposer } : pair;
    });
    // A pair introduced meanwhile hits the unique key (409) and the whole group is rolled back.
    for (const pair of created) await repos.introductions.create(pair);
    return created;
  });
  const groupId = pairs[0]?.groupId as string;
  try {
    await notifyIntroTrio(deps, { communityId: input.communityId, groupId });
  } catch {
    // The group stands; failures are recorded per delivery and the worker's reconcile announces it again.
  }
  return pairs;
}
