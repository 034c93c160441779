import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobQueue, JobRequest } from '../../ports/job-queue.js';

/** A job queue under test, with the two looks the contract needs into it. */
export interface JobQueueSubject {
  readonly queue: JobQueue;
  /** The data of the job's copy that is waiting to run (neither given up nor cancelled), or null. */
  pending(name: string, id: string): Promise<Readonly<Record<string, unknown>> | null>;
  /** Makes the job's queued copy use up all its attempts, as a long platform outage does. */
  exhaust(name: string, id: string): Promise<void>;
  close?(): Promise<void>;
}

/** A notice (the rate-limited notify queue in production) and a task (the tasks queue). */
export const CONTRACT_JOB_NAMES = { notice: 'lesson.reminder', task: 'renewal.lapse' } as const;

let next = 0;
function job(name: string, data: Record<string, unknown> = {}): JobRequest {
  next += 1;
  return {
    name,
    id: `contract:${Date.now()}:${next}`,
    data: { ...data, n: next },
    // Well in the future: nothing runs on its own while the contract looks at it.
    runAt: new Date(Date.now() + 3_600_000),
  };
}

/**
 * What every `JobQueue` must do, run against the in-memory queue and against BullMQ on real Redis, so the
 * fake the core's tests use behaves like production: deterministic ids make scheduling idempotent, and a
 * copy that gave up is replaced, so a due notice is not lost after an outage.
 */
export function describeJobQueueContract(name: string, open: () => Promise<JobQueueSubject>): void {
  describe(`job queue contract: ${name}`, () => {
    let subject: JobQueueSubject;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    it('keeps the first copy when the same id is scheduled again', async () => {
      const first = job(CONTRACT_JOB_NAMES.notice, { v: 'first' });
      await subject.queue.schedule(first);
      await subject.queue.schedule({ ...first, data: { v: 'second' } });
      expect(await subject.pending(first.name, first.id)).toMatchObject({ v: 'first' });
    });

    it('adds in bulk only the jobs that are missing, on both queues, and counts them', async () => {
      const queued = job(CONTRACT_JOB_NAMES.notice);
      await subject.queue.schedule(queued);
      const notice = job(CONTRACT_JOB_NAMES.notice);
      const task = job(CONTRACT_JOB_NAMES.task);
      const result = await subject.queue.scheduleMany([queued, notice, task, notice]);
      expect(result).toEqual({ added: 2 });
      for (const j of [queued, notice, task]) expect(await subject.pending(j.name, j.id)).toEqual(j.data);
      expect(await subject.queue.scheduleMany([queued, notice, task])).toEqual({ added: 0 });
      expect(await subject.queue.scheduleMany([])).toEqual({ added: 0 });
    });

    it('replaces a copy that used up its attempts, so the job runs again after an outage', async () => {
      const notice = job(CONTRACT_JOB_NAMES.notice, { v: 'before' });
      const task = job(CONTRACT_JOB_NAMES.task);
      await subject.queue.scheduleMany([notice, task]);
      await subject.exhaust(notice.name, notice.id);
      await subject.exhaust(task.name, task.id);
      expect(await subject.pending(notice.name, notice.id)).toBeNull();
      expect(await subject.pending(task.name, task.id)).toBeNull();

      expect(await subject.queue.scheduleMany([{ ...notice, data: { v: 'after' } }, task])).toEqual({ added: 2 });
      expect(await subject.pending(notice.name, notice.id)).toMatchObject({ v: 'after' });
      expect(await subject.pending(task.name, task.id)).toEqual(task.data);
      // Once replaced, it is an ordinary pending job again: scheduling it once more changes nothing.
      expect(await subject.queue.scheduleMany([notice])).toEqual({ added: 0 });
      await subject.exhaust(notice.name, notice.id);
      await subject.queue.schedule(notice);
      expect(await subject.pending(notice.name, notice.id)).toEqual(notice.data);
    });

    it('cancels a pending job, and a later schedule brings it back', async () => {
      const notice = job(CONTRACT_JOB_NAMES.notice);
      await subject.queue.schedule(notice);
      await subject.queue.cancel(notice.name, notice.id);
      expect(await subject.pending(notice.name, notice.id)).toBeNull();
      await subject.queue.cancel(notice.name, notice.id);
      await subject.queue.schedule(notice);
      expect(await subject.pending(notice.name, notice.id)).toEqual(notice.data);
    });

    it('takes delivery keys (with colons) as ids', async () => {
      const a = { ...job(CONTRACT_JOB_NAMES.notice), id: `lesson-reminder:x${next}:m:60:20270301T040000.000Z` };
      const b = { ...a, id: `${a.id}:1` };
      expect(await subject.queue.scheduleMany([a, b])).toEqual({ added: 2 });
      expect(await subject.pending(a.name, a.id)).toEqual(a.data);
    });
  });
}
