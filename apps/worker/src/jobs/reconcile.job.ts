import type { JobContext } from '../job-context.js';
import { defineJob, noPayload, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/** What one club's reconcile found: jobs its rows call for, and how many of them were missing and were queued. */
export interface ReconcileClubResult {
  readonly lessonReminders: number;
  readonly renewalNotices: number;
  readonly introAnnouncements: number;
  readonly introFollowUps: number;
  readonly introNudges: number;
  /** Receipt DMs of recent online payments not delivered yet whose job was missing (e.g. after a Redis loss). */
  readonly paymentReceipts: number;
}

/**
 * `reconcile` (every 10 minutes, and once when a worker starts): Postgres is the source of truth, so for every
 * club the core derives from the rows every job that should be pending — lesson reminders, renewal reminders,
 * grace notices and lapses, unannounced introductions, introduction follow-ups due within 48 h, reminders
 * and closing notices of proposals, receipt DMs of recent online payments not delivered yet — and queues
 * only those missing from the queue (or whose copy gave up during an outage) under deterministic ids. After a
 * Redis loss this puts back everything that was pending. It also keeps the club's own periodic jobs in step
 * with its settings.
 */
export const reconcileJob = defineJob({
  name: 'reconcile',
  queue: 'tasks',
  payload: noPayload,
  retry: PERIODIC_RETRY,
  handler: (ctx: Pick<JobContext, 'core' | 'communities' | 'clubSchedules' | 'logger'>) =>
    forEachClub<ReconcileClubResult>(ctx, 'reconcile', async (community) => {
      const communityId = community.id;
      const lessons = await ctx.core.scheduleLessonReminders({ communityId });
      const renewals = await ctx.core.scheduleRenewalNotices({ communityId });
      const intros = await ctx.core.announceMissingIntros({ communityId });
      // "Did this lead to business?": one job per member of each introduction whose followUpAt is within 48 h.
      const followUps = await ctx.core.scheduleIntroFollowUps({ communityId });
      // Nobody left hanging: a reminder before a proposal closes, and word when one did not go ahead.
      const nudges = await ctx.core.scheduleIntroNudges({ communityId });
      // Receipts of recent online payments whose DM has not gone out (nor failed for good) get their job back.
      const receipts = await ctx.core.scheduleMissingReceipts({ communityId });
      await ctx.clubSchedules.ensure(community);
      return {
        lessonReminders: lessons.scheduled.length,
        renewalNotices: renewals.scheduled.length,
        introAnnouncements: intros.unannounced,
        introFollowUps: followUps.scheduled.length,
        introNudges: nudges.due,
        paymentReceipts: receipts.added,
      };
    }),
});
