import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_OUTPUT_DIR, type SavedReport } from './report.js';

const benchDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs one benchmark of test/bench with `--smoke` in its own process (as `pnpm bench:smoke` does); resolves its
 * exit code and everything it printed.
 */
export function runBenchSmoke(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, file), '--smoke'], {
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

/** The report a smoke run of the named benchmark saved. */
export async function savedSmokeReport(name: string): Promise<SavedReport> {
  return JSON.parse(await readFile(join(BENCH_OUTPUT_DIR, `${name}.smoke.json`), 'utf8')) as SavedReport;
}
