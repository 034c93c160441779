import { systemActor } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { textField } from '../job-data.js';
import { lastMatchingRoundAt } from './matching-history.js';
import { scheduleIntroNotify } from './notify-intro.job.js';

const DAY_MS = 86_400_000;

export type MatchingRoundJobResult =
  | { readonly status: 'skipped'; readonly reason: 'recent_round'; readonly lastRoundAt: string }
  | { readonly status: 'done'; readonly roundId: string; readonly introductions: number };

/**
 * `matching.round` (data `{ communityId }`, every `matchingIntervalDays`): runs a round and queues one
 * announcement job per new introduction. Skipped when a round ran less than half an interval ago (an owner
 * ran one by hand, or this job is a retry after the round was stored): a club gets rounds at its pace.
 * Introductions whose announcement was never queued are found by the reconcile job.
 */
export async function matchingRoundJob(
  ctx: Pick<JobContext, 'core' | 'jobs' | 'clock'>,
  data: Readonly<Record<string, unknown>>,
): Promise<MatchingRoundJobResult> {
  const communityId = textField(data, 'communityId');
  const { settings } = await ctx.core.getCommunitySettings({
    actor: systemActor(communityId, 'matching'),
    communityId,
  });
  const now = ctx.clock.now();
  const last = await lastMatchingRoundAt(ctx.core, communityId);
  if (last && now.getTime() - last.getTime() < (settings.matchingIntervalDays * DAY_MS) / 2) {
    return { status: 'skipped', reason: 'recent_round', lastRoundAt: last.toISOString() };
  }
  const round = await ctx.core.runMatchingRound({ actor: systemActor(communityId, 'matching'), communityId });
  for (const intro of round.introductions) {
    await scheduleIntroNotify(ctx.jobs, { communityId, introductionId: intro.id, stage: 'proposed', at: now });
  }
  return { status: 'done', roundId: round.roundId, introductions: round.introductions.length };
}
