import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BENCH_OUTPUT_DIR, type SavedReport } from './support/report.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Runs one benchmark with `--smoke` in its own process (as `pnpm bench:smoke` does); resolves its exit code. */
function smoke(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, file), '--smoke'], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function saved(name: string): Promise<SavedReport> {
  return JSON.parse(await readFile(join(BENCH_OUTPUT_DIR, `${name}.smoke.json`), 'utf8')) as SavedReport;
}

// The benchmarks of the admin pages and /find at a tiny size on the real database: they must run end to end
// (seed with COPY, the use cases, the baselines, the report) — figures are not checked, only their shape.
describe('benchmark smoke runs', () => {
  it('admin-pages.bench.ts runs and reports every measure at both sizes', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const run = await smoke('admin-pages.bench.ts');
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const report = await saved('admin-pages');
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
    const run = await smoke('find.bench.ts');
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const report = await saved('find');
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
