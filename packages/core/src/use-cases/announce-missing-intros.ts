import { introGroupKey } from '../domain/intro-follow-up.js';
import {
  type IntroStage,
  introAnnouncementWindow,
  introDeliveryKey,
  introNotifyJob,
  introRecipients,
  introStageToAnnounce,
} from '../domain/intro-notice.js';
import { trioConversationKey, trioDeliveryKey } from '../domain/intro-trio.js';
import type { Introduction } from '../domain/introduction.js';
import type { JobRequest } from '../ports/job-queue.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** Introductions looked at per deliveries query. */
const CHUNK = 1_000;
/** Open introductions read per keyset page (one transaction each): a big club is never read at once. */
export const ANNOUNCE_PAGE = 2_000;

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
 * The open introductions are read in keyset pages of `pageSize` (`ANNOUNCE_PAGE`), each page's missing jobs
 * queued before the next page is read.
 */
export async function announceMissingIntros(
  deps: Uow<'communities' | 'deliveries' | 'introductions'> & Pick<Ports, 'clock' | 'jobs'>,
  input: { readonly communityId: string; readonly pageSize?: number },
): Promise<AnnounceMissingIntrosResult> {
  const now = deps.clock.now();
  const pageSize = Math.max(1, Math.trunc(input.pageSize ?? ANNOUNCE_PAGE) || ANNOUNCE_PAGE);
  let after: Pick<Introduction, 'createdAt' | 'id'> | null = null;
  let unannounced = 0;
  let queued = 0;
  for (;;) {
    const page = await announcePage(deps, input.communityId, now, { after, limit: pageSize });
    unannounced += page.jobs.length;
    if (page.jobs.length > 0) queued += (await deps.jobs.scheduleMany(page.jobs)).added;
    if (!page.last) break;
    after = page.last;
  }
  return { unannounced, queued };
}

/** One page of open introductions: the announcement jobs missing for them, and the page's last one (null: done). */
async function announcePage(
  deps: Uow<'communities' | 'deliveries' | 'introductions'>,
  communityId: string,
  now: Date,
  page: { readonly after: Pick<Introduction, 'createdAt' | 'id'> | null; readonly limit: number },
): Promise<{ readonly jobs: JobRequest[]; readonly last: Pick<Introduction, 'createdAt' | 'id'> | null }> {
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, communityId);
    const open = await repos.introductions.listOpenSince(community.id, introAnnouncementWindow(now), page);
    const lastIntro = open.length === page.limit ? open[open.length - 1] : undefined;
    const wanted: JobRequest[] = [];
    for (let i = 0; i < open.length; i += CHUNK) {
      const chunk = open.slice(i, i + CHUNK).flatMap((intro) => {
        const stage = introStageToAnnounce(intro, now);
        return stage ? [{ intro, stage }] : [];
      });
      // A pair of a group of three is announced with its group, under the group's keys.
      const memberKey = (intro: Introduction, stage: IntroStage, m: string) =>
        intro.groupId ? trioDeliveryKey(stage, intro.groupId, m) : introDeliveryKey(stage, intro.id, m);
      const togetherKey = (intro: Introduction) =>
        intro.groupId ? trioConversationKey(intro.groupId) : introGroupKey(intro.id);
      const keys = chunk.flatMap(({ intro, stage }) => [
        ...introRecipients(intro, stage).map((m) => memberKey(intro, stage, m)),
        ...(stage === 'introduced' ? [togetherKey(intro)] : []),
      ]);
      const deliveries = new Map((await repos.deliveries.getMany(keys)).map((d) => [d.key, d]));
      for (const { intro, stage } of chunk) {
        const told = introRecipients(intro, stage).every((m) => deliveries.has(memberKey(intro, stage, m)));
        // Introduced together in one conversation (a Slack multi-person DM): there are no per-person messages.
        const together = stage === 'introduced' && deliveries.get(togetherKey(intro))?.status === 'sent';
        if (!told && !together) wanted.push(introNotifyJob(community.id, intro.id, stage, now));
      }
    }
    return { jobs: wanted, last: lastIntro ? { createdAt: lastIntro.createdAt, id: lastIntro.id } : null };
  });
}
