import { describe, expect, it } from 'vitest';
import { isConnectionError, RedisStateLog } from './redis-state-log.js';

function capture() {
  const lines: { level: string; details: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    logger: {
      info: (details: Record<string, unknown>, message: string) => lines.push({ level: 'info', details, message }),
      error: (details: Record<string, unknown>, message: string) => lines.push({ level: 'error', details, message }),
    },
  };
}

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });

describe('RedisStateLog', () => {
  it('logs one line when Redis goes down and one when it is back, however many errors come between', () => {
    const { lines, logger } = capture();
    let now = 1_000;
    const state = new RedisStateLog(logger, 'job-queue', () => now);
    state.ready(); // ready while up: nothing to say
    expect(lines).toEqual([]);
    for (let i = 0; i < 50; i += 1) state.error(i % 2 ? refused() : new Error('Connection is closed.'));
    expect(state.down).toBe(true);
    now = 31_000;
    state.ready();
    state.ready();
    expect(lines).toEqual([
      {
        level: 'error',
        details: { component: 'job-queue', state: 'down', error: 'Connection is closed.' },
        message: 'redis down',
      },
      { level: 'info', details: { component: 'job-queue', state: 'up', downMs: 30_000 }, message: 'redis back' },
    ]);
    expect(state.down).toBe(false);
    // A second outage is logged again.
    state.error(refused());
    expect(lines.at(-1)).toMatchObject({ message: 'redis down', details: { code: 'ECONNREFUSED' } });
    expect(lines).toHaveLength(3);
  });

  it('logs other errors one line each, without a stack, and does not call them an outage', () => {
    const { lines, logger } = capture();
    const state = new RedisStateLog(logger, 'job-worker');
    state.error(new Error('ERR Error running script'));
    state.error('odd');
    expect(state.down).toBe(false);
    expect(lines).toEqual([
      {
        level: 'error',
        details: { component: 'job-worker', error: 'ERR Error running script' },
        message: 'redis error',
      },
      { level: 'error', details: { component: 'job-worker', error: 'odd' }, message: 'redis error' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('    at ');
  });

  it('tells connection errors from others', () => {
    expect(isConnectionError(refused())).toBe(true);
    expect(isConnectionError(Object.assign(new Error('read'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isConnectionError(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(true);
    expect(isConnectionError(new Error('ERR unknown command'))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });
});
