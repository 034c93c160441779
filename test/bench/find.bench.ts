/**
 * Benchmark of `/find` (the member directory) on real PostgreSQL (not a test): the real command catalogue and
 * dispatcher, the core on the drizzle repositories, for clubs of 10,000 and 100,000 members bulk-loaded with
 * COPY (support/seed-postgres.ts), a member with access searching in Chinese and English. Baseline, measured
 * in the same run on the same database: an `ILIKE` page on the trigram-indexed directory text (what a plain
 * substring search would cost, without meaning, ranking or access rules).
 *
 *   eval "$(scripts/services.sh start)"; export DATABASE_URL
 *   node --import tsx test/bench/find.bench.ts                  # 10,000 and 100,000 members
 *   node --import tsx test/bench/find.bench.ts --sizes 10000    # one size
 *   node --import tsx test/bench/find.bench.ts --smoke          # 200 and 400 members, targets not enforced
 *
 * Targets (issue 11): p95 < 500 ms at 100,000 members; the longest event-loop block while `/find` runs
 * < 100 ms. The issue asks for CPU time or ratios, not wall time, and on a shared 2-core machine wall time
 * mostly measures the other processes: so the targets are checked on this process's CPU time — per call
 * (`process.cpuUsage`), and per event-loop turn (a 5 ms timer records the CPU used between its ticks: the
 * longest such stretch is the longest block). Wall-clock p95 and `perf_hooks.monitorEventLoopDelay` (10 ms
 * resolution) are reported beside them, with the load average.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type Caller, catalogue, createDispatcher } from '../../packages/commands/src/index.js';
import { createCore } from '../../packages/core/src/index.js';
import { createTestPorts } from '../../packages/core/src/testing/index.js';
import { createDrizzleRepositories } from '../../packages/db/src/index.js';
import { createReport, percentile } from './support/report.js';
import { BENCH_GUILD, discordUserId, seedPostgresIsolated } from './support/seed-postgres.js';

const smoke = process.argv.includes('--smoke');
function sizesArg(): number[] {
  const at = process.argv.indexOf('--sizes');
  if (at < 0) return smoke ? [200, 400] : [10_000, 100_000];
  const sizes = (process.argv[at + 1] ?? '').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes members counts: 10000,100000');
  return sizes;
}
const SIZES = sizesArg();
const RUNS = smoke ? 4 : 40;
const P95_LIMIT_MS = 500;
const BLOCK_LIMIT_MS = 100;

/** What members type: meaning in both languages, a name, filters. `like` is the baseline's substring. */
const SEARCHES: readonly { readonly options: Record<string, string>; readonly like: string }[] = [
  { options: { words: '货代' }, like: '货运代理' },
  { options: { words: 'freight forwarding' }, like: 'freight forwarding' },
  { options: { words: '跨境电商卖家' }, like: '跨境电商卖家' },
  { options: { words: 'customs clearance', region: '深圳' }, like: 'customs clearance' },
  { options: { words: 'Amazon' }, like: 'amazon' },
  { options: { words: 'garcia' }, like: 'garcia' },
  { options: { industry: '物流', region: 'Germany' }, like: 'logistics' },
  { options: { words: '小红书推广' }, like: '小红书推广' },
];

/**
 * The longest stretch of CPU time between two ticks of a 5 ms timer: while JavaScript runs without yielding the
 * timer cannot fire, so this is the longest event-loop block measured in CPU time (GC and libuv threads
 * included, so an upper bound), unaffected by other processes taking the cores.
 */
function cpuBlockSampler(): { start(): void; stop(): void; longestMs(): number } {
  let longest = 0;
  let timer: NodeJS.Timeout | null = null;
  let last = process.cpuUsage();
  const tick = () => {
    const used = process.cpuUsage(last);
    longest = Math.max(longest, (used.user + used.system) / 1000);
    last = process.cpuUsage();
  };
  return {
    start() {
      last = process.cpuUsage();
      timer = setInterval(tick, 5);
    },
    stop() {
      if (timer) clearInterval(timer);
      tick();
      timer = null;
    },
    longestMs: () => longest,
  };
}

async function main(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
  const report = createReport('find', { smoke });
  const largest = Math.max(...SIZES);
  for (const size of SIZES) {
    const club = await seedPostgresIsolated({
      serverUrl,
      members: size,
      log: (line) => console.log(`  seed ${size}: ${line}`),
    });
    try {
      const ports = createTestPorts(createDrizzleRepositories(club.handle.db));
      ports.clock.set(club.now.toISOString());
      const core = createCore(ports);
      const dispatcher = createDispatcher({ core, commands: catalogue });
      const sql = club.handle.client;
      // A searcher with access and a Discord account (even positions have one).
      const [searcher] = await sql`select m.handle from members m join platform_accounts a on a.member_id = m.id
        where m.community_id = ${club.communityId} and m.latest_end > now() + interval '60 days' and m.handle <> 'owner'
        order by m.handle limit 1`;
      const position = Number(String(searcher?.handle).replace('member', ''));
      const caller: Caller = {
        platform: 'discord',
        workspaceId: BENCH_GUILD,
        userId: discordUserId(position),
        userName: String(searcher?.handle),
        locale: 'zh-CN',
      };
      const find = async (options: Record<string, string>) => {
        const reply = await dispatcher.dispatch({ type: 'command', caller, name: 'find', options });
        if (reply.kind !== 'message' || reply.tone === 'error')
          throw new Error(`/find failed: ${JSON.stringify(reply)}`);
        return reply;
      };
      const baseline = (like: string) =>
        sql`select m.id, m.display_name, p.company, p.offers from profiles p
          join members m on m.id = p.member_id and m.community_id = p.community_id
          where p.community_id = ${club.communityId} and m.deleted_at is null
            and (p.search_text ilike ${`%${like}%`} or m.display_name_lower ilike ${`%${like}%`})
          order by p.updated_at desc limit 9`;

      // Warm-up (compiles the vocabulary, fills the pool), and a check that searches find people.
      let hits = 0;
      for (const s of SEARCHES) {
        const reply = await find(s.options);
        hits += 'items' in reply ? (reply.items?.length ?? 0) : 0;
        await baseline(s.like);
      }
      if (hits === 0) throw new Error('no search found anybody');

      const ours: number[] = [];
      const oursCpu: number[] = [];
      const base: number[] = [];
      const delay = monitorEventLoopDelay({ resolution: 10 });
      const blocks = cpuBlockSampler();
      for (let i = 0; i < RUNS; i++) {
        const s = SEARCHES[i % SEARCHES.length]!;
        delay.enable();
        blocks.start();
        const cpu = process.cpuUsage();
        let start = performance.now();
        await find(s.options);
        ours.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        oursCpu.push((used.user + used.system) / 1000);
        blocks.stop();
        delay.disable();
        start = performance.now();
        await baseline(s.like);
        base.push(performance.now() - start);
      }
      const p95 = percentile(ours, 95);
      const b95 = percentile(base, 95);
      const cpu95 = percentile(oursCpu, 95);
      const blockMs = delay.max / 1e6;
      const blockCpuMs = blocks.longestMs();
      const large = size === largest && largest >= 100_000;
      report.add({
        measure: '/find p95 (CPU time)',
        size,
        ours: cpu95,
        targets: large ? [{ text: `p95 < ${P95_LIMIT_MS} ms`, ok: cpu95 < P95_LIMIT_MS }] : [],
      });
      report.add({ measure: '/find p95 (wall, vs ILIKE page)', size, ours: p95, baseline: b95 });
      report.add({
        measure: 'longest event-loop block (CPU time)',
        size,
        ours: blockCpuMs,
        targets: [{ text: `< ${BLOCK_LIMIT_MS} ms`, ok: blockCpuMs < BLOCK_LIMIT_MS }],
      });
      report.add({ measure: 'longest event-loop delay (wall)', size, ours: blockMs });
      console.log(
        `${size} /find: p50 ${percentile(ours, 50).toFixed(1)} ms (ILIKE ${percentile(base, 50).toFixed(1)} ms), ` +
          `p95 ${p95.toFixed(1)} ms (ILIKE ${b95.toFixed(1)} ms), CPU p95 ${cpu95.toFixed(1)} ms, ` +
          `longest block ${blockCpuMs.toFixed(1)} ms CPU / ${blockMs.toFixed(1)} ms wall`,
      );
    } finally {
      await club.drop();
    }
  }
  if (SIZES.length > 1) {
    report.growth('/find p95 (CPU time)', Math.min(...SIZES), largest);
    report.growth('/find p95 (wall, vs ILIKE page)', Math.min(...SIZES), largest);
  }
  report.note(
    `${RUNS} sequential /find calls per size over ${SEARCHES.length} searches, each followed by its baseline`,
  );
  report.note('growth is shown for information: issue 11 sets no growth target for /find');
  await report.finish();
}

await main();
