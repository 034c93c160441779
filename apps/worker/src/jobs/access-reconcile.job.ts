import { ACCESS_RECONCILE_JOB } from '@snowball/core';
import { z } from 'zod';
import type { JobContext } from '../job-context.js';
import { defineJob, PERIODIC_RETRY } from '../job-definition.js';
import { forEachClub } from './for-each-club.js';

/** What one club's access check did, kept on the job (Bull Board); the club's last run is in Postgres too. */
export interface AccessReconcileClubResult {
  readonly granted: number;
  readonly revoked: number;
  readonly reported: number;
  readonly failed: number;
}

/**
 * `access.reconcile` (every 10 minutes for every club, and for one club when an owner asks in the panel): the
 * access check (权限校对) compares who should have access with the member role on each Discord guild and the
 * members-only channels on Slack and Feishu, and fixes only the differences (core's `reconcileAccess`). Safe to
 * repeat: a second run finds nothing left to change. Platform calls are paced by the platforms' limiters.
 */
export const accessReconcileJob = defineJob({
  name: ACCESS_RECONCILE_JOB,
  queue: 'tasks',
  payload: z.object({ communityId: z.uuid().optional(), reason: z.string().max(200).optional() }),
  retry: PERIODIC_RETRY,
  handler: async (ctx: Pick<JobContext, 'core' | 'communities' | 'logger'>, payload) => {
    const check = async (communityId: string): Promise<AccessReconcileClubResult | null> => {
      const run = await ctx.core.reconcileAccess({ communityId });
      if (!run) return null;
      const sum = (key: 'granted' | 'revoked' | 'reported' | 'failed') =>
        run.workspaces.reduce((total, w) => total + w[key], 0);
      return { granted: sum('granted'), revoked: sum('revoked'), reported: sum('reported'), failed: sum('failed') };
    };
    if (payload.communityId) {
      const communityId = payload.communityId;
      return { results: { [communityId]: await check(communityId) }, clubs: 1 };
    }
    return forEachClub(ctx, 'access.reconcile', (community) => check(community.id));
  },
});
