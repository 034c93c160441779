/**
 * Benchmark: the access check (权限校对, core `reconcileAccess`) of a club of N members (default 10,000; half of
 * them linked on Discord) on real PostgreSQL (bulk-loaded with COPY), against the fake Discord enforcing Discord's
 * global limit of 50 requests/s, through what production runs: `DiscordRoleRoster` listing the guild 1,000 members
 * a page, `DiscordRoleSync` giving and taking the role, discord.js REST paced by the Redis call limiter at 45
 * calls/s per bot. The fake runs in a child process (support/fake-discord-process.ts): Discord's servers are not in
 * our process, so the fake's CPU and heap are not charged to the check. About 2% of the linked accounts differ from what they should be: roles removed by hand
 * (grants), roles kept after the membership ended (revokes), roles given to non-members (reported only).
 *
 *   eval "$(scripts/services.sh start)"; export DATABASE_URL REDIS_URL
 *   node --import tsx test/bench/access-reconcile.bench.ts                    # 10,000 members
 *   node --import tsx test/bench/access-reconcile.bench.ts --members 100000
 *   node --import tsx test/bench/access-reconcile.bench.ts --smoke            # 400 members, targets not enforced
 *
 * Baseline (measured in the same run): the least any check can cost — the hand-written SQL that computes the
 * whole diff in one statement from the listed holders, plus the time Discord's limit needs for the listing
 * pages and one call per difference (calls / 50 per second). Targets: calls <= differences + listing pages,
 * every difference fixed (a second run changes nothing), manual grants reported and left, and the check within
 * 1.5x the baseline.
 */
import { type AccessRoster, createCore, randomIds, systemClock } from '../../packages/core/src/index.js';
import { createTestPorts } from '../../packages/core/src/testing/index.js';
import { createDrizzleRepositories } from '../../packages/db/src/index.js';
import { createDiscordRest, DiscordRoleRoster, DiscordRoleSync } from '../../packages/discord/src/index.js';
import { Redis } from '../../packages/rate-limit/node_modules/ioredis/built/index.js';
import { MemoryCallLimiter, RedisCallLimiter } from '../../packages/rate-limit/src/index.js';
import { startFakeDiscordProcess } from './support/fake-discord-process.js';
import { createReport, percentile, sample } from './support/report.js';
import { seedPostgres } from './support/seed-postgres.js';

const smoke = process.argv.includes('--smoke');
function argNumber(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}
const MEMBERS = argNumber('--members', smoke ? 400 : 10_000);
const DISCORD_LIMIT = 50;
const MAX_RATIO = 1.5;
const DAY = 86_400_000;

/** Milliseconds the check spent waiting for listing pages (the rest of a run is ours: SQL, logic, role calls). */
let listingWaitMs = 0;
function waitedOn(roster: AccessRoster): AccessRoster {
  return {
    failureReason: (platform, error) => roster.failureReason(platform, error),
    async roster(platform, workspaceId) {
      const listing = await roster.roster(platform, workspaceId);
      if (!listing) return null;
      async function* pages() {
        const iterator = listing?.pages[Symbol.asyncIterator]();
        for (;;) {
          const started = performance.now();
          const next = await iterator?.next();
          listingWaitMs += performance.now() - started;
          if (!next || next.done) return;
          yield next.value;
        }
      }
      return { ...listing, pages: pages() };
    },
  };
}

const serverUrl = process.env['DATABASE_URL'];
const redisUrl = process.env['REDIS_URL'];
if (!serverUrl || !redisUrl)
  throw new Error('DATABASE_URL and REDIS_URL must be set (eval "$(scripts/services.sh start)")');

async function main(): Promise<void> {
  const report = createReport('access-reconcile', { smoke });
  const log = (line: string) => console.log(`[access-reconcile] ${line}`);
  const club = await seedPostgres({
    serverUrl: serverUrl as string,
    members: MEMBERS,
    prefix: 'snowball_bench_access',
  });
  // In a child process of its own, as Discord's servers are elsewhere: its CPU and heap are not ours.
  const fake = await startFakeDiscordProcess({ globalRateLimit: DISCORD_LIMIT });
  const limiterRedis = new Redis(redisUrl as string, { maxRetriesPerRequest: null });
  try {
    log(`seeded ${club.memberIds.length} members in ${(club.seedMs / 1000).toFixed(1)} s`);
    const sql = (club.handle as unknown as { client: { unsafe: (q: string, p?: unknown[]) => Promise<unknown[]> } })
      .client;
    const guild = fake.guild.id;
    const role = fake.guild.memberRoleId;
    // The seeded guild becomes the fake's (its ids are numeric snowflakes there).
    await sql.unsafe(`update workspaces set workspace_id = $1 where platform = 'discord'`, [guild]);
    await sql.unsafe(`update platform_accounts set workspace_id = $1 where platform = 'discord'`, [guild]);
    await sql.unsafe('analyze');
    const now = new Date();
    const accessAfter = new Date(now.getTime() - 7 * DAY);
    const rows = (await sql.unsafe(
      `select a.platform_user_id as id, coalesce(m.latest_end > $1, false) as access, m.latest_end is not null as paid
       from platform_accounts a join members m on m.id = a.member_id
       where a.community_id = $2 order by a.platform_user_id`,
      [accessAfter.toISOString(), club.communityId],
    )) as { id: string; access: boolean; paid: boolean }[];
    // Those whose membership ended (not the never paid, whose role would be a manual grant).
    const ended = (r: { access: boolean; paid: boolean }, i: number) =>
      !r.access && r.paid && (i % 100 === 7 || i % 100 === 8);

    // The platform as it stands: every linked person is on the server; members with access hold the role, except
    // 1% whose role a human removed; 1% of those whose membership ended still hold it; and 0.5% as many
    // non-members got the role by hand.
    let expectGrants = 0;
    let expectRevokes = 0;
    const users: string[] = [];
    const roleHolders: string[] = [];
    rows.forEach((row, i) => {
      users.push(row.id);
      if (row.access) {
        if (i % 100 === 7) expectGrants += 1;
        else roleHolders.push(row.id);
      } else if (ended(row, i)) {
        roleHolders.push(row.id);
        expectRevokes += 1;
      }
    });
    const strangers = Math.max(1, Math.floor(rows.length / 200));
    for (let i = 0; i < strangers; i++) {
      const id = String(900_000_000_000_000_000n + BigInt(i));
      users.push(id);
      roleHolders.push(id);
    }
    await fake.seed(users, roleHolders);
    const onServer = rows.length + strangers;
    const listingPages = Math.floor(onServer / 1000) + 1;
    const differences = expectGrants + expectRevokes;
    log(`${rows.length} linked, ${differences} differences, ${strangers} manual grants, ${listingPages} listing pages`);

    const limiter = new RedisCallLimiter(limiterRedis, {
      prefix: `bench-access-${process.pid}-${Date.now()}`,
      fallback: new MemoryCallLimiter(),
    });
    const rest = createDiscordRest({ token: fake.token, apiUrl: fake.url, limiter });
    const repos = createDrizzleRepositories(club.handle.db);
    // What the listing alone costs here (the fake's answers, discord.js, the pace), for reading the figures.
    const roster = new DiscordRoleRoster(rest, () => role);
    const listStarted = performance.now();
    const listing = await roster.roster('discord', guild);
    for await (const _page of listing?.pages ?? []) {
      // Pages are only fetched.
    }
    const listingMs = performance.now() - listStarted;
    log(`listing alone: ${(listingMs / 1000).toFixed(1)} s`);
    const core = createCore({
      ...createTestPorts(repos),
      clock: systemClock,
      ids: randomIds,
      roleSync: new DiscordRoleSync(rest, () => role),
      accessRoster: waitedOn(roster),
    });

    // The hand-written SQL of the whole diff in one statement, from the holders the listing gives.
    const holders = [
      ...rows.filter((r, i) => (r.access ? i % 100 !== 7 : ended(r, i))).map((r) => r.id),
      ...Array.from({ length: strangers }, (_, i) => String(900_000_000_000_000_000n + BigInt(i))),
    ];
    const diffQuery = () =>
      sql.unsafe(
        `with holders as materialized (select distinct id from unnest($1::text[]) as h(id))
       select a.platform_user_id, 'grant' as change
         from platform_accounts a
         join members m on m.id = a.member_id
         left join holders h on h.id = a.platform_user_id
         where a.community_id = $2 and a.platform = 'discord' and a.workspace_id = $3
           and m.deleted_at is null and m.latest_end > $4 and h.id is null
       union all
       select h.id, 'revoke'
         from holders h
         join platform_accounts a on a.platform = 'discord' and a.workspace_id = $3 and a.platform_user_id = h.id
         join members m on m.id = a.member_id
         where a.community_id = $2 and (m.deleted_at is not null or m.latest_end <= $4)`,
        [holders, club.communityId, guild, accessAfter.toISOString()],
      );
    const diff = await diffQuery();
    // The median of 5 warm runs: the least the database needs for the diff.
    const sqlMs = percentile(await sample(diffQuery, 5, 1), 50);
    const callsAtLimit = listingPages + differences;
    const baselineMs = sqlMs + (callsAtLimit * 1000) / DISCORD_LIMIT;
    log(`hand-written diff: ${diff.length} rows in ${sqlMs.toFixed(0)} ms`);

    const { total: callsBefore, refused: refusedBefore } = await fake.calls(0);
    listingWaitMs = 0;
    const started = performance.now();
    const run = await core.reconcileAccess({ communityId: club.communityId });
    const oursMs = performance.now() - started;
    const firstWaitMs = listingWaitMs;
    const firstCalls = await fake.calls(callsBefore);
    const calls = firstCalls.routes;
    const count = (route: string) => calls.filter((c) => c === route).length;
    const granted = run?.workspaces[0]?.granted ?? 0;
    const revoked = run?.workspaces[0]?.revoked ?? 0;
    const reported = run?.workspaces[0]?.reported ?? 0;
    log(
      `check: ${(oursMs / 1000).toFixed(1)} s, ${calls.length} calls (${count('listGuildMembers')} listing, ` +
        `${granted} granted, ${revoked} revoked, ${reported} reported, ${run?.failures.length ?? 0} failed)`,
    );

    const secondBefore = firstCalls.total;
    listingWaitMs = 0;
    const secondStarted = performance.now();
    const second = await core.reconcileAccess({ communityId: club.communityId });
    const secondMs = performance.now() - secondStarted;
    const secondWaitMs = listingWaitMs;
    log(
      `nothing to fix: ${(secondMs / 1000).toFixed(1)} s, of which ${(secondWaitMs / 1000).toFixed(1)} s waiting for pages`,
    );
    const secondCalls = await fake.calls(secondBefore);
    const secondChanges = secondCalls.routes.filter((c) => c !== 'listGuildMembers').length;

    report.add({
      measure: 'access check, first run',
      size: MEMBERS,
      ours: oursMs,
      baseline: baselineMs,
      targets: [
        { text: `<= ${MAX_RATIO}x (SQL diff + calls at Discord's 50/s)`, ok: oursMs <= MAX_RATIO * baselineMs },
        { text: 'calls <= differences + listing', ok: calls.length <= differences + listingPages },
        {
          text: 'every difference fixed',
          ok: granted === expectGrants && revoked === expectRevokes && (run?.failures.length ?? 1) === 0,
        },
        { text: 'manual grants reported, left', ok: reported === strangers },
        { text: 'no 429', ok: firstCalls.refused === refusedBefore },
      ],
    });
    report.add({
      measure: 'access check, nothing to fix',
      size: MEMBERS,
      ours: secondMs,
      baseline: sqlMs + (listingPages * 1000) / DISCORD_LIMIT,
      targets: [
        { text: 'no role change', ok: secondChanges === 0 && (second?.workspaces[0]?.granted ?? 1) === 0 },
        {
          text: `<= ${MAX_RATIO}x (SQL diff + listing at 50/s)`,
          ok: secondMs <= MAX_RATIO * (sqlMs + (listingPages * 1000) / DISCORD_LIMIT),
        },
      ],
    });
    report.note(
      `${rows.length} linked accounts, ${differences} differences, ${strangers} manual grants, ${listingPages} listing pages; ` +
        `hand-written SQL diff ${sqlMs.toFixed(0)} ms; listing alone ${listingMs.toFixed(0)} ms; ` +
        `waiting for listing pages ${firstWaitMs.toFixed(0)} ms (first run), ${secondWaitMs.toFixed(0)} ms (nothing to fix); ` +
        `Discord limit ${DISCORD_LIMIT}/s, paced at 45/s`,
    );
    await report.finish();
  } finally {
    limiterRedis.disconnect();
    await fake.close();
    await club.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
