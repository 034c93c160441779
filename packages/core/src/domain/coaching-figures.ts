/** One calendar month (in the club's timezone) of questions asked, measured against the response-time promise. */
export interface CoachingMonth {
  /** `YYYY-MM` in the club's timezone; questions count in the month they were asked. */
  readonly month: string;
  readonly asked: number;
  /** Distinct members who asked; `asked / askers` is questions per asking member. */
  readonly askers: number;
  readonly answered: number;
  /** Still open or claimed now. */
  readonly unanswered: number;
  /** Seconds from asking to the first answer: median and 90th percentile (null when nothing was answered). */
  readonly firstResponseP50: number | null;
  readonly firstResponseP90: number | null;
  /** Seconds from asking to the member marking it resolved. */
  readonly resolutionP50: number | null;
  readonly resolutionP90: number | null;
  readonly ratings: number;
  /** Mean rating 1–5 (null without ratings). */
  readonly satisfaction: number | null;
}

/**
 * The `p`-th percentile (0..1) with linear interpolation between closest ranks, as PostgreSQL's
 * `percentile_cont` computes it: position `p * (n - 1)` in the sorted values. Null for no values.
 */
export function percentileCont(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}
