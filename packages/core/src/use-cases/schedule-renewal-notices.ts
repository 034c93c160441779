import {
  type PlannedRenewalNotice,
  planRenewalNotices,
  renewalLadderMayBeDue,
  renewalScanWindow,
} from '../domain/renewal.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/** Notices due within this many hours are queued; later ones wait for a later reconcile. */
export const DEFAULT_RENEWAL_HORIZON_HOURS = 48;

/**
 * Derives every member's renewal ladder from their latest membership end and queues the steps due within the
 * horizon, each under its key as job id (`renewal.reminder` data `{ communityId, key }`; `renewal.lapse` data
 * `{ communityId, memberId, key }`). Safe to run any number of times (the worker's reconcile).
 */
export async function scheduleRenewalNotices(
  deps: Uow<'communities' | 'memberships'> & Pick<Ports, 'clock' | 'jobs'>,
  input: { readonly communityId: string; readonly horizonHours?: number },
): Promise<{ readonly scheduled: readonly PlannedRenewalNotice[] }> {
  const now = deps.clock.now();
  const horizonHours = Math.min(Math.max(input.horizonHours ?? DEFAULT_RENEWAL_HORIZON_HOURS, 1), 24 * 60);
  const horizon = now.getTime() + horizonHours * 3_600_000;
  const notices = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const until = new Date(horizon);
    // Most members are months from their end: only those whose ladder can have a step due are read (by the
    // window of their end, from an index) and planned.
    const window = renewalScanWindow(community.settings, now, until);
    const near = await repos.memberships.latestEndsBetween(community.id, window.after, window.upTo);
    const ends = near.filter((e) => renewalLadderMayBeDue(e.endsAt, community.settings, now, until));
    return planRenewalNotices(ends, community.settings, now).filter((n) => n.at.getTime() <= horizon);
  });
  if (notices.length > 0) {
    await deps.jobs.scheduleMany(
      notices.map((notice) => ({
        name: notice.jobName,
        id: notice.key,
        data:
          notice.kind === 'lapse'
            ? { communityId: input.communityId, memberId: notice.memberId, key: notice.key }
            : { communityId: input.communityId, key: notice.key },
        runAt: notice.at,
      })),
    );
  }
  return { scheduled: notices };
}
