import type { MatchReason } from '@snowball/matching';
import type { Deal } from '../domain/deal.js';
import type { Introduction, IntroStatus } from '../domain/introduction.js';
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
    return listed.map((introduction) => {
      const counterpartId = other(introduction);
      return {
        introduction,
        counterpartId,
        counterpart: counterpartId ? (counterparts.get(counterpartId) ?? null) : null,
        reason: introReason(introduction, memberId ?? introduction.memberA),
        deals: deals.filter((d) => d.introductionId === introduction.id),
      };
    });
  });
}
