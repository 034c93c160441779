import { describe, expect, it } from 'vitest';
import { runBenchSmoke, savedSmokeReport } from './support/smoke-run.js';

// The worker's benchmarks at a tiny size on the real database and Redis: they must run end to end (seed, the
// round or the scheduling, the baseline, the report). Figures are not checked, only what must hold at any size.
describe('worker benchmark smoke runs', () => {
  it('matching-round.bench.ts writes as many introductions as the engine pairs', { timeout: 180_000 }, async () => {
    const started = Date.now();
    const run = await runBenchSmoke('matching-round.bench.ts');
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const report = await savedSmokeReport('matching-round');
    expect(Date.parse(report.finishedAt)).toBeGreaterThanOrEqual(started - 1000);
    const intros = report.rows.filter((r) => r.measure === 'introductions');
    expect(intros.map((r) => r.size)).toEqual([300, 600]);
    for (const row of intros) {
      expect(row.ours).toBeGreaterThan(0);
      expect(row.pass).toBe(true);
    }
    const reconcile = report.rows.filter((r) => r.measure.startsWith('reconcile'));
    expect(reconcile.map((r) => r.pass)).toEqual([true, true]);
  });

  it('reminder-scheduling.bench.ts schedules what the baseline schedules', { timeout: 180_000 }, async () => {
    const run = await runBenchSmoke('reminder-scheduling.bench.ts');
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const report = await savedSmokeReport('reminder-scheduling');
    expect(report.rows.map((r) => r.measure)).toEqual(['schedule 400 reminders (ms)', 'reconcile, all queued (ms)']);
    for (const row of report.rows) expect(row.ours).toBeGreaterThan(0);
  });
});
