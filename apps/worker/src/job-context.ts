import type { Clock, Community, CommunityRepository, Core } from '@snowball/core';
import type { JobLogger } from '@snowball/jobs';

/** Where the worker writes what it did; pino's logger fits. */
export interface WorkerLogger extends JobLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

/** A logger that drops everything (the default when none is given). */
export const silentLogger: WorkerLogger = { info() {}, warn() {}, error() {} };

/** Keeps a club's periodic jobs (daily renewal summary, matching rounds) in step with its settings. */
export interface ClubSchedules {
  ensure(community: Community): Promise<void>;
}

/** What job handlers may use; each handler names the part it needs (`Pick<JobContext, 'core'>`). */
export interface JobContext {
  readonly core: Core;
  /** Reconcile walks every club; listing all clubs is no member-facing action, so the core has no use case for it. */
  readonly communities: Pick<CommunityRepository, 'list'>;
  readonly clubSchedules: ClubSchedules;
  readonly clock: Clock;
  readonly logger: WorkerLogger;
}
