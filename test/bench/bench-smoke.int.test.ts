import { describe, expect, it } from 'vitest';
import { runBenchSmoke, savedSmokeReport } from './support/smoke-run.js';

// The benchmarks of the admin pages and /find at a tiny size on the real database: they must run end to end
// (seed with COPY, the use cases, the baselines, the report) — figures are not checked, only their shape.
describe('benchmark smoke runs', () => {
  it('admin-pages.bench.ts runs and reports every measure at both sizes', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const run = await runBenchSmoke('admin-pages.bench.ts');
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const report = await savedSmokeReport('admin-pages');
    expect(Date.parse(report.finishedAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(report.smoke).toBe(true);
    expect(report.rows.map((r) => `${r.measure}@${r.size}`)).toEqual(
      [200, 400].flatMap((size) =>
        ['members page 1 p95', 'members search p95', 'members deep page (90%, keyset) p95', 'dashboard p95'].map(
          (m) => `${m}@${size}`,
        ),
      ),
    );
    for (const row of report.rows) {
      expect(row.ours).toBeGreaterThan(0);
      expect(row.baseline).toBeGreaterThan(0);
    }
    expect(report.rows.at(-1)?.growth).toBeGreaterThan(0);
  });

  it('find.bench.ts runs /find through the dispatcher and measures the event loop', { timeout: 120_000 }, async () => {
    const run = await runBenchSmoke('find.bench.ts');
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const report = await savedSmokeReport('find');
    expect(report.rows.map((r) => `${r.measure}@${r.size}`)).toEqual(
      [200, 400].flatMap((size) =>
        [
          '/find p95 (CPU time)',
          '/find p95 (wall, vs ILIKE page)',
          'longest event-loop block (CPU time)',
          'longest event-loop delay (wall)',
        ].map((m) => `${m}@${size}`),
      ),
    );
    expect(report.rows.every((r) => r.ours > 0)).toBe(true);
  });
});
