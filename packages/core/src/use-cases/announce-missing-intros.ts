import { introGroupKey } from '../domain/intro-follow-up.js';
import {
  introAnnouncementWindow,
  introDeliveryKey,
  introNotifyJob,
  introStageToAnnounce,
} from '../domain/intro-notice.js';
import type { JobRequest } from '../ports/job-queue.js';
import type { Ports } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** Introductions looked at per deliveries query. */
const CHUNK = 1_000;

export interface AnnounceMissingIntrosResult {
  /** Open introductions that some member was not told about yet. */
  readonly unannounced: number;
  /** Announcement jobs that were missing from the queue and were added. */
  readonly queued: number;
}

/**
 * Finds every open introduction some member was not told about — a proposal members can still answer, or a
 * connection made within `INTRODUCED_CATCH_UP_DAYS` — and queues its announcement (`intro.notify`, one job
 * per introduction and stage). A member was told when their delivery key for that stage exists (or, for a
 * connection, when both were introduced together in one conversation). Safe to run any number of times
 * (the worker's reconcile): job ids are deterministic and `notifyIntro` claims each message before sending.
 */
export async function announceMissingIntros(
  deps: Pick<Ports, 'uow' | 'clock' | 'jobs'>,
  input: { readonly communityId: string },
): Promise<AnnounceMissingIntrosResult> {
  const now = deps.clock.now();
  const jobs = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const open = await repos.introductions.listOpenSince(community.id, introAnnouncementWindow(now));
    const wanted: JobRequest[] = [];
    for (let i = 0; i < open.length; i += CHUNK) {
      const chunk = open.slice(i, i + CHUNK).flatMap((intro) => {
        const stage = introStageToAnnounce(intro, now);
        return stage ? [{ intro, stage }] : [];
      });
      const keys = chunk.flatMap(({ intro, stage }) => [
        introDeliveryKey(stage, intro.id, intro.memberA),
        introDeliveryKey(stage, intro.id, intro.memberB),
        ...(stage === 'introduced' ? [introGroupKey(intro.id)] : []),
      ]);
      const deliveries = new Map((await repos.deliveries.getMany(keys)).map((d) => [d.key, d]));
      for (const { intro, stage } of chunk) {
        const told = [intro.memberA, intro.memberB].every((m) => deliveries.has(introDeliveryKey(stage, intro.id, m)));
        // Introduced together in one conversation (a Slack multi-person DM): there are no per-person messages.
        const together = stage === 'introduced' && deliveries.get(introGroupKey(intro.id))?.status === 'sent';
        if (!told && !together) wanted.push(introNotifyJob(community.id, intro.id, stage, now));
      }
    }
    return wanted;
  });
  const { added } = jobs.length > 0 ? await deps.jobs.scheduleMany(jobs) : { added: 0 };
  return { unannounced: jobs.length, queued: added };
}
