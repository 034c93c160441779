import { regionQuery, type SearchField, textQuery } from '@snowball/matching';
import { VISIBILITIES } from '../domain/profile.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { DirectoryRow, DirectorySearch } from '../ports/profile.repository.js';
import { type Actor, actorId } from '../rules/actor.js';
import {
  bothCandidates,
  type DirectoryCandidateQuery,
  regionCandidates,
  wordCandidates,
} from '../rules/directory-index.js';
import { type DirectoryEntry, directoryEntry } from '../rules/directory-profile.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
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

/**
 * At most this many candidates (the most recently updated, from the directory index) are scored per
 * search, so a search costs the same in a club of 1,000 or 100,000; results past them are not ranked.
 */
export const MAX_DIRECTORY_CANDIDATES = 200;
/** Matches are counted up to this many: past it, the total says "at least" (a chat reply needs no more). */
export const DIRECTORY_COUNT_LIMIT = 1_000;
/** Scoring yields to the event loop after this much work, so other requests are answered meanwhile. */
const SLICE_MS = 4;
const DAY = 86_400_000;

// Where a word is found says how much it counts: a name or company beats a passing mention in needs.
function wordFields({ member, profile: p }: DirectoryRow): SearchField[] {
  return [
    { text: member.displayName, weight: 3 },
    { text: member.handle, weight: 2 },
    { text: p.company, weight: 3 },
    { text: p.industry, weight: 2 },
    { text: p.skills, weight: 2 },
    { text: p.offers, weight: 2 },
    { text: p.role, weight: 1.5 },
    { text: p.needs, weight: 1, exact: true },
    { text: p.region, weight: 1 },
  ];
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The member directory (/find): current members (with access) whose profile the searcher may see, matched
 * on words, industry and region — meaning, not just spelling, in both languages (see @snowball/matching
 * textQuery) — best first. Without criteria, the most recently updated profiles come first. Only members
 * with access (and staff) may search.
 *
 * The database finds the candidates (concept, word and place keys of the directory index; trigram search
 * for what the analyzer drops); at most `MAX_DIRECTORY_CANDIDATES` are scored here, in slices that yield to
 * the event loop. When there were more candidates, `total` is an estimate: the hits among the scored
 * candidates plus the candidates not scored, counted up to `DIRECTORY_COUNT_LIMIT`.
 */
export async function findMembers(
  deps: Uow<'communities' | 'memberships' | 'profiles'> & Pick<Ports, 'clock'>,
  input: FindMembersInput,
): Promise<Page<MemberSearchHit>> {
  const wordsText = cleanText(input.words, 'words', 200);
  const industryText = cleanText(input.industry, 'industry', 80);
  const regionText = cleanText(input.region, 'region', 80);
  const words = textQuery(wordsText);
  const industry = textQuery(industryText);
  const region = regionQuery(regionText);
  const page = pageRequest(input.limit, input.offset);
  const now = deps.clock.now();
  let candidates: DirectoryCandidateQuery = { groups: [], texts: [] };
  if (!words.empty) candidates = bothCandidates(candidates, wordCandidates(wordsText));
  if (!industry.empty) candidates = bothCandidates(candidates, wordCandidates(industryText));
  if (!region.empty) candidates = bothCandidates(candidates, regionCandidates(regionText));
  const criteria = !words.empty || !industry.empty || !region.empty;

  const found = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const search: DirectorySearch = {
      candidates,
      accessAfter: new Date(now.getTime() - community.settings.graceDays * DAY),
      visibilities: VISIBILITIES.filter((visibility) => canSeeProfile(input.actor, { memberId: '', visibility })),
      viewerId: actorId(input.actor),
      countLimit: DIRECTORY_COUNT_LIMIT,
    };
    return repos.profiles.searchDirectory(
      community.id,
      search,
      criteria ? { limit: MAX_DIRECTORY_CANDIDATES, offset: 0 } : page,
    );
  });
  if (!criteria) {
    return {
      items: found.items.map((row) => ({ ...directoryEntry(row.member, row.profile), score: 0 })),
      total: found.total,
    };
  }

  const hits: { row: DirectoryRow; score: number }[] = [];
  let sliceStart = performance.now();
  for (const row of found.items) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    let score = 0;
    if (!words.empty) {
      const s = words.score(wordFields(row));
      if (s === 0) continue;
      score += s;
    }
    if (!industry.empty) {
      const s = industry.score([
        { text: row.profile.industry, weight: 2 },
        { text: row.profile.company, weight: 1 },
      ]);
      if (s === 0) continue;
      score += s;
    }
    if (!region.empty) {
      const s = region.score(row.profile.region);
      if (s === 0) continue;
      score += s;
    }
    hits.push({ row, score });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      b.row.profile.updatedAt.getTime() - a.row.profile.updatedAt.getTime() ||
      (a.row.member.id < b.row.member.id ? -1 : a.row.member.id > b.row.member.id ? 1 : 0),
  );
  return {
    items: hits
      .slice(page.offset, page.offset + page.limit)
      .map(({ row, score }) => ({ ...directoryEntry(row.member, row.profile), score })),
    total: hits.length + Math.max(0, found.total - found.items.length),
  };
}
