import { DateTime } from 'luxon';
import { addLocalDays } from '../domain/vitality.js';
import type { Ports } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** A club's history is summarised this far back on the first run (a year of trends). */
export const VITALITY_HISTORY_DAYS = 365;
/** Days computed per statement: bounds each statement's work on a large club. */
export const VITALITY_CHUNK_DAYS = 92;

export interface RefreshVitalityResult {
  /** The first local day written (today when only today was). */
  readonly fromDay: string;
  readonly toDay: string;
  readonly days: number;
}

/**
 * Brings a club's daily vitality summary up to today (local day, so today's row is the day so far). A day that has
 * ended is computed once more after its end with the full statement and marked final; the hourly run then
 * computes only today (one indexed aggregate) — unless an event dated on or before a final day was recorded late
 * (attendance marked after a lesson, a contribution or a period dated in the past: the database marks them), then
 * the days from that event's day on are computed again and marked final. On the first run: from a year back (not
 * before the club was created), a chunk of days per statement.
 */
export async function refreshVitality(
  deps: Pick<Ports, 'communities' | 'vitality' | 'clock'>,
  input: { readonly communityId: string },
): Promise<RefreshVitalityResult> {
  const community = await loadCommunity(deps, input.communityId);
  const { timezone, graceDays } = community.settings;
  const rules = { timezone, graceDays };
  const localDay = (at: Date) => DateTime.fromJSDate(at, { zone: timezone }).toISODate() as string;
  const today = localDay(deps.clock.now());
  const yesterday = addLocalDays(today, -1);
  const earliest = [addLocalDays(today, 1 - VITALITY_HISTORY_DAYS), localDay(community.createdAt)].sort().at(-1);
  // Read before computing: a late event recorded while this runs stays marked for the next run.
  const late = await deps.vitality.lateEvents(community.id);
  const [last, lastFinal] = await Promise.all([
    deps.vitality.lastDay(community.id),
    deps.vitality.lastFinalDay(community.id),
  ]);
  // Local dates (YYYY-MM-DD) sort as text. Days after the last final one (rows stored before days were marked
  // final were computed after their day ended but the last), then back to the earliest late event's day.
  const candidates = [
    lastFinal ? addLocalDays(lastFinal, 1) : last ? addLocalDays(last, -1) : (earliest as string),
    ...(late ? [localDay(late.since)] : []),
  ];
  const from = [candidates.sort()[0] as string, earliest as string].sort().at(-1) as string;
  let days = 0;
  for (let start = from; start <= yesterday; start = addLocalDays(start, VITALITY_CHUNK_DAYS)) {
    const end = [addLocalDays(start, VITALITY_CHUNK_DAYS - 1), yesterday].sort()[0] as string;
    days += await deps.vitality.summarizeDays(community.id, start, end, rules);
    await deps.vitality.markFinal(community.id, start, end);
  }
  days += await deps.vitality.summarizeDays(community.id, today, today, rules);
  if (late) await deps.vitality.clearLateEvents(community.id, late);
  return { fromDay: [from, today].sort()[0] as string, toDay: today, days };
}
