/**
 * Benchmark of a matching round (not a test): generates clubs, runs a round, prints wall time, peak memory,
 * and how time grows with the number of members.
 *
 *   node --import tsx test/bench/matching.bench.ts                    # 10k and 100k members
 *   node --import tsx test/bench/matching.bench.ts --members 200000   # 20k and 200k
 *   node --import tsx test/bench/matching.bench.ts --million          # also 1M (needs several GB of RAM)
 *
 * Targets (issue 8): a round over 100,000 members within 60 s on 2 cores with peak memory under 1 GiB,
 * and 10x more members costing at most ~15x the time.
 * Each size runs in its own child process, so the peak RSS of one size does not include another's. Every profile has
 * a sentence meaning, as a club's worker stores them (stand-ins from a pool of really encoded texts: see
 * `withStandInMeanings`).
 *
 * Baseline (issue 17): the same clubs also go through the engine as it was before the dictionary bridge
 * (the matching sources at BASELINE_COMMIT, read from git into a temporary folder), and the ratio of the
 * current engine's CPU time to it is printed. `--no-baseline` skips it; without git history it is skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type MatchProfile,
  runMatchRound,
  SENTENCE_DIMENSIONS,
  sentenceText,
  withSentenceMeanings,
} from '../../packages/matching/src/index.js';
import { generateClub } from '../../packages/matching/src/testing/index.js';

/** The last commit of the matching engine before issue 17's changes. */
const BASELINE_COMMIT = 'a9f8e9e';

const TIME_LIMIT_MS = 60_000;
const MEMORY_LIMIT_BYTES = 1024 ** 3;
const MAX_RATIO_PER_10X = 15;

interface SizeResult {
  readonly members: number;
  readonly generateMs: number;
  readonly roundMs: number;
  /** User + system CPU time of the round: less sensitive than wall time to other work on the machine. */
  readonly cpuMs: number;
  /** The 1-minute load average when the round started; above the core count, wall times are inflated. */
  readonly load: number;
  readonly maxRssBytes: number;
  readonly heapUsedBytes: number;
  readonly stats: ReturnType<typeof runMatchRound>['stats'];
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** The baseline engine's sources, extracted once from git; null when the history is not there. */
function baselineEntry(): string | null {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dir = join(tmpdir(), `snowball-matching-baseline-${BASELINE_COMMIT}`);
  const entry = join(dir, 'packages', 'matching', 'src', 'index.ts');
  if (existsSync(entry)) return entry;
  try {
    const partial = `${dir}.${process.pid}`;
    mkdirSync(partial, { recursive: true });
    const archive = execFileSync('git', ['archive', BASELINE_COMMIT, 'packages/matching/src'], {
      cwd: root,
      maxBuffer: 64 * 1024 ** 2,
    });
    execFileSync('tar', ['-x', '-C', partial], { input: archive });
    if (!existsSync(dir)) renameSync(partial, dir);
    else rmSync(partial, { recursive: true, force: true });
    return existsSync(entry) ? entry : null;
  } catch {
    return null;
  }
}

/** Distinct texts really encoded for the stand-in meanings (the rest borrow one of them, by a hash of their text). */
const MEANING_POOL = 500;

/**
 * Every profile with a sentence meaning, as a club's worker leaves them: the generated club has ~170,000 distinct
 * texts at 100k (an hour of encoding), so MEANING_POOL of them are encoded for real and every other text borrows one
 * by a hash of its text. The engine's cost does not depend on the values; recall is measured by the evaluations.
 * One block holds them all, each meaning a view of it, as the profile repository reads them.
 */
async function withStandInMeanings(profiles: readonly MatchProfile[]): Promise<MatchProfile[]> {
  const texts = [...new Set(profiles.flatMap((p) => [sentenceText(p.needs), sentenceText(p.offers)]))].slice(
    0,
    MEANING_POOL,
  );
  const pool = await withSentenceMeanings(texts.map((t, i) => ({ id: String(i), needs: t, offers: t })));
  if (pool.every((p) => !p.meaning)) return [...profiles];
  const half = (text: string) => {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return pool[(h >>> 0) % pool.length]!.meaning!.subarray(0, SENTENCE_DIMENSIONS);
  };
  const block = new Int8Array(profiles.length * 2 * SENTENCE_DIMENSIONS);
  return profiles.map((p, i) => {
    const meaning = block.subarray(i * 2 * SENTENCE_DIMENSIONS, (i + 1) * 2 * SENTENCE_DIMENSIONS);
    meaning.set(half(sentenceText(p.needs)), 0);
    meaning.set(half(sentenceText(p.offers)), SENTENCE_DIMENSIONS);
    return { ...p, meaning };
  });
}

/** One size, in this process: generate (not timed), then time the round with the current or baseline engine. */
async function runOne(members: number, engine: 'current' | 'baseline'): Promise<SizeResult> {
  let run = runMatchRound;
  if (engine === 'baseline') {
    const entry = baselineEntry();
    if (!entry) throw new Error('baseline engine not available');
    run = ((await import(pathToFileURL(entry).href)) as { runMatchRound: typeof runMatchRound }).runMatchRound;
  }
  const t0 = performance.now();
  // Both engines get the same profiles; the baseline engine ignores the meanings.
  const profiles = await withStandInMeanings(generateClub({ members, seed: 20_260_101 }));
  const load = loadavg()[0] ?? 0;
  const cpu = process.cpuUsage();
  const t1 = performance.now();
  const round = run(profiles, { maxIntrosPerMember: 3 });
  const t2 = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    members,
    generateMs: t1 - t0,
    roundMs: t2 - t1,
    cpuMs: (used.user + used.system) / 1000,
    load,
    // resourceUsage().maxRSS is in kilobytes: the peak of this process, input included.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: process.memoryUsage().heapUsed,
    stats: round.stats,
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function runChild(members: number, engine: 'current' | 'baseline'): SizeResult {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--run', String(members), '--engine', engine],
    { encoding: 'utf8', maxBuffer: 1024 ** 2, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as SizeResult;
}

async function main(): Promise<void> {
  const child = argValue('--run');
  if (child) {
    const engine = argValue('--engine') === 'baseline' ? 'baseline' : 'current';
    process.stdout.write(`${JSON.stringify(await runOne(Number(child), engine))}\n`);
    return;
  }
  const withBaseline = !process.argv.includes('--no-baseline') && baselineEntry() !== null;
  const largest = Number(argValue('--members') ?? 100_000);
  if (!Number.isInteger(largest) || largest < 100) throw new Error('--members must be an integer of at least 100');
  const sizes = [Math.round(largest / 10), largest];
  if (process.argv.includes('--million') && !sizes.includes(1_000_000)) sizes.push(1_000_000);

  console.log(`matching round benchmark — node ${process.version}, ${cpus().length} cores`);
  const results: SizeResult[] = [];
  for (const members of sizes) {
    const result = runChild(members, 'current');
    results.push(result);
    const s = result.stats;
    console.log(
      `${String(members).padStart(9)} members: round ${seconds(result.roundMs).padStart(9)} wall, ${seconds(result.cpuMs)} CPU` +
        ` (compile ${seconds(s.compileMs)}, index ${seconds(s.indexMs)}, rank ${seconds(s.rankMs)},` +
        ` select ${seconds(s.selectMs)}), peak RSS ${mb(result.maxRssBytes)}, heap ${mb(result.heapUsedBytes)};` +
        ` ${s.activeMembers} active, ${s.pairs} intros, ${s.membersIntroduced} members introduced,` +
        ` ${(s.postingsRead / Math.max(1, s.activeMembers)).toFixed(0)} postings read per member`,
    );
    if (result.load > cpus().length * 0.75) {
      console.log(
        `  note: load average ${result.load.toFixed(2)} at start — other work shares the CPUs; compare CPU times`,
      );
    }
    if (withBaseline) {
      const base = runChild(members, 'baseline');
      console.log(
        `${''.padStart(9)}  baseline engine (${BASELINE_COMMIT}): round ${seconds(base.roundMs)} wall, ${seconds(base.cpuMs)} CPU,` +
          ` peak RSS ${mb(base.maxRssBytes)}; current/baseline = ${(result.cpuMs / base.cpuMs).toFixed(2)}x CPU,` +
          ` ${(result.roundMs / base.roundMs).toFixed(2)}x wall`,
      );
    }
  }
  if (!withBaseline) console.log('baseline engine: skipped (--no-baseline, or no git history)');

  let pass = true;
  const check = (ok: boolean, text: string) => {
    pass &&= ok;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  };
  const target = results.find((r) => r.members === 100_000);
  if (target) {
    check(target.roundMs <= TIME_LIMIT_MS, `100k round ${seconds(target.roundMs)} <= ${seconds(TIME_LIMIT_MS)}`);
    check(
      target.maxRssBytes < MEMORY_LIMIT_BYTES,
      `100k peak RSS ${mb(target.maxRssBytes)} < ${mb(MEMORY_LIMIT_BYTES)}`,
    );
  }
  for (let i = 1; i < results.length; i++) {
    const small = results[i - 1]!;
    const big = results[i]!;
    const linear = big.members / small.members;
    const ratio = big.roundMs / small.roundMs;
    const cpuRatio = big.cpuMs / small.cpuMs;
    const allowed = (MAX_RATIO_PER_10X * linear) / 10;
    check(
      ratio <= allowed,
      `time ratio ${big.members}/${small.members} = ${ratio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU` +
        ` (linear baseline ${linear.toFixed(1)}x, allowed ${allowed.toFixed(1)}x)`,
    );
  }
  console.log(pass ? 'benchmark: all targets met' : 'benchmark: some targets missed');
  process.exitCode = pass ? 0 : 1;
}

await main();
