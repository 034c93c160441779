import type { MatchReason } from '@snowball/matching';
import type { Deal } from '../domain/deal.js';
import type { IntroAnswer, Introduction, IntroStatus } from '../domain/introduction.js';
import type { Profile } from '../domain/profile.js';
import { DomainError } from '../errors/domain-error.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { introReason } from '../rules/intro-reason.js';
import { loadCommunity } from '../rules/load.js';

/** The other member of an introduction as the introduction message shows them (whatever their directory visibility). */
export interface IntroCounterpart {
  readonly displayName: string;
  readonly handle: string;
  /** Null when they have no profile yet. */
  readonly summary: Pick<Profile, 'company' | 'role' | 'industry' | 'region' | 'offers' | 'needs'> | null;
}

export interface IntroListItem {
  readonly introduction: Introduction;
  /** For a member's own list: the other member; null in staff lists of the whole club. */
  readonly counterpartId: string | null;
  /** For a member's own list: the other member's name and summary; null in staff lists or if they are gone. */
  readonly counterpart: IntroCounterpart | null;
  /** Why, from the viewing member's point of view (memberA's for staff); null for plain-text reasons. */
  readonly reason: MatchReason | null;
  readonly deals: readonly Deal[];
  /** Set when the introduction is one pair of a group introduction of three: the group as one. */
  readonly group?: IntroListGroup | null;
}

/** One member of a group introduction of three, as the group's entry shows them. */
export interface IntroGroupMember {
  readonly memberId: string;
  /** Their answer, the same on both of their pairs; `pending` when no listed pair shows it. */
  readonly answer: IntroAnswer;
  /** For a member's own list: the other's name and summary (null for the viewer, in staff lists or if gone). */
  readonly counterpart: IntroCounterpart | null;
}

/**
 * A group introduction of three as one entry: its state, its three members with their answers, and the pair
 * introductions it was listed from (a member's own two pairs in their list; all three in the club's list).
 */
export interface IntroListGroup {
  readonly groupId: string;
  readonly status: IntroStatus;
  /** The three members, the viewing member first in their own list, otherwise in id order. */
  readonly members: readonly IntroGroupMember[];
  readonly pairs: readonly Introduction[];
}

/**
 * The group of three that `pairs` (pair introductions sharing `groupId`) belong to, as one entry. The group is
 * answered and closed together, so any declined pair declines it, any expired one expires it, and it is
 * introduced once none is still proposed. A member's answer wins over `pending` on their other pair.
 */
export function introGroupOf(
  pairs: readonly Introduction[],
  viewer: string | null,
  counterparts: ReadonlyMap<string, IntroCounterpart> = new Map(),
): IntroListGroup | null {
  const groupId = pairs[0]?.groupId;
  if (!groupId) return null;
  const answers = new Map<string, IntroAnswer>();
  for (const p of pairs) {
    for (const [member, answer] of [
      [p.memberA, p.answerA],
      [p.memberB, p.answerB],
    ] as const) {
      const known = answers.get(member);
      if (!known || known === 'pending' || (known === 'snoozed' && answer !== 'pending')) answers.set(member, answer);
    }
  }
  const statuses = new Set(pairs.map((p) => p.status));
  const status: IntroStatus = statuses.has('declined')
    ? 'declined'
    : statuses.has('expired')
      ? 'expired'
      : statuses.has('proposed')
        ? 'proposed'
        : 'introduced';
  const ids = [...answers.keys()].sort((a, b) => (a === viewer ? -1 : b === viewer ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    groupId,
    status,
    members: ids.map((memberId) => ({
      memberId,
      answer: answers.get(memberId) ?? 'pending',
      counterpart: memberId === viewer ? null : (counterparts.get(memberId) ?? null),
    })),
    pairs,
  };
}

/**
 * Introductions with their deals, newest first: a member sees their own; moderators may list one
 * member's (`memberId`) or the whole club's. Render a reason with `renderReason(reason, locale)`.
 */
export async function listIntros(
  deps: Uow<'communities' | 'introductions' | 'members' | 'profiles'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly memberId?: string;
    /** Staff: the whole club's introductions, even when the moderator has introductions of their own. */
    readonly club?: boolean;
    readonly status?: IntroStatus;
  },
): Promise<readonly IntroListItem[]> {
  const own = input.actor.kind === 'member' ? input.actor.memberId : null;
  const memberId = input.club ? null : (input.memberId ?? own);
  if (memberId !== own || !memberId) requireRole(input.actor, input.communityId, ['moderator']);
  else if (input.actor.communityId !== input.communityId) throw new DomainError('auth.forbidden');
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const intros = memberId
      ? await repos.introductions.listForMember(community.id, memberId)
      : await repos.introductions.listForCommunity(community.id);
    const listed = intros
      .filter((i) => !input.status || i.status === input.status)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    // Only the deals of the listed introductions, asked for in one array parameter.
    const deals = await repos.introductions.listDealsFor(
      community.id,
      listed.map((i) => i.id),
    );
    const other = (i: Introduction) => (memberId ? (i.memberA === memberId ? i.memberB : i.memberA) : null);
    // The introduction message already shows each member the other's summary (see notifyIntro), so the list
    // may too, even for a profile hidden from the directory.
    const counterparts = new Map<string, IntroCounterpart>();
    if (memberId) {
      const ids = [...new Set(listed.map((i) => other(i) as string))];
      for (const member of await repos.members.getMany(community.id, ids)) {
        if (member.deletedAt) continue;
        const profile = await repos.profiles.get(community.id, member.id);
        counterparts.set(member.id, {
          displayName: member.displayName,
          handle: member.handle,
          summary: profile
            ? {
                company: profile.company,
                role: profile.role,
                industry: profile.industry,
                region: profile.region,
                offers: profile.offers,
                needs: profile.needs,
              }
            : null,
        });
      }
    }
    // The pairs of a group of three listed here describe the group: each carries it whole.
    const groups = new Map<string, IntroListGroup | null>();
    const groupOf = (groupId: string) => {
      if (!groups.has(groupId)) {
        const pairs = listed.filter((i) => i.groupId === groupId);
        groups.set(groupId, introGroupOf(pairs, memberId, counterparts));
      }
      return groups.get(groupId) ?? null;
    };
    return listed.map((introduction) => {
      const counterpartId = other(introduction);
      return {
        introduction,
        counterpartId,
        counterpart: counterpartId ? (counterparts.get(counterpartId) ?? null) : null,
        reason: introReason(introduction, memberId ?? introduction.memberA),
        deals: deals.filter((d) => d.introductionId === introduction.id),
        ...(introduction.groupId ? { group: groupOf(introduction.groupId) } : {}),
      };
    });
  });
}
