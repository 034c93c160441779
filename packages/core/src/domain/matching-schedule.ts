const DAY_MS = 86_400_000;

/**
 * Whether a scheduled matching round should run: not when the last one ran less than half an interval ago
 * (an owner ran one by hand, or the job is a retry after the round was stored), so a club gets rounds at its pace.
 */
export function matchingRoundDue(lastRoundAt: Date | null, intervalDays: number, now: Date): boolean {
  return lastRoundAt === null || now.getTime() - lastRoundAt.getTime() >= (intervalDays * DAY_MS) / 2;
}

/**
 * When the next round is due: one interval after the last one (so neither a restart nor a Redis loss moves a
 * club's rounds), or one interval from now for a club that never had a round; never in the past.
 */
export function nextMatchingRoundAt(lastRoundAt: Date | null, intervalDays: number, now: Date): Date {
  const interval = intervalDays * DAY_MS;
  return new Date(Math.max(now.getTime(), (lastRoundAt?.getTime() ?? now.getTime()) + interval));
}
