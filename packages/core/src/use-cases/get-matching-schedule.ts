import { nextMatchingRoundAt } from '../domain/matching-schedule.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

export interface MatchingSchedule {
  readonly intervalDays: number;
  /** When the last round created introductions (Postgres is the source of truth), or null. */
  readonly lastRoundAt: Date | null;
  /** When the next round is due: one interval after the last, or one interval from now for a first round. */
  readonly nextRoundAt: Date;
}

/** The club's matching rhythm, for whoever keeps the periodic job (the worker's scheduler). */
export async function getMatchingSchedule(
  deps: Uow<'communities' | 'introductions'> & Pick<Ports, 'clock'>,
  input: { readonly communityId: string },
): Promise<MatchingSchedule> {
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const intervalDays = community.settings.matchingIntervalDays;
    const lastRoundAt = await repos.introductions.lastRoundAt(community.id);
    return { intervalDays, lastRoundAt, nextRoundAt: nextMatchingRoundAt(lastRoundAt, intervalDays, now) };
  });
}
