import type { Community, Core } from '@snowball/core';
import type { ClubSchedules } from '../job-context.js';
import { accessReconcileJob } from '../jobs/access-reconcile.job.js';
import { encodeProfileMeaningsJob } from '../jobs/encode-profile-meanings.job.js';
import { expireIntrosJob } from '../jobs/expire-intros.job.js';
import { extendLessonSeriesJob } from '../jobs/extend-lesson-series.job.js';
import { matchingRoundJob } from '../jobs/matching-round.job.js';
import { privacyEraseDueJob } from '../jobs/privacy-erase-due.job.js';
import { purgeModerationEvidenceJob } from '../jobs/purge-moderation-evidence.job.js';
import { questionSlaJob } from '../jobs/question-sla.job.js';
import { reconcileJob } from '../jobs/reconcile.job.js';
import { refreshVitalityJob } from '../jobs/refresh-vitality.job.js';
import { renewalsSummaryJob } from '../jobs/renewals-summary.job.js';
import { sendOnboardingJob } from '../jobs/send-onboarding.job.js';
import { sendValueReceiptsJob } from '../jobs/send-value-receipts.job.js';
import { sendWeeklyDigestJob } from '../jobs/send-weekly-digest.job.js';
import { syncQuestionCardsJob } from '../jobs/sync-question-cards.job.js';
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
      name: reconcileJob.name,
      data: {},
      repeat: { every: options.reconcileEveryMs ?? RECONCILE_EVERY_MS },
    },
    { id: 'lessons.extend-series', name: extendLessonSeriesJob.name, data: {}, repeat: { every: 6 * HOUR_MS } },
    { id: 'introductions.expire', name: expireIntrosJob.name, data: {}, repeat: { every: HOUR_MS } },
    { id: 'moderation.purge-evidence', name: purgeModerationEvidenceJob.name, data: {}, repeat: { every: DAY_MS } },
    { id: 'vitality.refresh', name: refreshVitalityJob.name, data: {}, repeat: { every: HOUR_MS } },
    { id: 'vitality.value-receipts', name: sendValueReceiptsJob.name, data: {}, repeat: { every: HOUR_MS } },
    { id: 'vitality.onboarding', name: sendOnboardingJob.name, data: {}, repeat: { every: HOUR_MS } },
    { id: 'questions.sla', name: questionSlaJob.name, data: {}, repeat: { every: 10 * MINUTE_MS } },
    { id: 'privacy.erase-due', name: privacyEraseDueJob.name, data: {}, repeat: { every: HOUR_MS } },
    // The access check: platform roles and channels brought back in line with who has paid.
    { id: 'access.reconcile', name: accessReconcileJob.name, data: {}, repeat: { every: 10 * MINUTE_MS } },
    { id: 'questions.cards', name: syncQuestionCardsJob.name, data: {}, repeat: { every: MINUTE_MS } },
    // Sentence meanings of new and edited profiles, stored for matching rounds (a budget per club and run).
    { id: 'profiles.encode-meanings', name: encodeProfileMeaningsJob.name, data: {}, repeat: { every: HOUR_MS } },
  ];
}

/** The club's daily renewal summary, at 09:00 in its timezone (a DST change moves the UTC instant with it). */
export function renewalsSummarySpec(community: Pick<Community, 'id' | 'settings'>): SchedulerSpec {
  return {
    id: `renewals-summary.${community.id}`,
    name: renewalsSummaryJob.name,
    data: { communityId: community.id },
    repeat: { pattern: RENEWALS_SUMMARY_CRON, tz: community.settings.timezone },
  };
}

/** The weekly digest goes out on Mondays at this local time of the club's timezone. */
export const WEEKLY_DIGEST_CRON = '0 9 * * 1';

/** The club's weekly digest, Mondays 09:00 in its timezone (it posts only where Settings name a digest channel). */
export function weeklyDigestSpec(community: Pick<Community, 'id' | 'settings'>): SchedulerSpec {
  return {
    id: `weekly-digest.${community.id}`,
    name: sendWeeklyDigestJob.name,
    data: { communityId: community.id },
    repeat: { pattern: WEEKLY_DIGEST_CRON, tz: community.settings.timezone },
  };
}

/** The club's matching rounds, every `matchingIntervalDays`; `startDate` is when the next one is due. */
export function matchingRoundSpec(community: Pick<Community, 'id' | 'settings'>, startDate?: Date): SchedulerSpec {
  return {
    id: `matching-round.${community.id}`,
    name: matchingRoundJob.name,
    data: { communityId: community.id },
    repeat: { every: community.settings.matchingIntervalDays * DAY_MS, ...(startDate ? { startDate } : {}) },
  };
}

/**
 * Each club's periodic jobs on BullMQ job schedulers, re-created from the club's settings (and, for matching,
 * from the core's matching schedule) whenever one is missing or no longer matches them.
 */
export class ClubSchedulesOnQueue implements ClubSchedules {
  constructor(
    private readonly schedulers: JobSchedulers,
    private readonly core: Pick<Core, 'getMatchingSchedule'>,
  ) {}

  async ensure(community: Community): Promise<void> {
    await this.schedulers.ensure(renewalsSummarySpec(community));
    await this.schedulers.ensure(weeklyDigestSpec(community));
    if (await this.schedulers.isCurrent(matchingRoundSpec(community))) return;
    // Only when (re)creating: the core says when the next round is due (an interval after the last one), so
    // neither a restart nor a Redis loss moves a club's rounds.
    const { nextRoundAt } = await this.core.getMatchingSchedule({ communityId: community.id });
    await this.schedulers.upsert(matchingRoundSpec(community, nextRoundAt));
  }
}
