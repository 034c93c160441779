import { describe, expect, it } from 'vitest';
import { describeDatabaseError, isDatabaseUnavailable } from './database.js';

const failedQuery = (cause: unknown) =>
  Object.assign(new Error('Failed query: insert into "audit" values ($1, $2)\nparams: ada@example.com,secret'), {
    params: ['ada@example.com', 'secret'],
    cause,
  });

describe('database errors at the edge', () => {
  it('tells an outage (down, unreachable, statement timeout) from a bug', () => {
    expect(isDatabaseUnavailable(failedQuery(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(failedQuery(Object.assign(new Error('timeout'), { code: '57014' })))).toBe(true);
    expect(isDatabaseUnavailable(failedQuery(Object.assign(new Error('gone'), { code: '08006' })))).toBe(true);
    expect(isDatabaseUnavailable(failedQuery(Object.assign(new Error('dup'), { code: '23505' })))).toBe(false);
    expect(isDatabaseUnavailable(new Error('plain bug'))).toBe(false);
  });

  it('describes the cause without the SQL parameter values', () => {
    const reason = describeDatabaseError(
      failedQuery(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    );
    expect(reason).toBe('connect ECONNREFUSED 127.0.0.1:5432');
    expect(describeDatabaseError(failedQuery(undefined))).toBe('query failed');
    expect(
      describeDatabaseError(
        failedQuery(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })),
      ),
    ).toBe('canceling statement due to statement timeout (57014)');
  });
});
