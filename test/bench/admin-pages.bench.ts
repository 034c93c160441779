/**
 * Benchmark of the admin panel's pages on real PostgreSQL (not a test): the members page (page 1, a search, a
 * deep page) and the dashboard, through the core use cases the admin API calls (`listMembers`, `getDashboard`)
 * on the drizzle repositories, for clubs of 10,000 and 100,000 members bulk-loaded with COPY
 * (support/seed-postgres.ts). Baseline, measured in the same run on the same database: the hand-written SQL a
 * person would write for the same answer on the same tables (trigram LIKE for the search, a keyset page for
 * the deep page, one aggregate statement for the dashboard).
 *
 *   eval "$(scripts/services.sh start)"; export DATABASE_URL
 *   node --import tsx test/bench/admin-pages.bench.ts                  # 10,000 and 100,000 members
 *   node --import tsx test/bench/admin-pages.bench.ts --sizes 10000    # one size
 *   node --import tsx test/bench/admin-pages.bench.ts --smoke          # 200 and 400 members, targets not enforced
 *
 * Targets (issue 11): p95 < 300 ms at 100,000 members; ours ≤ 2× the SQL (p95); growth 10k→100k ≤ 2× (p95).
 * Every call runs one after the other (no concurrency): the figures are the cost of one page.
 */
import { createCore, type Dashboard, type MemberListItem } from '../../packages/core/src/index.js';
import { createTestPorts } from '../../packages/core/src/testing/index.js';
import { createDrizzleRepositories } from '../../packages/db/src/index.js';
import { createReport, percentile, sample } from './support/report.js';
import { type SeededClub, seedPostgresIsolated } from './support/seed-postgres.js';

const smoke = process.argv.includes('--smoke');
function sizesArg(): number[] {
  const at = process.argv.indexOf('--sizes');
  if (at < 0) return smoke ? [200, 400] : [10_000, 100_000];
  const sizes = (process.argv[at + 1] ?? '').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes members counts: 10000,100000');
  return sizes;
}
const SIZES = sizesArg();
const RUNS = smoke ? 3 : 40;
const P95_LIMIT_MS = 300;
const MAX_RATIO = 2;
const MAX_GROWTH = 2;
const PAGE = 25;
/** A surname of about one English member in eleven (support/seed-postgres.ts). */
const SEARCH = 'garcia';

interface Measure {
  readonly name: string;
  ours(): Promise<unknown>;
  baseline(): Promise<unknown>;
}

function measures(club: SeededClub): Measure[] {
  const ports = createTestPorts(createDrizzleRepositories(club.handle.db));
  ports.clock.set(club.now.toISOString());
  const core = createCore(ports);
  const communityId = club.communityId;
  const actor = { kind: 'member', communityId, memberId: club.ownerId, roles: ['owner'] } as const;
  const sql = club.handle.client;
  const deepOffset = Math.floor(club.memberIds.length * 0.9);
  const now = club.now;
  const DAY = 86_400_000;

  // Hand-written SQL on the same tables, as a person would write it without our repositories.
  const page = (where: string, params: unknown[]) =>
    Promise.all([
      sql.unsafe(
        `select m.*, (select max(p.ends_at) from membership_periods p where p.community_id = m.community_id and p.member_id = m.id) as latest
         from members m where m.community_id = $1 and m.deleted_at is null ${where}
         order by m.created_at desc, m.id desc limit ${PAGE}`,
        [communityId, ...params] as never[],
      ),
      sql.unsafe(`select count(*) from members m where m.community_id = $1 and m.deleted_at is null ${where}`, [
        communityId,
        ...params,
      ] as never[]),
    ]);
  let cursor: { createdAt: string; id: string } | null = null;
  let deepCursor: string | null = null;

  return [
    {
      name: 'members page 1',
      ours: () => core.listMembers({ actor, communityId, limit: PAGE }),
      baseline: () => page('', []),
    },
    {
      name: 'members search',
      ours: () => core.listMembers({ actor, communityId, search: SEARCH, limit: PAGE }),
      baseline: () =>
        page(`and (m.display_name_lower like $2 or m.handle_lower like $2 or m.email_lower like $2)`, [`%${SEARCH}%`]),
    },
    {
      name: 'members deep page (90%, keyset)',
      // The panel pages forward with the previous page's cursor (found once, outside timing).
      ours: async () => {
        if (!deepCursor) {
          const before = await core.listMembers({ actor, communityId, limit: 1, offset: deepOffset - 1 });
          deepCursor = before.nextCursor;
        }
        return core.listMembers({ actor, communityId, limit: PAGE, after: deepCursor });
      },
      baseline: async () => {
        // A keyset page: the row before the page is known from the previous page (found once, outside timing).
        if (!cursor) {
          const [row] = await sql`select created_at, id from members where community_id = ${communityId}
            and deleted_at is null order by created_at desc, id desc offset ${deepOffset - 1} limit 1`;
          cursor = { createdAt: String(row?.created_at), id: row?.id as string };
        }
        return page('and (m.created_at, m.id) < ($2, $3)', [cursor.createdAt, cursor.id]);
      },
    },
    {
      name: 'dashboard',
      ours: () => core.getDashboard({ actor, communityId }),
      baseline: () =>
        sql.unsafe(
          `with ends as (
             select p.member_id, max(p.ends_at) as e from membership_periods p
             join members m on m.id = p.member_id and m.deleted_at is null
             where p.community_id = $1 group by p.member_id)
           select
             (select count(*) from members where community_id = $1 and deleted_at is null) - (select count(*) from ends) as none,
             (select count(*) from ends where e > $3) as active,
             (select count(*) from ends where e > $2 and e <= $3) as expiring,
             (select count(*) from ends where e > $4 and e <= $2) as grace,
             (select count(*) from ends where e <= $4) as lapsed,
             (select count(*) from ends where e > $2 and e <= $6) as due,
             (select json_agg(x) from (select e.member_id, m.display_name, e.e from ends e join members m on m.id = e.member_id
               where e.e > $2 and e.e <= $6 order by e.e, e.member_id limit 5) x) as next,
             (select count(distinct c.member_id) from contributions c join ends on ends.member_id = c.member_id
               where c.community_id = $1 and c.at >= $5 and c.at < $2 and ends.e > $4) as contributors,
             (select count(*) from ends where e > $4) as with_access,
             (select count(*) from applications where community_id = $1 and status = 'pending') as pending,
             (select count(*) from applications where community_id = $1 and status = 'info_requested') as info,
             (select count(*) from questions where community_id = $1 and status = 'open') as open,
             (select count(*) from questions where community_id = $1 and status = 'claimed') as claimed,
             (select count(*) filter (where status = 'introduced') from introductions where community_id = $1
               and coalesce(introduced_at, created_at) >= $7) as made,
             (select json_agg(x) from (select currency, sum(amount_minor), count(*) from deals
               where community_id = $1 and closed_at >= $7 and closed_at <= $2 group by currency) x) as deals`,
          [
            communityId,
            now,
            new Date(now.getTime() + 30 * DAY),
            new Date(now.getTime() - 7 * DAY),
            new Date(now.getTime() - 30 * DAY),
            new Date(now.getTime() + 30 * DAY),
            new Date(Date.UTC(now.getUTCFullYear(), 0, 1)),
          ].map((v) => (v instanceof Date ? v.toISOString() : v)) as never[],
        ),
    },
  ];
}

async function main(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
  const report = createReport('admin-pages', { smoke });
  const largest = Math.max(...SIZES);
  for (const size of SIZES) {
    const club = await seedPostgresIsolated({
      serverUrl,
      members: size,
      log: (line) => console.log(`  seed ${size}: ${line}`),
    });
    try {
      const list = measures(club);
      // Sanity: the pages answer what they should before anything is timed.
      const first = (await list[0]!.ours()) as { items: readonly MemberListItem[]; total: number };
      if (first.items.length !== PAGE || first.total !== club.memberIds.length) {
        throw new Error(`members page 1: ${first.items.length} items of ${first.total}`);
      }
      const found = (await list[1]!.ours()) as { total: number };
      if (found.total === 0) throw new Error(`search "${SEARCH}" found nobody`);
      const dashboard = (await list[3]!.ours()) as Dashboard;
      const counted = Object.values(dashboard.members).reduce((a, b) => a + b, 0);
      if (counted !== club.memberIds.length) throw new Error(`dashboard counts ${counted} members`);

      for (const m of list) {
        // Interleave ours and the baseline so a busy moment hits both alike.
        const ours: number[] = [];
        const base: number[] = [];
        await sample(m.ours, 0, 3);
        await sample(m.baseline, 0, 3);
        for (let i = 0; i < RUNS; i++) {
          ours.push(...(await sample(m.ours, 1, 0)));
          base.push(...(await sample(m.baseline, 1, 0)));
        }
        const p95 = percentile(ours, 95);
        const b95 = percentile(base, 95);
        const targets = [{ text: `<= ${MAX_RATIO}x SQL`, ok: p95 <= MAX_RATIO * b95 }];
        if (size === largest && largest >= 100_000) {
          targets.unshift({ text: `p95 < ${P95_LIMIT_MS} ms`, ok: p95 < P95_LIMIT_MS });
        }
        report.add({ measure: `${m.name} p95`, size, ours: p95, baseline: b95, targets });
        console.log(
          `${size} ${m.name}: p50 ${percentile(ours, 50).toFixed(1)} ms (SQL ${percentile(base, 50).toFixed(1)} ms), p95 ${p95.toFixed(1)} ms (SQL ${b95.toFixed(1)} ms)`,
        );
      }
    } finally {
      await club.drop();
    }
  }
  if (SIZES.length > 1) {
    const small = Math.min(...SIZES);
    for (const m of ['members page 1', 'members search', 'members deep page (90%, keyset)', 'dashboard']) {
      report.growth(`${m} p95`, small, largest, { max: MAX_GROWTH });
    }
  }
  report.note(`${RUNS} sequential calls per measure and size, interleaved with the baseline; p95 in ms`);
  await report.finish();
}

await main();
