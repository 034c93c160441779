import { regionQuery, textQuery } from '@snowball/matching';
import type { Profile } from '../domain/profile.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { type DirectoryEntry, directoryEntry } from '../rules/directory-profile.js';
import { loadCommunity } from '../rules/load.js';
import { membersWithAccess, requireMemberAccess } from '../rules/member-access.js';
import { canSeeProfile } from '../rules/profile-visibility.js';
import { cleanText } from '../rules/text.js';

export interface FindMembersInput {
  readonly actor: Actor;
  readonly communityId: string;
  /** Free words in Chinese (no spaces needed) or English: names, companies, skills, offers, needs. */
  readonly words?: string;
  readonly industry?: string;
  readonly region?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** A directory hit; `score` orders the results (higher is better). */
export interface MemberSearchHit extends DirectoryEntry {
  readonly score: number;
}

// Where a word is found says how much it counts: a name or company beats a passing mention in needs.
function wordFields(name: string, handle: string, p: Profile) {
  return [
    { text: name, weight: 3 },
    { text: handle, weight: 2 },
    { text: p.company, weight: 3 },
    { text: p.industry, weight: 2 },
    { text: p.skills, weight: 2 },
    { text: p.offers, weight: 2 },
    { text: p.role, weight: 1.5 },
    { text: p.needs, weight: 1, exact: true },
    { text: p.region, weight: 1 },
  ];
}

/**
 * The member directory (/find): current members (with access) whose profile the searcher may see, matched
 * on words, industry and region — meaning, not just spelling, in both languages (see @snowball/matching
 * textQuery) — best first. Without criteria, the most recently updated profiles come first. Only members
 * with access (and staff) may search.
 */
export async function findMembers(
  deps: Pick<Ports, 'uow' | 'clock'>,
  input: FindMembersInput,
): Promise<Page<MemberSearchHit>> {
  const words = textQuery(cleanText(input.words, 'words', 200));
  const industry = textQuery(cleanText(input.industry, 'industry', 80));
  const region = regionQuery(cleanText(input.region, 'region', 80));
  const page = pageRequest(input.limit, input.offset);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const [profiles, current] = await Promise.all([
      repos.profiles.listForCommunity(community.id),
      membersWithAccess(repos, community, now),
    ]);
    const visible = profiles.filter((p) => current.has(p.memberId) && canSeeProfile(input.actor, p));
    const members = new Map(
      (
        await repos.members.getMany(
          community.id,
          visible.map((p) => p.memberId),
        )
      )
        .filter((m) => !m.deletedAt)
        .map((m) => [m.id, m]),
    );
    const hits: MemberSearchHit[] = [];
    for (const profile of visible) {
      const member = members.get(profile.memberId);
      if (!member) continue;
      let score = 0;
      if (!words.empty) {
        const s = words.score(wordFields(member.displayName, member.handle, profile));
        if (s === 0) continue;
        score += s;
      }
      if (!industry.empty) {
        const s = industry.score([
          { text: profile.industry, weight: 2 },
          { text: profile.company, weight: 1 },
        ]);
        if (s === 0) continue;
        score += s;
      }
      if (!region.empty) {
        const s = region.score(profile.region);
        if (s === 0) continue;
        score += s;
      }
      hits.push({ ...directoryEntry(member, profile), score });
    }
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        b.profile.updatedAt.getTime() - a.profile.updatedAt.getTime() ||
        (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0),
    );
    return { items: hits.slice(page.offset, page.offset + page.limit), total: hits.length };
  });
}
