import { DateTime } from 'luxon';
import { addLocalDays } from '../domain/vitality.js';
import type { Ports } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** A club's history is summarised this far back on the first run (a year of trends). */
export const VITALITY_HISTORY_DAYS = 365;
/** Days computed per statement: bounds each statement's work on a large club. */
export const VITALITY_CHUNK_DAYS = 92;

export interface RefreshVitalityResult {
  /** The local days written, inclusive; null when nothing was due. */
  readonly fromDay: string | null;
  readonly toDay: string;
  readonly days: number;
}

/**
 * Brings a club's daily vitality summary up to today (local day, so today's row is the day so far): from the
 * day before the last stored one (late ledger entries land there), or on the first run from a year back (not
 * before the club was created), a chunk of days per statement.
 */
export async function refreshVitality(
  deps: Pick<Ports, 'communities' | 'vitality' | 'clock'>,
  input: { readonly communityId: string },
): Promise<RefreshVitalityResult> {
  const community = await loadCommunity(deps, input.communityId);
  const { timezone, graceDays } = community.settings;
  const localDay = (at: Date) => DateTime.fromJSDate(at, { zone: timezone }).toISODate() as string;
  const today = localDay(deps.clock.now());
  const last = await deps.vitality.lastDay(community.id);
  const earliest = addLocalDays(today, 1 - VITALITY_HISTORY_DAYS);
  const created = localDay(community.createdAt);
  // Local dates (YYYY-MM-DD) sort as text: the latest of the candidates.
  const from = [last ? addLocalDays(last, -1) : created, earliest].sort().at(-1) as string;
  if (from > today) return { fromDay: null, toDay: today, days: 0 };
  let days = 0;
  for (let start = from; start <= today; start = addLocalDays(start, VITALITY_CHUNK_DAYS)) {
    const end = [addLocalDays(start, VITALITY_CHUNK_DAYS - 1), today].sort()[0] as string;
    days += await deps.vitality.summarizeDays(community.id, start, end, {
      timezone,
      graceDays,
    });
  }
  return { fromDay: from, toDay: today, days };
}
