/**
 * Two queues: `notify` sends what members see and is rate limited so a 1,000-member fan-out never
 * causes 429 storms on Discord or Slack; `tasks` plans, reconciles and sweeps.
 */
export const QUEUES = { notify: 'snowball-notify', tasks: 'snowball-tasks' } as const;
export type QueueKey = keyof typeof QUEUES;

/** How a job is retried: a DomainError is never retried; any other error up to `attempts` runs in all. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly backoff: { readonly type: 'exponential' | 'fixed'; readonly delay: number };
}

/** Where a job runs and how it is retried: what a producer needs to know about a job (its definition has the rest). */
export interface JobRoute {
  readonly queue: QueueKey;
  readonly retry: RetryPolicy;
}

/** Every job by name; built from the worker's job definitions (`JOB_ROUTES` in @snowball/worker). */
export type JobRoutes = Readonly<Record<string, JobRoute>>;

/** The route of a job; an unknown name is a programming error, refused before anything is queued. */
export function routeOf(routes: JobRoutes, name: string): JobRoute {
  const route = Object.hasOwn(routes, name) ? routes[name] : undefined;
  if (!route) throw new Error(`unknown job ${name}: it has no definition in the worker's job list`);
  return route;
}

/**
 * A backstop on notify jobs per second across all workers. Platform limits are kept where they apply, per
 * API call (`@snowball/rate-limit`: Discord 45 calls/s per bot, Slack per method tier), since one job may
 * cost one call or three; this only stops a runaway from flooding the database and the limiter's queue.
 */
export const NOTIFY_RATE = { max: 100, duration: 1000 } as const;
