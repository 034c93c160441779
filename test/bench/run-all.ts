/**
 * Runs every benchmark (`test/bench/*.bench.ts`), each in its own process, one after the other — a failure
 * never hides the others — then prints a summary table from their JSON reports (`test-output/bench/`).
 *
 *   pnpm bench                  # every benchmark at full size (`node --import tsx test/bench/run-all.ts`)
 *   pnpm bench:smoke            # every benchmark with `--smoke`: tiny sizes, no target enforced
 *   node --import tsx test/bench/run-all.ts find admin-pages   # only the named ones
 *
 * A benchmark supports smoke runs by reading `--smoke` (those that do not are listed as skipped in smoke
 * mode). A benchmark that writes a report through `support/report.ts` under its file name
 * (`find.bench.ts` → `find`) gets its rows counted in the summary; the others show their exit code only.
 * Exit code: 1 when any benchmark failed.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_OUTPUT_DIR, renderTable, type SavedReport } from './support/report.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const only = args.filter((a) => !a.startsWith('--'));
const LIMIT_MS = smoke ? 5 * 60_000 : 60 * 60_000;

interface Outcome {
  readonly name: string;
  readonly status: 'pass' | 'fail' | 'skipped';
  readonly exitCode: number | null;
  readonly seconds: number;
  readonly detail: string;
}

function run(file: string): Promise<{ code: number | null; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, file), ...(smoke ? ['--smoke'] : [])], {
      stdio: 'inherit',
      env: process.env,
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, seconds: (performance.now() - started) / 1000 });
    });
    child.on('error', () => {
      clearTimeout(timer);
      resolve({ code: null, seconds: (performance.now() - started) / 1000 });
    });
  });
}

async function readReport(name: string, since: number): Promise<SavedReport | null> {
  const path = join(BENCH_OUTPUT_DIR, `${smoke ? `${name}.smoke` : name}.json`);
  try {
    if ((await stat(path)).mtimeMs < since) return null;
    return JSON.parse(await readFile(path, 'utf8')) as SavedReport;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const files = (await readdir(here))
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.ts$/, '')))
    .sort();
  const outcomes: Outcome[] = [];
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, '');
    if (smoke && !(await readFile(join(here, file), 'utf8')).includes('--smoke')) {
      outcomes.push({ name, status: 'skipped', exitCode: null, seconds: 0, detail: 'no --smoke mode' });
      continue;
    }
    console.log(`\n=== ${file}${smoke ? ' (smoke)' : ''} ===`);
    const since = Date.now() - 1000;
    const { code, seconds } = await run(file);
    const report = await readReport(name, since);
    const failed = report?.rows.filter((r) => !r.pass) ?? [];
    const detail = report
      ? `${report.rows.length - failed.length}/${report.rows.length} rows met their targets` +
        (failed.length ? `; missed: ${failed.map((r) => `${r.measure}${r.size ? ` @${r.size}` : ''}`).join(', ')}` : '')
      : 'no JSON report';
    outcomes.push({ name, status: code === 0 ? 'pass' : 'fail', exitCode: code, seconds, detail });
  }
  console.log(`\n=== summary${smoke ? ' (smoke: targets not enforced)' : ''} ===`);
  console.log(
    renderTable(
      ['benchmark', 'result', 'exit', 'seconds', 'detail'],
      outcomes.map((o) => [
        o.name,
        o.status.toUpperCase(),
        o.exitCode === null ? '-' : String(o.exitCode),
        o.seconds.toFixed(1),
        o.detail,
      ]),
    ),
  );
  process.exitCode = outcomes.some((o) => o.status === 'fail') ? 1 : 0;
}

await main();
