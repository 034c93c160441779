import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addStaff,
  createClub,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('/api/billing on PostgreSQL: owners set pricing and coupons', () => {
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let owner: SignedIn;
  let moderator: SignedIn;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    club = await createClub(api.core);
    owner = await signIn(api, club, club.ownerId, 'owner');
    moderator = await signIn(api, club, await addStaff(api.core, club, 'Mo Moderator', 'moderator'), 'moderator');
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  const send = (who: SignedIn, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
    api.app.inject({ method, url: `/api${url}`, headers: who.headers, ...(payload ? { payload } : {}) });

  it('saves renewal pricing, refuses an early bird above it, keeps pricing through a settings change, and hides billing from moderators', async () => {
    const pricing = {
      renewalAmountMinor: 80_000,
      earlyBird: { amountMinor: 60_000, daysBeforeEnd: 14 },
      refundAccess: 'after_owner_confirmation',
    };
    const saved = await send(owner, 'PUT', '/billing/pricing', pricing);
    expect(saved.statusCode).toBe(200);
    // Strict access is off until an owner turns it on (the access check card); the pricing form leaves it alone.
    expect(saved.json()).toEqual({ ...pricing, strictAccess: false });
    const refused = await send(owner, 'PUT', '/billing/pricing', {
      ...pricing,
      earlyBird: { amountMinor: 90_000, daysBeforeEnd: 14 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('pricing.invalid');
    const overview = await send(owner, 'GET', '/billing');
    expect(overview.json()).toMatchObject({ onlinePayments: false, pricing, coupons: [], refunds: [], disputes: [] });
    // The general settings keep the pricing when other settings change.
    const patched = await api.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: owner.headers,
      payload: { graceDays: 10 },
    });
    expect(patched.statusCode).toBe(200);
    expect((await send(owner, 'GET', '/billing')).json().pricing).toEqual({ ...pricing, strictAccess: false });
    expect((await send(moderator, 'GET', '/billing')).statusCode).toBe(403);
  });

  it('shows owners the last access check, queues one on demand, and keeps strict mode through a pricing save', async () => {
    const before = await send(owner, 'GET', '/billing/access-check');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ available: false, lastRun: null });
    const run = {
      communityId: club.community.id,
      startedAt: new Date('2026-06-01T10:00:00Z'),
      finishedAt: new Date('2026-06-01T10:00:05Z'),
      strict: false,
      workspaces: [
        {
          platform: 'discord',
          workspaceId: 'g1',
          listed: 3,
          granted: 1,
          revoked: 1,
          reported: 1,
          absent: 0,
          failed: 1,
        },
      ],
      manualGrants: [{ platform: 'discord', workspaceId: 'g1', platformUserId: '42' }],
      failures: [
        {
          platform: 'discord',
          workspaceId: 'g1',
          platformUserId: '43',
          memberId: null,
          change: 'grant',
          reason: 'missing_permission',
          error: 'Missing Permissions',
        },
      ],
    } as const;
    await store.repos.accessChecks.saveRun(run);
    const after = await send(owner, 'GET', '/billing/access-check');
    expect(after.json()).toEqual({
      available: false,
      lastRun: {
        ...run,
        startedAt: '2026-06-01T10:00:00.000Z',
        finishedAt: '2026-06-01T10:00:05.000Z',
        communityId: undefined,
      },
    });
    expect((await send(moderator, 'GET', '/billing/access-check')).statusCode).toBe(403);
    expect((await send(owner, 'POST', '/billing/access-check')).json()).toEqual({ queued: true });

    const pricing = { renewalAmountMinor: null, earlyBird: null, refundAccess: 'keep_access', strictAccess: true };
    expect((await send(owner, 'PUT', '/billing/pricing', pricing)).json()).toEqual(pricing);
    const { strictAccess: _, ...form } = pricing;
    expect((await send(owner, 'PUT', '/billing/pricing', form)).json()).toEqual(pricing);
    await send(owner, 'PUT', '/billing/pricing', { ...pricing, strictAccess: false });
  });

  it('creates, lists and withdraws coupons; a duplicate code is 409', async () => {
    const body = { code: 'spring', kind: 'percent', value: 20, appliesTo: 'join', maxUses: 10, expiresAt: null };
    const created = await send(owner, 'POST', '/billing/coupons', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'SPRING', usedCount: 0, maxUses: 10 });
    expect((await send(owner, 'POST', '/billing/coupons', body)).statusCode).toBe(409);
    const bad = await send(owner, 'POST', '/billing/coupons', { ...body, code: 'BIG', value: 150 });
    expect(bad.statusCode).toBe(400);
    expect((await send(owner, 'GET', '/billing')).json().coupons.map((c: { code: string }) => c.code)).toEqual([
      'SPRING',
    ]);
    const removed = await send(owner, 'DELETE', `/billing/coupons/${created.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect((await send(owner, 'GET', '/billing')).json().coupons).toEqual([]);
  });
  it('lists payments with monthly totals, exports them as CSV, and shows a receipt', async () => {
    const memberId = await addStaff(api.core, club, 'Pat, "the payer"', 'coach');
    for (const [reference, amountMinor] of [
      ['=SUM(A1)', 100_000],
      ['TX-2', 50_000],
    ] as const) {
      await api.core.recordPayment({
        actor: club.owner,
        communityId: club.community.id,
        memberId,
        amountMinor,
        currency: 'CNY',
        method: 'bank_transfer',
        reference,
        discountReason: 'test',
      });
    }
    const list = await send(owner, 'GET', '/payments?limit=1');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items).toHaveLength(1);
    expect(body.nextCursor).toEqual(expect.any(String));
    expect(body.totals).toEqual([
      { month: expect.stringMatching(/^\d{4}-\d{2}$/), currency: 'CNY', count: 2, amountMinor: 150_000 },
    ]);
    const next = (await send(owner, 'GET', `/payments?limit=1&after=${body.nextCursor}`)).json();
    expect(next.items).toHaveLength(1);
    expect(next.items[0].id).not.toBe(body.items[0].id);

    const csv = await send(owner, 'GET', '/payments/export');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('paid_at,member,amount_minor,currency,method,reference');
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain('"Pat, ""the payer"""');
    expect(csv.body).toContain(",'=SUM(A1)");

    const receipt = await api.app.inject({
      method: 'GET',
      url: `/api/payments/${body.items[0].id}/receipt`,
      headers: { ...owner.headers, 'accept-language': 'zh-CN' },
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.json()).toMatchObject({ memberName: 'Pat, "the payer"', currency: 'CNY', discounts: [] });
    expect(receipt.json().period).not.toBeNull();
    expect((await send(moderator, 'GET', `/payments/${body.items[0].id}/receipt`)).statusCode).toBe(403);
    expect((await send(moderator, 'GET', '/payments/export')).statusCode).toBe(403);
  });
});
