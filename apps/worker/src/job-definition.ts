import { DomainError } from '@snowball/core';
import type { QueueKey, RetryPolicy } from '@snowball/jobs';
import type { Job } from 'bullmq';
import { z } from 'zod';
import type { JobContext } from './job-context.js';

/**
 * Everything about one job in one place: its name, the queue it runs on, the shape of its data (ids only),
 * how it is retried, and what it does. The worker's job list (`job-list.ts`) is made of these; the name
 * union, the queue routing and the handler map all come from that list.
 */
export interface JobDefinition<N extends string, P, R, C> {
  readonly name: N;
  readonly queue: QueueKey;
  readonly payload: z.ZodType<P>;
  readonly retry: RetryPolicy;
  /** The work; `ctx` names only what the job uses. */
  readonly handler: (ctx: C, payload: P, job: Job | null) => Promise<R>;
}

/** A defined job: its definition, and `run`, which checks the data against the schema before the handler sees it. */
export interface DefinedJob<N extends string = string, R = unknown, C = JobContext> {
  readonly name: N;
  readonly queue: QueueKey;
  readonly retry: RetryPolicy;
  readonly run: (ctx: C, data: unknown, job?: Job | null) => Promise<R>;
}

/**
 * The job's data, checked against its schema. Data that does not fit is a permanent failure (DomainError):
 * retrying a malformed job can never succeed.
 */
export function parsePayload<P>(name: string, schema: z.ZodType<P>, data: unknown): P {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const field = parsed.error.issues.map((issue) => issue.path.join('.') || 'data').join(', ');
    throw new DomainError('validation.invalid', { job: name, field });
  }
  return parsed.data;
}

/** Declares a job (keeps the literal name, so the job list's name union is exact). */
export function defineJob<const N extends string, P, R, C>(
  definition: JobDefinition<N, P, R, C>,
): DefinedJob<N, R, C> & JobDefinition<N, P, R, C> {
  return {
    ...definition,
    run: async (ctx, data, job = null) =>
      definition.handler(ctx, parsePayload(definition.name, definition.payload, data), job),
  };
}

/** An id in job data (a uuid, a delivery key). */
export const jobId = z.string().min(1).max(500);

/** Data of the periodic jobs that work on every club (nothing to say; a manual run may give a reason). */
export const noPayload = z.object({ reason: z.string().max(200).optional() });

/**
 * Messages members see: retried with backoff for about 11 minutes. A copy that still gave up is not lost: its
 * row still says it is due, and the next reconcile replaces the failed copy (`JobQueue.scheduleMany`).
 */
export const NOTICE_RETRY: RetryPolicy = { attempts: 8, backoff: { type: 'exponential', delay: 5_000 } };

/** Periodic work is its own retry (the next run comes anyway): a few attempts. */
export const PERIODIC_RETRY: RetryPolicy = { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } };
