import { followUpPending, INTRO_FOLLOW_UP_JOB, introFollowUpKey } from '../domain/intro-follow-up.js';
import type { JobRequest } from '../ports/job-queue.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** Follow-ups due within this many hours are queued; later ones wait for a later reconcile. */
export const DEFAULT_FOLLOW_UP_HORIZON_HOURS = 48;

/**
 * Queues a follow-up job (`intro.follow-up`, data `{ communityId, introductionId, memberId, key }`) for each
 * member of every introduced introduction whose `followUpAt` falls within the horizon (or has passed) and
 * that is still waiting for an answer; the job id is the delivery key, so running this again is harmless
 * (the worker's reconcile).
 */
export async function scheduleIntroFollowUps(
  deps: Uow<'communities' | 'introductions'> & Pick<Ports, 'clock' | 'jobs'>,
  input: { readonly communityId: string; readonly horizonHours?: number },
): Promise<{ readonly scheduled: readonly JobRequest[] }> {
  const now = deps.clock.now();
  const horizonHours = Math.min(Math.max(input.horizonHours ?? DEFAULT_FOLLOW_UP_HORIZON_HOURS, 1), 24 * 60);
  const horizon = now.getTime() + horizonHours * 3_600_000;
  const intros = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    return repos.introductions.listFollowUpsDue(community.id, new Date(horizon));
  });
  const jobs: JobRequest[] = [];
  for (const intro of intros) {
    if (!followUpPending(intro) || intro.followUpAt.getTime() > horizon) continue;
    for (const memberId of [intro.memberA, intro.memberB]) {
      const key = introFollowUpKey(intro.id, memberId, intro.followUpAt);
      jobs.push({
        name: INTRO_FOLLOW_UP_JOB,
        id: key,
        data: { communityId: input.communityId, introductionId: intro.id, memberId, key },
        runAt: intro.followUpAt,
      });
    }
  }
  if (jobs.length > 0) await deps.jobs.scheduleMany(jobs);
  return { scheduled: jobs };
}
