/**
 * The report every benchmark on the real database prints and saves: one table (measure, ours, baseline,
 * ratio, growth from the small to the large club, peak RSS, target, pass) and a JSON file
 * `test-output/bench/<name>.json` with each target and whether it passed. `run-all.ts` reads those files to
 * print the summary.
 *
 * Usage:
 *
 *   const report = createReport('find', { sizes: [10_000, 100_000] });
 *   report.add({ measure: '/find p95', size: 100_000, ours: 41.2, baseline: 12.3, unit: 'ms',
 *     targets: [{ text: 'p95 < 500 ms', ok: 41.2 < 500 }, { text: '<= 2x SQL', ok: 41.2 <= 2 * 12.3 }] });
 *   report.growth('/find p95', 10_000, 100_000, { max: 2 });   // optional: ours(100k) / ours(10k)
 *   await report.finish();                                      // prints, writes JSON, sets the exit code
 *
 * `peak RSS` is the process's maximum resident set so far (`process.resourceUsage().maxRSS`), sampled when
 * the row is added. Smoke runs (`smoke: true`) print and save the figures but never fail on a target.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the JSON reports go: `test-output/bench/` at the repository root. */
export const BENCH_OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test-output', 'bench');

export interface Target {
  /** What is promised, as a person reads it: `p95 < 300 ms`, `<= 2x the SQL`. */
  readonly text: string;
  readonly ok: boolean;
}

export interface ReportRow {
  readonly measure: string;
  /** The club size (members) the row was measured at. */
  readonly size?: number;
  readonly ours: number;
  /** The baseline measured in the same run (null when the target is absolute). */
  readonly baseline?: number | null;
  /** Unit of `ours` and `baseline` (default `ms`). */
  readonly unit?: string;
  readonly targets?: readonly Target[];
}

export interface SavedRow {
  readonly measure: string;
  readonly size: number | null;
  readonly ours: number;
  readonly baseline: number | null;
  readonly unit: string;
  /** ours / baseline, null without a baseline. */
  readonly ratio: number | null;
  /** ours at the large size / ours at the small size, when `growth()` was called for this measure. */
  readonly growth: number | null;
  readonly peakRssMiB: number;
  readonly targets: readonly Target[];
  readonly pass: boolean;
}

export interface SavedReport {
  readonly name: string;
  readonly smoke: boolean;
  readonly machine: MachineInfo;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly rows: readonly SavedRow[];
  readonly notes: readonly string[];
  readonly pass: boolean;
}

export interface MachineInfo {
  readonly node: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly loadAverage: number;
}

export interface Report {
  add(row: ReportRow): void;
  /**
   * Shows the growth of `measure` (ours at `large` / ours at `small`) on the large size's row; with `max`,
   * also a target that it is <= `max`.
   */
  growth(measure: string, small: number, large: number, options?: { readonly max?: number }): number | null;
  /** A free line printed under the table and saved with the report. */
  note(text: string): void;
  /** Prints the table, writes the JSON, sets `process.exitCode` (1 when a target failed, never in smoke). */
  finish(): Promise<SavedReport>;
}

export interface ReportOptions {
  /** Smoke run: tiny sizes, targets shown but never failing the process. */
  readonly smoke?: boolean;
  /** Directory for the JSON (default `BENCH_OUTPUT_DIR`). */
  readonly outputDir?: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    node: process.version,
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

/** The process's peak resident set so far, in MiB. */
export function peakRssMiB(): number {
  // maxRSS is in kilobytes.
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

/** p-th percentile (nearest rank) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns the durations in ms. */
export async function sample(fn: () => Promise<unknown>, runs: number, warmup = Math.min(3, runs)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

function format(value: number | null, digits = 1): string {
  if (value === null || Number.isNaN(value)) return '-';
  return Math.abs(value) >= 1000 ? value.toFixed(0) : value.toFixed(digits);
}

export function createReport(name: string, options: ReportOptions = {}): Report {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`invalid report name: ${name}`);
  const smoke = options.smoke ?? false;
  const outputDir = options.outputDir ?? BENCH_OUTPUT_DIR;
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const rows: SavedRow[] = [];
  const notes: string[] = [];

  const replace = (index: number, row: SavedRow) => {
    rows[index] = { ...row, pass: row.targets.every((t) => t.ok) };
  };

  return {
    add(row) {
      const baseline = row.baseline ?? null;
      const targets = [...(row.targets ?? [])];
      rows.push({
        measure: row.measure,
        size: row.size ?? null,
        ours: row.ours,
        baseline,
        unit: row.unit ?? 'ms',
        ratio: baseline !== null && baseline > 0 ? row.ours / baseline : null,
        growth: null,
        peakRssMiB: peakRssMiB(),
        targets,
        pass: targets.every((t) => t.ok),
      });
    },
    growth(measure, small, large, options = {}) {
      const { max } = options;
      const at = (size: number) => rows.findIndex((r) => r.measure === measure && r.size === size);
      const smallRow = rows[at(small)];
      const largeIndex = at(large);
      const largeRow = rows[largeIndex];
      if (!smallRow || !largeRow || smallRow.ours <= 0) return null;
      const growth = largeRow.ours / smallRow.ours;
      replace(largeIndex, {
        ...largeRow,
        growth,
        targets:
          max === undefined
            ? largeRow.targets
            : [...largeRow.targets, { text: `growth ${small}→${large} <= ${max}x`, ok: growth <= max }],
      });
      return growth;
    },
    note(text) {
      notes.push(text);
    },
    async finish() {
      const pass = rows.every((r) => r.pass);
      const header = ['measure', 'size', 'ours', 'baseline', 'ratio', 'growth', 'peak RSS MiB', 'target', 'pass'];
      const table = rows.map((r) => [
        r.measure,
        r.size === null ? '-' : String(r.size),
        `${format(r.ours)} ${r.unit}`,
        r.baseline === null ? '-' : `${format(r.baseline)} ${r.unit}`,
        r.ratio === null ? '-' : `${r.ratio.toFixed(2)}x`,
        r.growth === null ? '-' : `${r.growth.toFixed(2)}x`,
        format(r.peakRssMiB, 0),
        r.targets.map((t) => t.text).join('; ') || '-',
        r.targets.length === 0
          ? '-'
          : r.pass
            ? 'PASS'
            : `FAIL (${r.targets
                .filter((t) => !t.ok)
                .map((t) => t.text)
                .join('; ')})`,
      ]);
      console.log(renderTable(header, table));
      for (const n of notes) console.log(`note: ${n}`);
      console.log(
        `${name}: ${smoke ? 'smoke run (targets not enforced)' : pass ? 'all targets met' : 'some targets missed'}` +
          ` — node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, load ${machine.loadAverage}`,
      );
      const saved: SavedReport = {
        name,
        smoke,
        machine,
        startedAt,
        finishedAt: new Date().toISOString(),
        rows,
        notes,
        pass,
      };
      await mkdir(outputDir, { recursive: true });
      await writeFile(join(outputDir, `${smoke ? `${name}.smoke` : name}.json`), `${JSON.stringify(saved, null, 2)}\n`);
      if (!smoke && !pass) process.exitCode = 1;
      return saved;
    },
  };
}

/** A plain-text table with padded columns (width by code points, so Chinese labels stay readable enough). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (s: string) => [...s].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c)))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
