import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BENCH_OUTPUT_DIR, type SavedReport } from './support/report.js';

const here = fileURLToPath(new URL('.', import.meta.url));

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

// The worker's benchmarks at a tiny size on the real database and Redis: they must run end to end (seed, the
// round or the scheduling, the baseline, the report). Figures are not checked, only what must hold at any size.
describe('worker benchmark smoke runs', () => {
  it('matching-round.bench.ts writes as many introductions as the engine pairs', { timeout: 180_000 }, async () => {
    const started = Date.now();
    const run = await smoke('matching-round.bench.ts');
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const report = await saved('matching-round');
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
    const run = await smoke('reminder-scheduling.bench.ts');
    expect(run.code, run.output.slice(-2000)).toBe(0);
    const report = await saved('reminder-scheduling');
    expect(report.rows.map((r) => r.measure)).toEqual(['schedule 400 reminders (ms)', 'reconcile, all queued (ms)']);
    for (const row of report.rows) expect(row.ours).toBeGreaterThan(0);
  });
});
