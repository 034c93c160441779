import type { PlatformCallObserver } from '@snowball/rate-limit';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Latency buckets (seconds) for interactive work: commands, acks and deferrals, against a 3-second deadline. */
const INTERACTIVE_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];
/** Buckets (seconds) for background jobs, from a DM to a matching round over a large club. */
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600];

/** A queue whose depth is reported at each scrape (BullMQ's `Queue` fits). */
export interface DepthSource {
  readonly name: string;
  getJobCounts(...states: string[]): Promise<Record<string, number>>;
}

/** Queue states reported as `snowball_queue_jobs{queue,state}`. */
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

/**
 * Every metric one process exposes at `/metrics`, in its own registry (never prom-client's global one, so
 * tests and several roles in one process do not collide). The names are the contract with dashboards.
 */
export interface SnowballMetrics {
  readonly registry: Registry;
  /** `snowball_command_duration_seconds{platform,command,outcome}`: dispatch of one invocation to its reply. */
  readonly commandDuration: Histogram<'platform' | 'command' | 'outcome'>;
  /** `snowball_interaction_ack_seconds{platform,kind}`: from receipt to the first response (`reply`, `defer`, `modal`, `ack`). */
  readonly ackDuration: Histogram<'platform' | 'kind'>;
  /** `snowball_job_duration_seconds{queue,job,outcome}`. */
  readonly jobDuration: Histogram<'queue' | 'job' | 'outcome'>;
  /** `snowball_matching_round_duration_seconds{outcome}`. */
  readonly matchingRoundDuration: Histogram<'outcome'>;
  /** `snowball_queue_jobs{queue,state}`, read from the queues at scrape time. */
  readonly queueJobs: Gauge<'queue' | 'state'>;
  /** `snowball_platform_calls_total{platform,status}`: every API call to a chat platform, by HTTP status class. */
  readonly platformCalls: Counter<'platform' | 'status'>;
  /** `snowball_platform_rate_limited_total{platform}`: calls the platform answered with 429. */
  readonly platformRateLimited: Counter<'platform'>;
  /** `snowball_dm_failures_total{platform,reason}`: direct messages that failed (`permanent`, `transient`, `unreachable`). */
  readonly dmFailures: Counter<'platform' | 'reason'>;
  /** Counts platform calls; hand it to the Discord REST and Slack clients. */
  readonly callObserver: PlatformCallObserver;
  /** Reports these queues' depths at every scrape. */
  trackQueues(queues: readonly DepthSource[]): void;
  /** The Prometheus text exposition and its content type. */
  render(): Promise<{ readonly contentType: string; readonly body: string }>;
}

function statusClass(status: number | 'error'): string {
  if (status === 'error') return 'error';
  if (status === 429) return '429';
  return `${Math.floor(status / 100)}xx`;
}

/**
 * Creates the metrics of one process. `defaults` adds Node's own (event-loop lag `nodejs_eventloop_lag_*`, heap,
 * GC, CPU); `labels` are put on every series (e.g. `{ role: 'worker' }`).
 */
export function createMetrics(
  options: { readonly defaults?: boolean; readonly labels?: Readonly<Record<string, string>> } = {},
): SnowballMetrics {
  const registry = new Registry();
  if (options.labels) registry.setDefaultLabels({ ...options.labels });
  // Event-loop lag is sampled with monitorEventLoopDelay at 10 ms resolution.
  if (options.defaults ?? true) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  const tracked: DepthSource[] = [];

  const commandDuration = new Histogram({
    name: 'snowball_command_duration_seconds',
    help: 'Time from an invocation reaching the dispatcher to its reply, by platform and command.',
    labelNames: ['platform', 'command', 'outcome'] as const,
    buckets: INTERACTIVE_BUCKETS,
    registers: [registry],
  });
  const ackDuration = new Histogram({
    name: 'snowball_interaction_ack_seconds',
    help: 'Time from receiving an interaction or event to its first response (reply, defer, modal or ack).',
    labelNames: ['platform', 'kind'] as const,
    buckets: INTERACTIVE_BUCKETS,
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'snowball_job_duration_seconds',
    help: 'Time a worker spent on one job, by queue, job name and outcome.',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [registry],
  });
  const matchingRoundDuration = new Histogram({
    name: 'snowball_matching_round_duration_seconds',
    help: 'Duration of one matching round, end to end.',
    labelNames: ['outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [registry],
  });
  const queueJobs = new Gauge({
    name: 'snowball_queue_jobs',
    help: 'Jobs in each queue by state, read from Redis at scrape time.',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const queue of tracked) {
        try {
          const counts = await queue.getJobCounts(...QUEUE_STATES);
          for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        } catch {
          // Redis unreachable: the queue's series are absent from this scrape (readiness reports the cause).
        }
      }
    },
  });
  const platformCalls = new Counter({
    name: 'snowball_platform_calls_total',
    help: 'API calls to chat platforms, by platform and HTTP status class (429 on its own, error = no answer).',
    labelNames: ['platform', 'status'] as const,
    registers: [registry],
  });
  const platformRateLimited = new Counter({
    name: 'snowball_platform_rate_limited_total',
    help: 'API calls a chat platform refused with 429 (rate limited).',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  const dmFailures = new Counter({
    name: 'snowball_dm_failures_total',
    help: 'Direct messages that could not be delivered, by platform and reason.',
    labelNames: ['platform', 'reason'] as const,
    registers: [registry],
  });
  // Series that exist from the start, so a dashboard shows 0 rather than "no data".
  for (const platform of ['discord', 'slack']) {
    platformRateLimited.inc({ platform }, 0);
  }

  return {
    registry,
    commandDuration,
    ackDuration,
    jobDuration,
    matchingRoundDuration,
    queueJobs,
    platformCalls,
    platformRateLimited,
    dmFailures,
    callObserver: {
      called(platform, status) {
        platformCalls.inc({ platform, status: statusClass(status) });
        if (status === 429) platformRateLimited.inc({ platform });
      },
    },
    trackQueues(queues) {
      tracked.push(...queues);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
