import type { Dispatcher, Invocation } from '@snowball/commands';
import { DeliveryError, type Messenger, type PlatformAccount } from '@snowball/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commandLabel, meteredDispatcher } from './metered-dispatcher.js';
import { MeteredMessenger } from './metered-messenger.js';
import { type MetricsServer, startMetricsServer } from './metrics-server.js';
import { type ObservableWorker, observeWorkers } from './observe-workers.js';
import { createMetrics } from './snowball-metrics.js';

const caller = { platform: 'discord', workspaceId: 'g1', platformUserId: 'u1', locale: 'en' } as const;
const command = (name: string) => ({ type: 'command', caller, name, options: {} }) as unknown as Invocation;
const account: PlatformAccount = {
  communityId: 'c',
  platform: 'slack',
  workspaceId: 'T1',
  platformUserId: 'U1',
  memberId: 'm',
  linkedAt: new Date(),
};

/** A worker that lets the test fire its events. */
function fakeWorker(name: string) {
  const listeners: Record<string, ((...args: unknown[]) => void)[]> = {};
  const worker = {
    name,
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners[event] = [...(listeners[event] ?? []), listener];
      return worker;
    },
    emit: (event: string, ...args: unknown[]) => {
      for (const l of listeners[event] ?? []) l(...args);
    },
  };
  return worker;
}

let server: MetricsServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('/metrics', () => {
  it('shows every family the issue asks for after each was fed once, over HTTP', async () => {
    const metrics = createMetrics({ labels: { role: 'test' } });
    // Commands: a dispatcher timed by platform and command.
    const inner: Dispatcher = {
      find: () => undefined,
      dispatch: async () => ({ kind: 'message', private: true, text: 'ok' }),
    };
    await meteredDispatcher(inner, metrics).dispatch(command('find'));
    metrics.ackDuration.observe({ platform: 'discord', kind: 'defer' }, 0.5);
    // Queues and jobs.
    metrics.trackQueues([
      { name: 'snowball-notify', getJobCounts: async () => ({ waiting: 7, active: 2, delayed: 40, failed: 1 }) },
    ]);
    const worker = fakeWorker('snowball-tasks');
    observeWorkers([worker as unknown as ObservableWorker], metrics);
    worker.emit('completed', { name: 'matching.round', processedOn: 1_000, finishedOn: 4_000 });
    worker.emit('failed', { name: 'lesson.reminder', processedOn: 1_000, finishedOn: 1_250 }, new Error('x'));
    // Platform calls and 429s.
    metrics.callObserver.called('discord', 200);
    metrics.callObserver.called('discord', 429);
    metrics.callObserver.called('slack', 'error');
    // DM failures.
    const refusing: Messenger = {
      send: async () => {
        throw new DeliveryError('user_not_found', true);
      },
    };
    await expect(new MeteredMessenger(refusing, metrics).send(account, { text: 'hi' })).rejects.toThrow();

    server = await startMetricsServer({ metrics, port: 0 });
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    const line = (pattern: RegExp) => text.split('\n').find((l) => pattern.test(l));

    expect(line(/^snowball_command_duration_seconds_count\{.*platform="discord".*command="find".*\} 1$/)).toBeDefined();
    expect(line(/^snowball_interaction_ack_seconds_count\{.*kind="defer".*\} 1$/)).toBeDefined();
    expect(line(/^snowball_queue_jobs\{.*queue="snowball-notify".*state="delayed".*\} 40$/)).toBeDefined();
    expect(
      line(/^snowball_job_duration_seconds_count\{.*job="lesson.reminder".*outcome="failed".*\} 1$/),
    ).toBeDefined();
    expect(line(/^snowball_matching_round_duration_seconds_sum\{.*outcome="completed".*\} 3$/)).toBeDefined();
    expect(line(/^snowball_platform_calls_total\{.*platform="discord".*status="2xx".*\} 1$/)).toBeDefined();
    expect(line(/^snowball_platform_calls_total\{.*platform="slack".*status="error".*\} 1$/)).toBeDefined();
    expect(line(/^snowball_platform_rate_limited_total\{.*platform="discord".*\} 1$/)).toBeDefined();
    expect(line(/^snowball_dm_failures_total\{.*platform="slack".*reason="permanent".*\} 1$/)).toBeDefined();
    expect(line(/^nodejs_eventloop_lag_p99_seconds\{.*role="test".*\} /)).toBeDefined();
  });

  it('answers 404 for anything but GET /metrics', async () => {
    server = await startMetricsServer({ metrics: createMetrics({ defaults: false }), port: 0 });
    expect((await fetch(server.url.replace('/metrics', '/'))).status).toBe(404);
  });

  it('keeps the command label set small whatever ids buttons carry', () => {
    expect(commandLabel(command('find'))).toBe('find');
    expect(commandLabel({ type: 'action', caller, action: 'intros:accept:123e4567' } as unknown as Invocation)).toBe(
      'action:intros',
    );
    expect(commandLabel({ type: 'form', caller, action: 'apply:submit', values: {} } as unknown as Invocation)).toBe(
      'form:apply',
    );
    expect(commandLabel(command('bad name with spaces'))).toBe('other');
  });

  it('leaves a queue out of the scrape when Redis cannot be reached, instead of failing it', async () => {
    const metrics = createMetrics({ defaults: false });
    metrics.trackQueues([{ name: 'q', getJobCounts: () => Promise.reject(new Error('down')) }]);
    const { body } = await metrics.render();
    expect(body).not.toContain('queue="q"');
    expect(body).toContain('# TYPE snowball_queue_jobs gauge');
  });
});
