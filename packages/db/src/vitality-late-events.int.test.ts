import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrizzleRepositories } from './drizzle-repositories.js';
import { runMigrations } from './migrate.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';
import { createScratchDatabase, type ScratchDatabase } from './testing/scratch-database.js';

const DAY = 86_400_000;
/** The local day (YYYY-MM-DD) of an instant in the club's timezone (the default, Asia/Shanghai). */
const localDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

// The hourly refresh computes an ended day once, marks it final, then computes only today; an event dated on or
// before a final day but recorded later is marked by the database's triggers (against the server's clock, so this
// test's clock is the real one) and the final days from its day on are computed again.
describe('vitality refresh: final days and late events (PostgreSQL triggers)', () => {
  let scratch: ScratchDatabase;
  let handle: DatabaseHandle;
  let ports: ReturnType<typeof createTestPorts>;
  let repos: ReturnType<typeof createDrizzleRepositories>;
  beforeAll(async () => {
    const serverUrl = process.env['DATABASE_URL'];
    if (!serverUrl) throw new Error('DATABASE_URL is not set (eval "$(scripts/services.sh start)")');
    scratch = await createScratchDatabase(serverUrl);
    handle = await openDatabase({ url: scratch.url });
    await runMigrations(handle);
    repos = createDrizzleRepositories(handle.db);
    ports = createTestPorts(repos);
  });
  afterAll(async () => {
    await handle?.close();
    await scratch?.drop();
  });

  it('computes today alone each hour, and a late contribution counts on its day and after', async () => {
    const now = new Date();
    ports.clock.set(new Date(now.getTime() - 10 * DAY).toISOString());
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({
      slug: 'late',
      name: 'Late',
      owner: { displayName: 'O' },
    });
    const communityId = community.id;
    const owner = { kind: 'member', communityId, memberId: ownerId, roles: ['owner'] } as const;
    const app = await core.submitApplication({
      communityId,
      name: 'Ann',
      email: 'ann@example.com',
      answers: [],
      valuesPledge: true,
      locale: 'en',
    });
    const { memberId } = await core.approveApplication({ actor: owner, communityId, applicationId: app.id });
    await core.recordPayment({
      actor: owner,
      communityId,
      applicationId: app.id,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'bank_transfer',
      reference: 'ref-ann',
    });
    ports.clock.set(now.toISOString());
    const today = localDay(now);

    const first = await core.refreshVitality({ communityId });
    expect(first).toMatchObject({ fromDay: localDay(community.createdAt), toDay: today });
    expect(await repos.vitality.lastFinalDay(communityId)).toBe(localDay(new Date(now.getTime() - DAY)));
    expect(await repos.vitality.lateEvents(communityId)).toBeNull();
    expect(await core.refreshVitality({ communityId })).toEqual({ fromDay: today, toDay: today, days: 1 });

    // On time (dated now): nothing to recompute.
    await repos.contributions.record({
      id: crypto.randomUUID(),
      communityId,
      memberId: memberId as string,
      kind: 'answer',
      sourceId: 'on-time',
      points: 1,
      at: now,
    });
    expect(await repos.vitality.lateEvents(communityId)).toBeNull();

    // A lesson Ann taught three days ago, recorded now: marked, and the days from then on are computed again.
    const lessonAt = new Date(now.getTime() - 3 * DAY);
    await repos.contributions.record({
      id: crypto.randomUUID(),
      communityId,
      memberId: memberId as string,
      kind: 'lesson',
      sourceId: 'late',
      points: 3,
      at: lessonAt,
    });
    const late = await repos.vitality.lateEvents(communityId);
    expect(late?.since.getTime()).toBe(lessonAt.getTime());
    const lessonDay = localDay(lessonAt);
    const [stale] = await repos.vitality.listDays(communityId, lessonDay, lessonDay);
    expect(stale).toMatchObject({ contributors30: 0, newContributors30: 0 });

    expect(await core.refreshVitality({ communityId })).toEqual({ fromDay: lessonDay, toDay: today, days: 4 });
    const days = await repos.vitality.listDays(communityId, lessonDay, today);
    expect(days.map((d) => [d.day, d.contributors30, d.newContributors30])).toEqual(
      [0, 1, 2, 3].map((n) => [localDay(new Date(lessonAt.getTime() + n * DAY)), 1, 1]),
    );
    expect(await repos.vitality.lateEvents(communityId)).toBeNull();
    expect(await repos.vitality.lastFinalDay(communityId)).toBe(localDay(new Date(now.getTime() - DAY)));
    expect(await core.refreshVitality({ communityId })).toEqual({ fromDay: today, toDay: today, days: 1 });
  });

  it('keeps a late mark recorded after the refresh read it', async () => {
    ports.clock.set(new Date().toISOString());
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({
      slug: 'late-2',
      name: 'L2',
      owner: { displayName: 'O' },
    });
    const record = (sourceId: string, at: Date) =>
      repos.contributions.record({
        id: crypto.randomUUID(),
        communityId: community.id,
        memberId: ownerId,
        kind: 'answer',
        sourceId,
        points: 1,
        at,
      });
    await record('a', new Date(Date.now() - 2 * DAY));
    const seen = await repos.vitality.lateEvents(community.id);
    expect(seen).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await record('b', new Date(Date.now() - 5 * DAY));
    await repos.vitality.clearLateEvents(community.id, seen as NonNullable<typeof seen>);
    const kept = await repos.vitality.lateEvents(community.id);
    expect(kept?.since.getTime()).toBeLessThan((seen as NonNullable<typeof seen>).since.getTime());
  });
});
