import { introNotifyJob } from '../domain/intro-notice.js';
import { matchingRoundDue } from '../domain/matching-schedule.js';
import { unmatchedNoticeJob } from '../domain/unmatched-notice.js';
import type { Ports, Uow } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { encodeProfileMeanings } from './encode-profile-meanings.js';
import { runMatchingRound } from './run-matching-round.js';
import { scheduleProfileMeanings } from './schedule-profile-meanings.js';

/** Profiles whose sentence meanings a due round stores before matching (~40 ms each: about 80 s at most). */
export const ROUND_MEANINGS_BUDGET = 2_000;

export type ScheduledMatchingRoundResult =
  | { readonly status: 'skipped'; readonly reason: 'recent_round'; readonly lastRoundAt: string }
  | {
      readonly status: 'done';
      readonly roundId: string;
      readonly introductions: number;
      /** Members told why the round found nobody for them. */
      readonly unmatched: number;
    };

/** Notice jobs added per bulk call. */
const NOTICE_CHUNK = 5_000;

/**
 * The periodic matching round (every `matchingIntervalDays`): skipped when a round ran less than half an
 * interval ago (an owner ran one by hand, or this is a retry after the round was stored), otherwise runs one
 * and queues the announcement of each new introduction in one bulk schedule, and a notice to each member it
 * found nobody for, saying why (`sendUnmatchedNotice`). If queuing fails, the round
 * stays stored and `announceMissingIntros` (reconcile) queues the announcements later. A due round first stores
 * the sentence meanings of profiles new or edited since the last encoding run (up to `ROUND_MEANINGS_BUDGET`; any
 * left go to the `profiles.encode-meanings` chain), so it reads them; a skipped round encodes nothing.
 */
export async function runScheduledMatchingRound(
  deps: Uow<'communities' | 'introductions' | 'memberships' | 'profiles'> &
    Pick<Ports, 'clock' | 'ids' | 'jobs' | 'sentences' | 'heap'>,
  input: { readonly communityId: string },
): Promise<ScheduledMatchingRoundResult> {
  const now = deps.clock.now();
  const { communityId, lastRoundAt, due } = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const last = await repos.introductions.lastRoundAt(community.id);
    return {
      communityId: community.id,
      lastRoundAt: last,
      due: matchingRoundDue(last, community.settings.matchingIntervalDays, now),
    };
  });
  if (!due && lastRoundAt) return { status: 'skipped', reason: 'recent_round', lastRoundAt: lastRoundAt.toISOString() };
  if (deps.sentences) {
    const meanings = await encodeProfileMeanings(deps, { communityId, maxProfiles: ROUND_MEANINGS_BUDGET });
    if (meanings.remaining) await scheduleProfileMeanings(deps, { communityId });
  }
  const round = await runMatchingRound(deps, { actor: systemActor(communityId, 'matching'), communityId });
  // What writing the introductions left behind goes before the announcements are built.
  deps.heap?.collect();
  if (round.introductions.length > 0) {
    await deps.jobs.scheduleMany(round.introductions.map((i) => introNotifyJob(communityId, i.id, 'proposed', now)));
  }
  // Members the round found nobody for are told why (at most once a month per reason: see the key), in bulk adds.
  for (let i = 0; i < round.unmatched.length; i += NOTICE_CHUNK) {
    await deps.jobs.scheduleMany(
      round.unmatched.slice(i, i + NOTICE_CHUNK).map((u) => unmatchedNoticeJob(communityId, u.memberId, u.reason, now)),
    );
  }
  return {
    status: 'done',
    roundId: round.roundId,
    introductions: round.introductions.length,
    unmatched: round.unmatched.length,
  };
}
