/**
 * A club of N members on real PostgreSQL for the benchmarks, fast: a fresh scratch database migrated with our
 * migrator, then bulk-loaded with `COPY ... FROM STDIN` through postgres-js (~0.3 ms per member on 2 cores).
 * Deterministic: the same `seed` and `members` give the same rows (ids included), whatever the machine.
 *
 *   const club = await seedPostgres({ serverUrl: process.env.DATABASE_URL!, members: 10_000 });
 *   // club.url (the scratch database), club.handle (an open pool + drizzle db), club.communityId, club.ownerId
 *   ...
 *   await club.drop();   // closes the pool and drops the database
 *
 * `seedPostgresIsolated` (same options and result) seeds in a child process, so the garbage of building the
 * rows never pauses the benchmark that runs next: use it when measuring latency, RSS or event-loop delay.
 *
 * What a club holds (proportions of `members`):
 * - one owner (staff role `owner`, a member like the others) and `members` members, created over three years,
 *   names in Chinese (every third) and English; a Discord account for half of them;
 * - memberships: ~80% active, ~5% expiring (within the club's 30 days), ~3% in grace, ~7% lapsed, ~5% with none;
 *   a payment for nine in ten periods;
 * - profiles for ~90% (Chinese for every third member, English otherwise, some mixed) with company, role,
 *   industry, region, skills, offers and needs drawn from a trade/logistics/tech vocabulary; visibility mostly
 *   `members`, ~5% `staff`, ~2% `hidden`;
 * - ~1 contribution per member, questions for 1 in 20, introductions for 1 in 4 (distinct pairs).
 *
 * `onProfile` lets a caller add column values computed from a profile (e.g. search keys) without this file
 * knowing them: return `{ column: value }` for extra `profiles` columns (arrays as JS string arrays).
 */
import { fork } from 'node:child_process';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DEFAULT_SETTINGS,
  DIRECTORY_INDEX_VERSION,
  directoryIndex,
  directoryText,
  emptyProfile,
} from '../../../packages/core/src/index.js';
import {
  type DatabaseHandle,
  openDatabase,
  type PostgresHandle,
  runMigrations,
} from '../../../packages/db/src/index.js';
import { createScratchDatabase } from '../../../packages/db/src/testing/index.js';

export interface SeedOptions {
  /** A PostgreSQL server URL (DATABASE_URL); a scratch database is created on it. */
  readonly serverUrl: string;
  readonly members: number;
  /** Same seed, same club (default 1). */
  readonly seed?: number;
  /** Membership dates are relative to this instant (default: now). */
  readonly now?: Date;
  /** Database name prefix (default `snowball_bench`). */
  readonly prefix?: string;
  /** Pool size of the returned handle (default 10). */
  readonly poolSize?: number;
  /** Extra `profiles` columns computed from each seeded profile. */
  readonly onProfile?: (profile: SeededProfile) => Readonly<Record<string, CopyValue>>;
  /** Progress lines (default: none). */
  readonly log?: (line: string) => void;
}

export interface SeededProfile {
  readonly memberId: string;
  readonly displayName: string;
  readonly handle: string;
  readonly company: string;
  readonly role: string;
  readonly industry: string;
  readonly region: string;
  readonly skills: string;
  readonly offers: string;
  readonly needs: string;
}

export interface SeededClub {
  /** URL of the scratch database. */
  readonly url: string;
  readonly databaseName: string;
  /** An open pool on the scratch database (postgres-js + drizzle). */
  readonly handle: PostgresHandle;
  readonly communityId: string;
  readonly ownerId: string;
  /** Every member id (owner first), in creation order. */
  readonly memberIds: readonly string[];
  /** Rows written per table. */
  readonly counts: Readonly<Record<string, number>>;
  readonly seedMs: number;
  /** The instant membership dates were computed from. */
  readonly now: Date;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A value COPY can take: null, text, number, boolean, Date, a string array (text[]/uuid[]) or JSON (jsonb). */
export type CopyValue = string | number | boolean | Date | null | readonly string[] | { readonly json: unknown };

const DAY = 86_400_000;

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(next: () => number): string {
  const hex = (n: number) =>
    Math.floor(n * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  const h = hex(next()) + hex(next()) + hex(next()) + hex(next());
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Number.parseInt(h[16] ?? '0', 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function escapeCopy(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** One line of COPY text format. */
export function copyLine(values: readonly CopyValue[]): string {
  return `${values
    .map((v) => {
      if (v === null) return '\\N';
      if (v instanceof Date) return v.toISOString();
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      if (typeof v === 'string') return escapeCopy(v);
      if (Array.isArray(v)) return escapeCopy(arrayLiteral(v as readonly string[]));
      return escapeCopy(JSON.stringify((v as { json: unknown }).json));
    })
    .join('\t')}\n`;
}

/**
 * Streams rows into `table (columns)` with COPY FROM STDIN, in chunks of ~1,000 lines. Identifiers are
 * checked, not quoted: only the benchmarks' fixed names go here.
 */
export async function copyRows(
  handle: PostgresHandle,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  for (const name of [table, ...columns]) if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad name ${name}`);
  let count = 0;
  function* chunks() {
    let buffer = '';
    let lines = 0;
    for (const row of rows) {
      if (row.length !== columns.length)
        throw new Error(`${table}: ${row.length} values for ${columns.length} columns`);
      buffer += copyLine(row);
      count++;
      if (++lines === 1000) {
        yield buffer;
        buffer = '';
        lines = 0;
      }
    }
    if (buffer) yield buffer;
  }
  const writable = await handle.client.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
  await pipeline(Readable.from(chunks()), writable);
  return count;
}

// --- vocabulary of the seeded club ---

const EN_FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mateo', 'Chloe', 'Arjun'];
const EN_LAST = ['Smith', 'Garcia', 'Nguyen', 'Müller', 'Rossi', 'Tanaka', 'Kim', 'Patel', 'Silva', 'Cohen', 'Brown'];
/** Made-up surnames (400) so a name search is as selective as in a real club; one in ten uses EN_LAST. */
const SYLLABLE_A = [
  'Ka',
  'Do',
  'Mer',
  'Lo',
  'Ber',
  'Sa',
  'Ta',
  'Vin',
  'Hol',
  'Ra',
  'Fen',
  'Gri',
  'Mo',
  'Ne',
  'Pa',
  'Stro',
  'Ul',
  'We',
  'Zan',
  'Cor',
];
const SYLLABLE_B = [
  'lmer',
  'reno',
  'wick',
  'vani',
  'stad',
  'ford',
  'ley',
  'mann',
  'sson',
  'tini',
  'dez',
  'gard',
  'row',
  'lund',
  'quist',
  'berg',
  'ton',
  'shaw',
  'rell',
  'nik',
];
const ZH_SURNAME = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const ZH_GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
];

interface Trade {
  readonly industry: [string, string];
  readonly company: [string, string];
  readonly roles: readonly [string, string][];
  readonly skills: readonly [string, string][];
  readonly offers: readonly [string, string][];
  readonly needs: readonly [string, string][];
}

const TRADES: readonly Trade[] = [
  {
    industry: ['Logistics', '物流'],
    company: ['Freight', '物流'],
    roles: [
      ['Founder', '创始人'],
      ['Operations manager', '运营经理'],
    ],
    skills: [
      ['freight forwarding', '货运代理'],
      ['customs clearance', '清关'],
      ['warehousing', '仓储'],
    ],
    offers: [
      ['international shipping to Southeast Asia', '东南亚国际货运'],
      ['overseas warehouse in Germany', '德国海外仓'],
    ],
    needs: [
      ['cross-border e-commerce sellers', '跨境电商卖家'],
      ['factories exporting to Europe', '出口欧洲的工厂'],
    ],
  },
  {
    industry: ['E-commerce', '电商'],
    company: ['Trading', '贸易'],
    roles: [
      ['CEO', '总经理'],
      ['Head of growth', '增长负责人'],
    ],
    skills: [
      ['Amazon store operations', '亚马逊店铺运营'],
      ['TikTok Shop', '抖音小店'],
      ['product sourcing', '选品采购'],
    ],
    offers: [
      ['marketplace consulting', '电商平台咨询'],
      ['live-stream selling', '直播带货'],
    ],
    needs: [
      ['reliable suppliers', '靠谱的供应商'],
      ['international shipping', '国际物流'],
      ['payment solutions', '跨境支付'],
    ],
  },
  {
    industry: ['Manufacturing', '制造业'],
    company: ['Industrial', '实业'],
    roles: [
      ['Plant director', '厂长'],
      ['Sales director', '销售总监'],
    ],
    skills: [
      ['injection molding', '注塑'],
      ['CNC machining', '数控加工'],
      ['quality control', '质量管理'],
    ],
    offers: [
      ['OEM production', '代工生产'],
      ['small batch prototyping', '小批量打样'],
    ],
    needs: [
      ['overseas distributors', '海外经销商'],
      ['export customers', '外贸客户'],
    ],
  },
  {
    industry: ['Software', '软件'],
    company: ['Tech', '科技'],
    roles: [
      ['CTO', '技术总监'],
      ['Product manager', '产品经理'],
    ],
    skills: [
      ['SaaS development', 'SaaS开发'],
      ['data analytics', '数据分析'],
      ['AI applications', '人工智能应用'],
    ],
    offers: [
      ['custom ERP systems', '定制ERP系统'],
      ['mini program development', '小程序开发'],
    ],
    needs: [
      ['enterprise clients', '企业客户'],
      ['angel investment', '天使投资'],
    ],
  },
  {
    industry: ['Marketing', '营销'],
    company: ['Media', '传媒'],
    roles: [
      ['Partner', '合伙人'],
      ['Brand strategist', '品牌策划'],
    ],
    skills: [
      ['brand design', '品牌设计'],
      ['social media marketing', '社交媒体营销'],
      ['SEO', '搜索引擎优化'],
    ],
    offers: [
      ['Xiaohongshu campaigns', '小红书推广'],
      ['overseas brand launch', '海外品牌推广'],
    ],
    needs: [
      ['consumer brands', '消费品牌'],
      ['video production', '视频制作'],
    ],
  },
  {
    industry: ['Finance', '财税'],
    company: ['Advisory', '咨询'],
    roles: [
      ['Accountant', '会计师'],
      ['Tax advisor', '税务顾问'],
    ],
    skills: [
      ['bookkeeping', '代理记账'],
      ['company registration', '公司注册'],
      ['tax planning', '税务筹划'],
    ],
    offers: [
      ['Hong Kong company setup', '香港公司注册'],
      ['VAT filing in Europe', '欧洲增值税申报'],
    ],
    needs: [
      ['startup founders', '创业者'],
      ['export businesses', '外贸企业'],
    ],
  },
];

const REGIONS: readonly [string, string][] = [
  ['Shanghai', '上海'],
  ['Shenzhen', '深圳'],
  ['Hangzhou', '杭州'],
  ['Guangzhou', '广州'],
  ['Beijing', '北京'],
  ['Hong Kong', '香港'],
  ['Singapore', '新加坡'],
  ['Germany', '德国'],
  ['Vietnam', '越南'],
  ['California', '加州'],
];

/** The Discord guild of the seeded club (attached to it), and the Discord user id of the i-th member. */
export const BENCH_GUILD = 'guild-bench';
/** Members at even positions (the owner is 0) have a Discord account. */
export function discordUserId(i: number): string {
  return String(100_000_000_000_000_000n + BigInt(i));
}

/**
 * The directory index of a seeded profile, as the repository computes it on save (`directoryIndex`), from a
 * cache per field value: the seeded values come from small pools, so 100,000 profiles cost a few seconds.
 */
function profileIndexer(): (p: SeededProfile) => { keys: string[]; text: string; version: number } {
  const cache = new Map<string, readonly string[]>();
  const fields = ['company', 'role', 'industry', 'region', 'skills', 'offers', 'needs'] as const;
  const blank = emptyProfile('', '', new Date(0));
  const cached = (cacheKey: string, compute: () => readonly string[]) => {
    let found = cache.get(cacheKey);
    if (!found) {
      found = compute();
      cache.set(cacheKey, found);
    }
    return found;
  };
  return (p) => {
    const keys = new Set<string>();
    for (const field of fields) {
      for (const k of cached(
        `${field}\u0000${p[field]}`,
        () => directoryIndex({ ...blank, [field]: p[field] }, null).keys,
      )) {
        keys.add(k);
      }
    }
    const name = { displayName: p.displayName, handle: p.handle };
    for (const k of cached(
      `name\u0000${p.displayName}`,
      () => directoryIndex(blank, { displayName: p.displayName, handle: '' }).keys,
    )) {
      keys.add(k);
    }
    // Handles are unique (member123): one term each, not worth a cache entry.
    for (const k of directoryIndex(blank, { displayName: '', handle: p.handle }).keys) keys.add(k);
    return { keys: [...keys].sort(), text: directoryText(p, name), version: DIRECTORY_INDEX_VERSION };
  };
}

/** Creates, migrates and fills a scratch database; see the file comment. */
export async function seedPostgres(options: SeedOptions): Promise<SeededClub> {
  const n = options.members;
  if (!Number.isInteger(n) || n < 1) throw new Error('members must be a positive integer');
  const started = performance.now();
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const id = () => uuidFrom(next);

  const scratch = await createScratchDatabase(options.serverUrl, { prefix: options.prefix ?? 'snowball_bench' });
  let handle: DatabaseHandle | null = null;
  try {
    handle = await openDatabase({ url: scratch.url, max: options.poolSize ?? 10 });
    if (handle.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const pg = handle;
    await runMigrations(pg);
    log(`migrated ${scratch.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const communityId = id();
    const counts: Record<string, number> = {};
    // The summaries kept by triggers (members.latest_end, member_tallies) are rebuilt in one statement each
    // after the load, as the migrations that introduced them do; row by row they would triple the load time.
    await pg.client.unsafe('alter table members disable trigger members_tally');
    await pg.client.unsafe('alter table membership_periods disable trigger membership_periods_latest_end');
    const created = new Date(now.getTime() - 3 * 365 * DAY);
    counts.communities = await copyRows(
      pg,
      'communities',
      ['id', 'slug', 'name', 'settings', 'created_at'],
      [[communityId, `bench-${n}`, `Bench Club 测试社群 ${n}`, { json: DEFAULT_SETTINGS }, created]],
    );

    counts.workspaces = await copyRows(
      pg,
      'workspaces',
      ['platform', 'workspace_id', 'community_id'],
      [['discord', BENCH_GUILD, communityId]],
    );

    // Members (owner first), with what the other tables need about each.
    interface Seeded {
      id: string;
      name: string;
      handle: string;
      zh: boolean;
      createdAt: Date;
    }
    const people: Seeded[] = [];
    for (let i = 0; i <= n; i++) {
      const zh = i % 3 === 0;
      const name =
        i === 0
          ? 'Olivia Owner'
          : zh
            ? pick(ZH_SURNAME) + pick(ZH_GIVEN) + pick(ZH_GIVEN)
            : `${pick(EN_FIRST)} ${next() < 0.1 ? pick(EN_LAST) : pick(SYLLABLE_A) + pick(SYLLABLE_B)}`;
      people.push({
        id: id(),
        name,
        handle: i === 0 ? 'owner' : `member${i}`,
        zh,
        createdAt: new Date(created.getTime() + Math.floor(next() * 3 * 365 * DAY)),
      });
    }
    const ownerId = people[0]!.id;
    counts.members = await copyRows(
      pg,
      'members',
      [
        'id',
        'community_id',
        'handle',
        'handle_lower',
        'display_name',
        'display_name_lower',
        'email',
        'email_lower',
        'locale',
        'timezone',
        'reminder_lead_minutes',
        'reminders_muted',
        'matching_excluded',
        'notes',
        'created_at',
        'deleted_at',
      ],
      (function* () {
        for (const p of people) {
          const email = `${p.handle}@example.com`;
          yield [
            p.id,
            communityId,
            p.handle,
            p.handle.toLowerCase(),
            p.name,
            p.name.toLowerCase(),
            email,
            email,
            p.zh ? 'zh-CN' : 'en',
            p.zh ? 'Asia/Shanghai' : null,
            null,
            false,
            false,
            '',
            p.createdAt,
            null,
          ];
        }
      })(),
    );
    log(`members: ${counts.members}`);

    counts.staff_roles = await copyRows(
      pg,
      'staff_roles',
      ['community_id', 'member_id', 'role', 'granted_at'],
      [[communityId, ownerId, 'owner', created]],
    );
    counts.platform_accounts = await copyRows(
      pg,
      'platform_accounts',
      ['platform', 'workspace_id', 'platform_user_id', 'community_id', 'member_id', 'linked_at'],
      (function* () {
        for (let i = 0; i < people.length; i += 2) {
          const p = people[i]!;
          yield [
            'discord',
            'guild-bench',
            String(100_000_000_000_000_000n + BigInt(i)),
            communityId,
            p.id,
            p.createdAt,
          ];
        }
      })(),
    );

    // Memberships and payments: the latest end decides the status.
    const graceDays = DEFAULT_SETTINGS.graceDays;
    const periods: (readonly CopyValue[])[] = [];
    const payments: (readonly CopyValue[])[] = [];
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      const r = i === 0 ? 0 : next();
      let endsAt: Date | null;
      if (r < 0.8) endsAt = new Date(now.getTime() + (31 + Math.floor(next() * 330)) * DAY);
      else if (r < 0.85) endsAt = new Date(now.getTime() + (1 + Math.floor(next() * 28)) * DAY);
      else if (r < 0.88) endsAt = new Date(now.getTime() - (1 + Math.floor(next() * (graceDays - 2))) * DAY);
      else if (r < 0.95) endsAt = new Date(now.getTime() - (graceDays + 1 + Math.floor(next() * 300)) * DAY);
      else endsAt = null;
      if (!endsAt) continue;
      // A renewal for about a third: an earlier initial period, then the one that ends at `endsAt`.
      const starts = [new Date(endsAt.getTime() - 365 * DAY)];
      if (next() < 0.33) starts.unshift(new Date(endsAt.getTime() - 730 * DAY));
      starts.forEach((startsAt, k) => {
        const paid = next() < 0.9;
        const paymentId = paid ? id() : null;
        if (paymentId) {
          payments.push([
            paymentId,
            communityId,
            p.id,
            null,
            DEFAULT_SETTINGS.fee.amountMinor,
            DEFAULT_SETTINGS.fee.currency,
            pick(['bank_transfer', 'wechat_pay', 'alipay', 'card']),
            `REF-${i}-${k}`,
            startsAt,
            ownerId,
            startsAt,
          ]);
        }
        periods.push([
          id(),
          communityId,
          p.id,
          startsAt,
          new Date(startsAt.getTime() + 365 * DAY),
          k === 0 ? 'initial' : 'renewal',
          paymentId,
          startsAt,
        ]);
      });
    }
    counts.payments = await copyRows(
      pg,
      'payments',
      [
        'id',
        'community_id',
        'member_id',
        'application_id',
        'amount_minor',
        'currency',
        'method',
        'reference',
        'paid_at',
        'recorded_by',
        'created_at',
      ],
      payments,
    );
    counts.membership_periods = await copyRows(
      pg,
      'membership_periods',
      ['id', 'community_id', 'member_id', 'starts_at', 'ends_at', 'kind', 'payment_id', 'created_at'],
      periods,
    );
    await pg.client.unsafe(`update members m set latest_end = e.latest_end
      from (select member_id, max(ends_at) as latest_end from membership_periods group by member_id) e
      where e.member_id = m.id`);
    await pg.client.unsafe(`insert into member_tallies (community_id, end_day, members)
      select community_id, coalesce((latest_end at time zone 'UTC')::date, '-infinity'::date), count(*)::int
      from members where deleted_at is null group by 1, 2`);
    await pg.client.unsafe('alter table members enable trigger members_tally');
    await pg.client.unsafe('alter table membership_periods enable trigger membership_periods_latest_end');
    log(`memberships: ${counts.membership_periods}, payments: ${counts.payments}`);

    // Profiles (nine in ten), in the member's language; some English members write a Chinese need.
    const extra: string[] = [];
    const indexOf = profileIndexer();
    const profileRows: (readonly CopyValue[])[] = [];
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      if (i !== 0 && next() < 0.1) continue;
      const trade = pick(TRADES);
      const l = p.zh ? 1 : 0;
      const both = (pair: [string, string]) => pair[l];
      const profile: SeededProfile = {
        memberId: p.id,
        displayName: p.name,
        handle: p.handle,
        company: p.zh
          ? `${pick(REGIONS)[1]}${pick(ZH_GIVEN)}${trade.company[1]}有限公司`
          : `${pick(EN_LAST)} ${trade.company[0]} Ltd`,
        role: both(pick(trade.roles)),
        industry: both(trade.industry),
        region: both(pick(REGIONS)),
        skills: [both(pick(trade.skills)), both(pick(trade.skills))].filter((s, k, a) => a.indexOf(s) === k).join(', '),
        offers: both(pick(trade.offers)),
        needs: !p.zh && next() < 0.15 ? pick(pick(TRADES).needs)[1] : both(pick(pick(TRADES).needs)),
      };
      const index = indexOf(profile);
      const added = options.onProfile?.(profile) ?? {};
      if (extra.length === 0) extra.push(...Object.keys(added));
      const r = next();
      profileRows.push([
        communityId,
        p.id,
        profile.company,
        profile.role,
        profile.industry,
        profile.region,
        profile.skills,
        profile.offers,
        profile.needs,
        pick(['', '100k-1M CNY', '1M+ CNY']),
        { json: p.zh ? ['zh-CN'] : next() < 0.3 ? ['en', 'zh-CN'] : ['en'] },
        p.zh ? 'Asia/Shanghai' : null,
        r < 0.93 ? 'members' : r < 0.98 ? 'staff' : 'hidden',
        next() < 0.9,
        { json: [] },
        null,
        '',
        new Date(p.createdAt.getTime() + Math.floor(next() * 30 * DAY)),
        index.keys,
        index.text,
        index.version,
        ...extra.map((k) => added[k] ?? null),
      ]);
    }
    counts.profiles = await copyRows(
      pg,
      'profiles',
      [
        'community_id',
        'member_id',
        'company',
        'role',
        'industry',
        'region',
        'skills',
        'offers',
        'needs',
        'deal_size',
        'languages',
        'timezone',
        'visibility',
        'matching_opt_in',
        'do_not_pair',
        'snoozed_until',
        'contact_for_intros',
        'updated_at',
        'search_keys',
        'search_text',
        'search_version',
        ...extra,
      ],
      profileRows,
    );
    profileRows.length = 0;
    log(`profiles: ${counts.profiles}`);

    const kinds = ['answer', 'intro', 'deal', 'lesson', 'supplier_tip', 'referral'] as const;
    counts.contributions = await copyRows(
      pg,
      'contributions',
      ['id', 'community_id', 'member_id', 'kind', 'source_id', 'points', 'at'],
      (function* () {
        for (let i = 0; i < n; i++) {
          const p = pick(people);
          yield [
            id(),
            communityId,
            p.id,
            pick(kinds),
            `src-${i}`,
            1 + Math.floor(next() * 5),
            new Date(now.getTime() - Math.floor(next() * 365 * DAY)),
          ];
        }
      })(),
    );
    counts.questions = await copyRows(
      pg,
      'questions',
      [
        'id',
        'community_id',
        'member_id',
        'body',
        'status',
        'claimed_by',
        'answer',
        'answered_by',
        'answered_at',
        'faq',
        'created_at',
      ],
      (function* () {
        for (let i = 0; i < Math.ceil(n / 20); i++) {
          const p = pick(people);
          const answered = next() < 0.7;
          const at = new Date(now.getTime() - Math.floor(next() * 365 * DAY));
          yield [
            id(),
            communityId,
            p.id,
            p.zh ? '如何找到可靠的德国海外仓？' : 'How do I find a reliable freight forwarder to Vietnam?',
            answered ? 'answered' : 'open',
            null,
            answered ? 'Ask in the logistics channel / 请看物流频道' : null,
            answered ? ownerId : null,
            answered ? at : null,
            false,
            at,
          ];
        }
      })(),
    );
    counts.introductions = await copyRows(
      pg,
      'introductions',
      [
        'id',
        'community_id',
        'member_a',
        'member_b',
        'member_low',
        'member_high',
        'answer_a',
        'answer_b',
        'status',
        'score',
        'reason',
        'round_id',
        'introduced_at',
        'follow_up_at',
        'follow_up_outcome',
        'created_at',
      ],
      (function* () {
        // Distinct pairs: consecutive members of a shuffled order.
        const order = people.slice(1).map((p) => p.id);
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        for (let i = 0; i + 1 < order.length && i / 2 < Math.ceil(n / 4); i += 2) {
          const a = order[i]!;
          const b = order[i + 1]!;
          const [low, high] = [a, b].sort();
          const done = next() < 0.6;
          const at = new Date(now.getTime() - Math.floor(next() * 180 * DAY));
          yield [
            id(),
            communityId,
            a,
            b,
            low!,
            high!,
            done ? 'accepted' : 'pending',
            done ? 'accepted' : 'pending',
            done ? 'introduced' : 'proposed',
            Math.round(next() * 1000) / 1000,
            'Logistics meets e-commerce / 物流对接电商',
            `round-${Math.floor(i / 1000)}`,
            done ? at : null,
            null,
            null,
            at,
          ];
        }
      })(),
    );
    // A database in use has its visibility map set by autovacuum; index-only scans depend on it.
    await pg.client.unsafe('vacuum analyze');
    const seedMs = performance.now() - started;
    log(`seeded ${n} members in ${(seedMs / 1000).toFixed(1)} s`);
    return {
      url: scratch.url,
      databaseName: scratch.name,
      handle: pg,
      communityId,
      ownerId,
      memberIds: people.map((p) => p.id),
      counts,
      seedMs,
      now,
      async drop() {
        await pg.close();
        await scratch.drop();
      },
    };
  } catch (error) {
    await handle?.close();
    await scratch.drop();
    throw error;
  }
}

/** What a child process sends back after seeding (everything but the open pool). */
interface SeededInChild {
  readonly url: string;
  readonly databaseName: string;
  readonly communityId: string;
  readonly ownerId: string;
  readonly memberIds: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
  readonly seedMs: number;
  readonly now: string;
}

/**
 * `seedPostgres` in a child process, so the benchmark's own heap stays small: building 100,000 members' rows
 * leaves hundreds of MiB of garbage whose collection would show up as event-loop pauses and RSS in the
 * figures of whatever is measured next. Same options (except `onProfile`, which cannot cross processes) and
 * result; progress lines go to `log` as usual.
 */
export async function seedPostgresIsolated(options: Omit<SeedOptions, 'onProfile'>): Promise<SeededClub> {
  const { log, ...rest } = options;
  const child = fork(fileURLToPath(import.meta.url), ['--seed-postgres-child'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const seeded = await new Promise<SeededInChild>((resolve, reject) => {
    let result: SeededInChild | null = null;
    child.on('message', (message: { log?: string; done?: SeededInChild; error?: string }) => {
      if (message.log !== undefined) log?.(message.log);
      if (message.done) result = message.done;
      if (message.error) reject(new Error(message.error));
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`seeding process exited with ${code}`))));
    child.send({ ...rest, now: (options.now ?? new Date()).toISOString() });
  });
  const handle = await openDatabase({ url: seeded.url, max: options.poolSize ?? 10 });
  if (handle.kind !== 'postgres') throw new Error('expected PostgreSQL');
  return {
    ...seeded,
    now: new Date(seeded.now),
    handle,
    async drop() {
      await handle.close();
      const admin = await openDatabase({ url: options.serverUrl, max: 2 });
      try {
        if (admin.kind !== 'postgres') throw new Error('expected PostgreSQL');
        await admin.client.unsafe(`drop database if exists "${seeded.databaseName.replace(/"/g, '')}" with (force)`);
      } finally {
        await admin.close();
      }
    },
  };
}

if (process.argv.includes('--seed-postgres-child') && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.once('message', (raw) => {
    const options = raw as Omit<SeedOptions, 'now' | 'log' | 'onProfile'> & { now: string };
    seedPostgres({ ...options, now: new Date(options.now), log: (line) => process.send?.({ log: line }) }).then(
      async (club) => {
        await club.handle.close();
        const done: SeededInChild = {
          url: club.url,
          databaseName: club.databaseName,
          communityId: club.communityId,
          ownerId: club.ownerId,
          memberIds: club.memberIds,
          counts: club.counts,
          seedMs: club.seedMs,
          now: club.now.toISOString(),
        };
        process.send?.({ done }, () => process.exit(0));
      },
      (error: unknown) => {
        process.send?.({ error: String(error instanceof Error ? (error.stack ?? error.message) : error) }, () =>
          process.exit(1),
        );
      },
    );
  });
}
