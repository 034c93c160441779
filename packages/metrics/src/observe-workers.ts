import type { SnowballMetrics } from './snowball-metrics.js';

/** What a BullMQ job tells its worker's events (a structural slice of `Job`). */
interface FinishedJob {
  readonly name: string;
  readonly processedOn?: number | undefined;
  readonly finishedOn?: number | undefined;
}

/** The events of a BullMQ `Worker` this needs. */
export interface ObservableWorker {
  readonly name: string;
  on(event: 'completed', listener: (job: FinishedJob) => void): unknown;
  on(event: 'failed', listener: (job: FinishedJob | undefined, error: Error) => void): unknown;
}

/** Job names whose duration is also a matching round's. */
const MATCHING = /^matching\b/;

/**
 * Times every job the workers finish (`snowball_job_duration_seconds`, from BullMQ's processedOn/finishedOn),
 * and matching rounds again in `snowball_matching_round_duration_seconds`.
 */
export function observeWorkers(
  workers: readonly ObservableWorker[],
  metrics: Pick<SnowballMetrics, 'jobDuration' | 'matchingRoundDuration'>,
): void {
  for (const worker of workers) {
    const record = (job: FinishedJob | undefined, outcome: 'completed' | 'failed') => {
      if (!job?.processedOn) return;
      const seconds = Math.max(0, ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000);
      metrics.jobDuration.observe({ queue: worker.name, job: job.name, outcome }, seconds);
      if (MATCHING.test(job.name)) metrics.matchingRoundDuration.observe({ outcome }, seconds);
    };
    worker.on('completed', (job) => record(job, 'completed'));
    worker.on('failed', (job) => record(job, 'failed'));
  }
}
