import {
  INTRO_NUDGE_LOOKBACK_DAYS,
  introNudgeJob,
  introNudgeKey,
  introNudgesDue,
  introQuietAt,
  introReminderAt,
} from '../domain/intro-nudge.js';
import type { Introduction } from '../domain/introduction.js';
import type { JobRequest } from '../ports/job-queue.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** Introductions read per keyset page (one transaction each). */
export const NUDGE_PAGE = 1_000;

const DAY_MS = 86_400_000;

/**
 * Nobody is left hanging (the worker's reconcile): reads the club's introductions of the last
 * INTRO_NUDGE_LOOKBACK_DAYS a page at a time and queues each loop notice they call for (`introNudgesDue`: a
 * reminder before a proposal closes to each side that has not answered or said Later; a notice that it did not
 * go ahead to each side that did not decline it) whose delivery key was never used. Job ids are the delivery
 * keys and `sendIntroNudge` claims each before sending, so running this any number of times sends each once.
 */
export async function scheduleIntroNudges(
  deps: Uow<'communities' | 'deliveries' | 'introductions'> & Pick<Ports, 'clock' | 'jobs'>,
  input: { readonly communityId: string; readonly pageSize?: number },
): Promise<{ readonly due: number; readonly queued: number }> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - INTRO_NUDGE_LOOKBACK_DAYS * DAY_MS);
  const limit = Math.max(1, Math.trunc(input.pageSize ?? NUDGE_PAGE) || NUDGE_PAGE);
  let after: Pick<Introduction, 'createdAt' | 'id'> | null = null;
  let due = 0;
  let queued = 0;
  for (;;) {
    const page = await deps.uow.run(async (repos) => {
      const community = await loadCommunity(repos, input.communityId);
      const intros = await repos.introductions.listCreatedSince(community.id, since, { after, limit });
      const wanted = intros.flatMap((intro) =>
        introNudgesDue(intro, now).map((n) => ({ intro, ...n, key: introNudgeKey(n.kind, intro.id, n.memberId) })),
      );
      // One query for the page's keys: a notice whose key exists was sent (or is being sent) already.
      const known = new Set((await repos.deliveries.getMany(wanted.map((w) => w.key))).map((d) => d.key));
      const jobs: JobRequest[] = wanted
        .filter((w) => !known.has(w.key))
        .map((w) =>
          introNudgeJob(
            community.id,
            w.intro.id,
            w.memberId,
            w.kind,
            w.kind === 'reminder' ? introReminderAt(w.intro) : w.kind === 'quiet' ? introQuietAt(w.intro) : now,
          ),
        );
      const last = intros.length === limit ? intros[intros.length - 1] : undefined;
      return { jobs, last: last ? { createdAt: last.createdAt, id: last.id } : null };
    });
    due += page.jobs.length;
    if (page.jobs.length > 0) queued += (await deps.jobs.scheduleMany(page.jobs)).added;
    if (!page.last) break;
    after = page.last;
  }
  return { due, queued };
}
