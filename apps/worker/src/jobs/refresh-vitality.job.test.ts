import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../job-context.js';
import { refreshVitalityJob } from './refresh-vitality.job.js';

describe('vitality.refresh', () => {
  it('brings every club’s daily summary up to today, then only today (ended days are final) on the next run', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-03-01T04:00:00Z');
    const core = createCore(ports);
    await core.createCommunity({ slug: 'one', name: 'One', owner: { displayName: 'O' } });
    await core.createCommunity({ slug: 'two', name: 'Two', owner: { displayName: 'T' } });
    ports.clock.set('2026-03-10T04:00:00Z');
    const ctx = { core, communities: ports.communities, logger: silentLogger };
    expect(await refreshVitalityJob.handler(ctx, {}, null)).toEqual({ results: { one: 10, two: 10 }, clubs: 2 });
    expect(await refreshVitalityJob.handler(ctx, {}, null)).toEqual({ results: { one: 1, two: 1 }, clubs: 2 });
    const [club] = await ports.communities.list();
    expect(await ports.vitality.lastDay(club?.id as string)).toBe('2026-03-10');
  });
});
