import { CORE_JOB_NAMES, isDomainError } from '@snowball/core';
import { routeOf } from '@snowball/jobs';
import { describe, expect, it } from 'vitest';
import { createJobHandlers } from './create-job-handlers.js';
import { silentLogger } from './job-context.js';
import { assertJobsDefined, JOB, JOB_ROUTES, JOBS } from './job-list.js';
import { globalSchedulerSpecs, matchingRoundSpec, renewalsSummarySpec } from './schedules/periodic-jobs.js';

describe('the job list', () => {
  it('defines every job the core schedules and every periodic job, each name once', () => {
    const names = JOBS.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    const community = { id: 'c1', settings: { timezone: 'Asia/Shanghai', matchingIntervalDays: 7 } } as const;
    const scheduled = [
      ...CORE_JOB_NAMES,
      ...globalSchedulerSpecs().map((s) => s.name),
      renewalsSummarySpec(community as never).name,
      matchingRoundSpec(community as never).name,
    ];
    expect(() => assertJobsDefined(scheduled)).not.toThrow();
    expect(Object.keys(JOB_ROUTES).sort()).toEqual([...names].sort());
  });

  it('refuses to start when a scheduled job has no handler', () => {
    expect(() => assertJobsDefined([JOB.reconcile, 'digest.weekly', 'digest.weekly'])).toThrow(
      'no handler for scheduled job digest.weekly',
    );
  });

  it('routes what members see to the rate-limited notify queue, and the rest to tasks', () => {
    for (const name of [JOB.lessonReminder, JOB.renewalReminder, JOB.introNotify, JOB.introFollowUp]) {
      expect(routeOf(JOB_ROUTES, name).queue).toBe('notify');
    }
    for (const name of [JOB.reconcile, JOB.matchingRound, JOB.expireIntros, JOB.extendLessonSeries, JOB.renewalLapse]) {
      expect(routeOf(JOB_ROUTES, name).queue).toBe('tasks');
    }
    expect(() => routeOf(JOB_ROUTES, 'nope')).toThrow('unknown job nope');
    expect(() => routeOf(JOB_ROUTES, 'toString')).toThrow('unknown job toString');
  });

  it('checks every job’s data against its schema before the handler runs: bad data fails for good', async () => {
    const calls: unknown[] = [];
    const core = new Proxy({}, { get: (_t, name) => async (input: unknown) => calls.push([name, input]) });
    const handlers = createJobHandlers({
      core: core as never,
      communities: { list: async () => [] },
      clubSchedules: { ensure: async () => {} },
      clock: { now: () => new Date() },
      logger: silentLogger,
    });
    expect([...handlers.keys()].sort()).toEqual(JOBS.map((j) => j.name).sort());
    const reminder = handlers.get(JOB.lessonReminder);
    if (!reminder) throw new Error('no handler');
    await reminder({ communityId: 'c1', key: 'k1', extra: 'dropped' }, null as never);
    expect(calls).toEqual([['sendLessonReminder', { communityId: 'c1', key: 'k1' }]]);
    for (const bad of [{ communityId: 'c1' }, { communityId: 'c1', key: '' }, { communityId: 1, key: 'k' }, null]) {
      const error = await reminder(bad, null as never).catch((e: unknown) => e);
      expect(isDomainError(error)).toBe(true);
    }
    expect(calls).toHaveLength(1);
  });
});
