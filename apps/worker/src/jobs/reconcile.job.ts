import { INTRO_RESPONSE_DAYS, introGroupKey, systemActor } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { forEachClub } from './for-each-club.js';
import { type IntroStage, scheduleIntroNotify } from './notify-intro.job.js';

const DAY_MS = 86_400_000;
/** A connection message not sent within this long after both accepted is still worth sending; later, not. */
const INTRODUCED_CATCH_UP_DAYS = 2;

/** What one club's reconcile queued (counts include jobs that were already queued: scheduling is idempotent). */
export interface ReconcileClubResult {
  readonly lessonReminders: number;
  readonly renewalNotices: number;
  readonly introAnnouncements: number;
  readonly introFollowUps: number;
}

// The delivery keys notifyIntro claims; if they ever change, the announcement is only queued again, and
// notifyIntro still sends nothing twice.
function introDeliveryKeys(stage: IntroStage, introductionId: string, members: readonly string[]): string[] {
  return members.map((m) => `${stage === 'proposed' ? 'intro' : 'intro-introduced'}:${introductionId}:${m}`);
}

/** Queues the announcement of every open introduction that some member was not told about. */
async function queueMissingIntroAnnouncements(
  ctx: Pick<JobContext, 'core' | 'deliveries' | 'jobs' | 'clock'>,
  communityId: string,
): Promise<number> {
  const now = ctx.clock.now();
  const items = await ctx.core.listIntros({ actor: systemActor(communityId, 'reconcile'), communityId, club: true });
  let queued = 0;
  for (const { introduction: intro } of items) {
    let stage: IntroStage | null = null;
    if (intro.status === 'proposed' && now.getTime() - intro.createdAt.getTime() < INTRO_RESPONSE_DAYS * DAY_MS) {
      stage = 'proposed';
    } else if (
      intro.status === 'introduced' &&
      intro.introducedAt &&
      now.getTime() - intro.introducedAt.getTime() < INTRODUCED_CATCH_UP_DAYS * DAY_MS
    ) {
      stage = 'introduced';
    }
    if (!stage) continue;
    const keys = introDeliveryKeys(stage, intro.id, [intro.memberA, intro.memberB]);
    const claimed = await Promise.all(keys.map((key) => ctx.deliveries.get(key)));
    if (claimed.every((d) => d !== null)) continue;
    // Introduced together in one conversation (a Slack multi-person DM): there are no per-person messages.
    if (stage === 'introduced' && (await ctx.deliveries.get(introGroupKey(intro.id)))?.status === 'sent') continue;
    await scheduleIntroNotify(ctx.jobs, { communityId, introductionId: intro.id, stage, at: now });
    queued += 1;
  }
  return queued;
}

/**
 * `reconcile` (every 10 minutes, and once when a worker starts): Postgres is the source of truth, so for every
 * club it derives from the rows every job that should be pending — lesson reminders (upcoming lessons × going
 * RSVPs × lead times), renewal reminders, grace notices and lapses, unannounced introductions, introduction
 * follow-ups due within 48 h — and queues
 * them under deterministic ids, which makes re-queuing one that exists a no-op. After a Redis loss this puts
 * back everything that was pending. It also keeps the club's own periodic jobs in step with its settings.
 */
export async function reconcileJob(
  ctx: Pick<JobContext, 'core' | 'communities' | 'deliveries' | 'jobs' | 'clubSchedules' | 'clock' | 'logger'>,
) {
  return forEachClub<ReconcileClubResult>(ctx, 'reconcile', async (community) => {
    const lessons = await ctx.core.scheduleLessonReminders({ communityId: community.id });
    const renewals = await ctx.core.scheduleRenewalNotices({ communityId: community.id });
    const intros = await queueMissingIntroAnnouncements(ctx, community.id);
    // "Did this lead to business?": one job per member of each introduction whose followUpAt is within 48 h.
    const followUps = await ctx.core.scheduleIntroFollowUps({ communityId: community.id });
    await ctx.clubSchedules.ensure(community);
    return {
      lessonReminders: lessons.scheduled.length,
      renewalNotices: renewals.scheduled.length,
      introAnnouncements: intros,
      introFollowUps: followUps.scheduled.length,
    };
  });
}
