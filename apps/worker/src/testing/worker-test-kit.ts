import { randomUUID } from 'node:crypto';
import {
  type Community,
  type CommunitySettings,
  type Core,
  createCore,
  type JobQueue,
  type Member,
  type Messenger,
  type OutboundMessage,
  type PlatformAccount,
  type Ports,
  type Repositories,
  type RoleSync,
  randomIds,
  systemClock,
  type UnitOfWork,
} from '@snowball/core';
import { RecordingRoleSync } from '@snowball/core/testing';
import { createDrizzleRepositories, type DatabaseHandle, openDatabase, runMigrations } from '@snowball/db';
import { createScratchDatabase, type ScratchDatabase } from '@snowball/db/testing';
import { Redis } from 'ioredis';

const DAY_MS = 86_400_000;

/** A fresh, migrated PostgreSQL database for one test file (dropped by `close`). */
export interface TestDatabase {
  readonly url: string;
  readonly repos: Repositories & { uow: UnitOfWork };
  readonly handle: DatabaseHandle;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
  const scratch: ScratchDatabase = await createScratchDatabase(serverUrl, { prefix: 'snowball_worker' });
  const handle = await openDatabase({ url: scratch.url, max: 20 });
  try {
    await runMigrations(handle);
  } catch (error) {
    await handle.close();
    await scratch.drop();
    throw error;
  }
  return {
    url: scratch.url,
    repos: createDrizzleRepositories(handle.db),
    handle,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}

export function redisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set (eval "$(scripts/services.sh start)")');
  return url;
}

/** A BullMQ prefix no other test uses, so tests never see each other's queues. */
export function uniquePrefix(name: string): string {
  return `test-${name}-${randomUUID().slice(0, 8)}`;
}

/** Deletes every Redis key under the prefix (what a lost or flushed Redis looks like to this installation); returns them. */
export async function deletePrefixKeys(url: string, prefix: string): Promise<string[]> {
  if (!/^[\w.-]+$/.test(prefix)) throw new Error(`unsafe prefix ${prefix}`);
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    const deleted: string[] = [];
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0 && (await redis.unlink(...keys)) > 0) deleted.push(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}

/** Waits until `check` holds, polling; throws after `ms` with what was last seen. */
export async function until(
  check: () => boolean | Promise<boolean>,
  ms = 20_000,
  describe: () => unknown = () => '',
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms ${JSON.stringify(describe())}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** One send, with the instant it happened. */
export interface StampedSend {
  readonly account: PlatformAccount;
  readonly message: OutboundMessage;
  readonly at: number;
}

/** Records every send with its time; `delayMs` makes each send take that long (a slow platform). */
export class StampedMessenger implements Messenger {
  readonly sent: StampedSend[] = [];
  readonly started: number[] = [];
  constructor(private readonly delayMs = 0) {}
  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    this.started.push(Date.now());
    if (this.delayMs > 0) await sleep(this.delayMs);
    this.sent.push({ account, message, at: Date.now() });
  }
  to(memberId: string): StampedSend[] {
    return this.sent.filter((s) => s.account.memberId === memberId);
  }
}

const noJobs: JobQueue = {
  async schedule() {},
  async scheduleMany() {
    return { added: 0 };
  },
  async cancel() {},
};

/** Ports over the test database with real time and random ids; `jobs` defaults to a queue that drops jobs. */
export function testPorts(
  repos: Repositories & { uow: UnitOfWork },
  options: { messenger?: Messenger; roleSync?: RoleSync; jobs?: JobQueue } = {},
): Ports {
  return {
    ...repos,
    clock: systemClock,
    ids: randomIds,
    messenger: options.messenger ?? new StampedMessenger(),
    roleSync: options.roleSync ?? new RecordingRoleSync(),
    jobs: options.jobs ?? noJobs,
  };
}

/** A club with its owner, created through the core. */
/**
 * A time zone where it is 3 a.m. now (`Etc/GMT±N`), for a club whose test counts every DM: the hourly onboarding job
 * (run once when a worker starts) welcomes new members only between 09:00 and 21:00 club time, so in this zone it
 * sends nothing for the next six hours and a test's counts do not depend on the hour it runs at.
 */
export function nightTimezone(now = new Date()): string {
  let offset = (((3 - now.getUTCHours()) % 24) + 24) % 24;
  if (offset > 14) offset -= 24;
  // Etc/GMT signs are inverted: Etc/GMT-8 is UTC+8.
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

export async function createTestClub(
  core: Core,
  slug: string,
  settings: Partial<CommunitySettings> = {},
): Promise<{ community: Community; ownerId: string }> {
  return core.createCommunity({
    slug,
    name: `Club ${slug}`,
    owner: { displayName: `Owner of ${slug}` },
    settings: { defaultLocale: 'en', ...settings },
  });
}

export interface TestMemberOptions {
  readonly name: string;
  /** Platforms to link; none means the member cannot be reached. Default Discord. */
  readonly platforms?: readonly ('discord' | 'slack')[];
  readonly muted?: boolean;
  readonly leadMinutes?: number | null;
  /** Membership end; default a year from now. Null: no membership at all. */
  readonly endsAt?: Date | null;
}

/** Adds a member straight into the repositories (fast enough for hundreds), with linked accounts and a period. */
export async function addTestMember(
  repos: Repositories,
  communityId: string,
  options: TestMemberOptions,
): Promise<Member> {
  const now = new Date();
  const id = randomUUID();
  const member: Member = {
    id,
    communityId,
    handle: `m-${id.slice(0, 8)}`,
    displayName: options.name,
    email: null,
    locale: 'en',
    timezone: null,
    reminderLeadMinutes: options.leadMinutes ?? null,
    remindersMuted: options.muted ?? false,
    matchingExcluded: false,
    notes: '',
    createdAt: now,
    deletedAt: null,
  };
  await repos.members.create(member);
  for (const platform of options.platforms ?? ['discord']) {
    await repos.accounts.link({
      communityId,
      platform,
      workspaceId: platform === 'discord' ? 'guild-1' : 'T1',
      platformUserId: `${platform}-${id}`,
      memberId: id,
      linkedAt: now,
    });
  }
  const endsAt = options.endsAt === undefined ? new Date(now.getTime() + 365 * DAY_MS) : options.endsAt;
  if (endsAt) {
    await repos.memberships.add({
      id: randomUUID(),
      communityId,
      memberId: id,
      startsAt: new Date(endsAt.getTime() - 365 * DAY_MS),
      endsAt,
      kind: 'initial',
      paymentId: null,
      createdAt: now,
    });
  }
  return member;
}

/** The member's actor, for core calls made as them. */
export function memberActor(member: Pick<Member, 'id' | 'communityId'>) {
  return { kind: 'member', communityId: member.communityId, memberId: member.id, roles: [] } as const;
}

/** A core over the ports, for setting up rows the way the product does. */
export function testCore(ports: Ports): Core {
  return createCore(ports);
}
