import type { Clock, Community, Core } from '@snowball/core';
import type { ClubSchedules } from '../job-context.js';
import { JOB } from '../job-names.js';
import { lastMatchingRoundAt } from '../jobs/matching-history.js';
import type { JobSchedulers, SchedulerSpec } from './job-schedulers.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Reconcile runs this often by default: a lost job is re-created at most this late. */
export const RECONCILE_EVERY_MS = 10 * MINUTE_MS;

/** The owners' renewal summary goes out at this local time of the club's timezone, every day. */
export const RENEWALS_SUMMARY_CRON = '0 9 * * *';

/** The periodic jobs every installation has, whatever its clubs. */
export function globalSchedulerSpecs(options: { readonly reconcileEveryMs?: number } = {}): SchedulerSpec[] {
  return [
    {
      id: 'reconcile',
      name: JOB.reconcile,
      data: {},
      repeat: { every: options.reconcileEveryMs ?? RECONCILE_EVERY_MS },
    },
    { id: 'lessons.extend-series', name: JOB.extendLessonSeries, data: {}, repeat: { every: 6 * HOUR_MS } },
    { id: 'introductions.expire', name: JOB.expireIntros, data: {}, repeat: { every: HOUR_MS } },
  ];
}

/** The club's daily renewal summary, at 09:00 in its timezone (a DST change moves the UTC instant with it). */
export function renewalsSummarySpec(community: Pick<Community, 'id' | 'settings'>): SchedulerSpec {
  return {
    id: `renewals-summary.${community.id}`,
    name: JOB.renewalsSummary,
    data: { communityId: community.id },
    repeat: { pattern: RENEWALS_SUMMARY_CRON, tz: community.settings.timezone },
  };
}

/** The club's matching rounds, every `matchingIntervalDays`; `startDate` is when the next one is due. */
export function matchingRoundSpec(community: Pick<Community, 'id' | 'settings'>, startDate?: Date): SchedulerSpec {
  return {
    id: `matching-round.${community.id}`,
    name: JOB.matchingRound,
    data: { communityId: community.id },
    repeat: { every: community.settings.matchingIntervalDays * DAY_MS, ...(startDate ? { startDate } : {}) },
  };
}

/**
 * Each club's periodic jobs on BullMQ job schedulers, re-created from the club's settings (and, for matching,
 * from the last round in Postgres) whenever one is missing or no longer matches them.
 */
export class ClubSchedulesOnQueue implements ClubSchedules {
  constructor(
    private readonly schedulers: JobSchedulers,
    private readonly core: Pick<Core, 'listIntros'>,
    private readonly clock: Clock,
  ) {}

  async ensure(community: Community): Promise<void> {
    await this.schedulers.ensure(renewalsSummarySpec(community));
    if (await this.schedulers.isCurrent(matchingRoundSpec(community))) return;
    // Only when (re)creating: the next round is one interval after the last one, so neither a restart nor a
    // Redis loss moves a club's rounds; a club that never had a round gets its first one an interval from now.
    const now = this.clock.now().getTime();
    const interval = community.settings.matchingIntervalDays * DAY_MS;
    const last = await lastMatchingRoundAt(this.core, community.id);
    const next = Math.max(now, (last?.getTime() ?? now) + interval);
    await this.schedulers.upsert(matchingRoundSpec(community, new Date(next)));
  }
}
