import type { StaffRole } from '@snowball/core';
import type { LightMyRequestResponse } from 'fastify';
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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Request {
  readonly method: Method;
  readonly url: string;
  readonly payload?: unknown;
}

interface RouteCase {
  readonly name: string;
  /** A role that may not use the route (403), if any staff role may not. */
  readonly denied?: StaffRole;
  readonly allowed: StaffRole;
  readonly status: number;
  /** Builds the request on fresh records of club A. */
  readonly request: () => Promise<Request>;
  readonly check?: (response: LightMyRequestResponse) => void | Promise<void>;
}

describe('every /api route on PostgreSQL: 401, 403 by role, success, validation, other clubs', () => {
  let store: TestRepositories;
  let api: TestApi;
  let a: TestClub;
  let b: TestClub;
  const as: Partial<Record<StaffRole, SignedIn>> = {};
  let staffIds: Record<'moderator' | 'coach', string>;
  let foreign: { applicationId: string; memberId: string; questionId: string };

  const send = (who: SignedIn | null, request: Request, csrf = true) =>
    api.app.inject({
      method: request.method,
      url: request.url,
      headers: who ? (csrf ? who.headers : { cookie: who.cookie }) : {},
      ...(request.payload !== undefined ? { payload: request.payload as object } : {}),
    });

  async function application(club: TestClub, name = 'Applicant 申请人') {
    return api.core.submitApplication({
      communityId: club.community.id,
      name,
      email: `${Math.random().toString(36).slice(2)}@example.com`,
      answers: [{ question: 'What do you do?', answer: 'Trade' }],
      valuesPledge: true,
      locale: 'en',
    });
  }
  async function approved(club: TestClub) {
    const app = await application(club);
    const done = await api.core.approveApplication({
      actor: club.owner,
      communityId: club.community.id,
      applicationId: app.id,
    });
    return { applicationId: app.id, memberId: done.memberId as string };
  }
  async function question(club: TestClub) {
    return (await api.core.askQuestion({ actor: club.owner, body: 'How should I price this?' })).id;
  }
  /** A question asked `hours` ago (written straight to the store: the session clock must not move). */
  async function oldQuestion(club: TestClub, hours: number) {
    const asked = await api.core.askQuestion({ actor: club.owner, body: `Asked ${hours} h ago` });
    const createdAt = new Date(api.ports.clock.now().getTime() - hours * 3_600_000);
    await api.ports.questions.update({ ...asked, createdAt });
    return asked.id;
  }
  const coachActor = () =>
    ({ kind: 'member', communityId: a.community.id, memberId: staffIds.coach, roles: ['coach'] }) as const;
  async function paidMember(club: TestClub) {
    const { memberId } = await approved(club);
    await api.core.recordPayment({
      actor: club.owner,
      communityId: club.community.id,
      memberId,
      amountMinor: 120_000,
      currency: 'CNY',
      method: 'cash',
      reference: ref(),
    });
    return memberId;
  }
  async function supplier(club: TestClub) {
    return api.core.recommendSupplier({
      actor: club.owner,
      communityId: club.community.id,
      name: `Freight ${Math.random().toString(36).slice(2, 8)} 货运`,
      categories: ['logistics'],
      region: 'Shenzhen',
    });
  }
  async function introductionWithDeal(club: TestClub) {
    // Recording a deal takes a membership with access (core's own check).
    const one = { memberId: await paidMember(club) };
    const two = await approved(club);
    const id = api.ports.ids.id();
    const now = api.ports.clock.now();
    await api.ports.introductions.create({
      id,
      communityId: club.community.id,
      memberA: one.memberId,
      memberB: two.memberId,
      answerA: 'accepted',
      answerB: 'accepted',
      status: 'introduced',
      score: 0.8,
      reason: 'Both ship to Southeast Asia',
      roundId: null,
      introducedAt: now,
      followUpAt: null,
      followUpOutcome: null,
      createdAt: now,
    });
    await api.core.recordDeal({
      actor: { kind: 'member', communityId: club.community.id, memberId: one.memberId, roles: [] },
      communityId: club.community.id,
      introductionId: id,
      amountMinor: 5_000_000,
      currency: 'CNY',
      note: 'First container',
    });
    return { id, memberA: one.memberId };
  }
  let endedMemberId = '';
  // The full fee even after the settings test raises it to 1,200 CNY (less needs a discount reason).
  const payment = { amount: '1200', currency: 'CNY', method: 'bank_transfer', reference: '' };
  const ref = () => `REF-${Math.random().toString(36).slice(2)}`;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos, { slackInstallUrl: 'http://panel.test/slack/install' });
    a = await createClub(api.core, 'Club A');
    b = await createClub(api.core, 'Club B');
    staffIds = {
      moderator: await addStaff(api.core, a, 'Mia Moderator', 'moderator'),
      coach: await addStaff(api.core, a, 'Chen Coach', 'coach'),
    };
    as.owner = await signIn(api, a, a.ownerId, 'owner');
    as.moderator = await signIn(api, a, staffIds.moderator, 'moderator');
    as.coach = await signIn(api, a, staffIds.coach, 'coach');
    const foreignMember = await approved(b);
    foreign = {
      applicationId: (await application(b, 'Foreign applicant')).id,
      memberId: foreignMember.memberId,
      questionId: await question(b),
    };
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  const cases: RouteCase[] = [
    {
      name: 'GET /api/session',
      allowed: 'coach',
      status: 200,
      request: async () => ({ method: 'GET', url: '/api/session' }),
      check: (r) => expect(r.json()).toMatchObject({ roles: ['coach'], csrfToken: expect.any(String) }),
    },
    {
      name: 'GET /api/dashboard',
      allowed: 'coach',
      status: 200,
      request: async () => ({ method: 'GET', url: '/api/dashboard' }),
      check: (r) => {
        const body = r.json();
        expect(body.members).toHaveProperty('active');
        expect(body.introductions).toMatchObject({ year: expect.any(Number), made: expect.any(Number) });
        expect(body.introductions).toHaveProperty('acceptanceRate');
        expect(body.deals).toMatchObject({ count: expect.any(Number), totals: expect.any(Array) });
      },
    },
    {
      name: 'GET /api/applications',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => {
        await application(a);
        return { method: 'GET', url: '/api/applications?status=pending&limit=5' };
      },
      check: (r) => {
        expect(r.json().total).toBeGreaterThan(0);
        expect(r.json().items.every((x: { status: string }) => x.status === 'pending')).toBe(true);
      },
    },
    {
      name: 'GET /api/applications/:id',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({ method: 'GET', url: `/api/applications/${(await application(a)).id}` }),
      check: (r) => expect(r.json().answers).toEqual([{ question: 'What do you do?', answer: 'Trade' }]),
    },
    {
      name: 'POST /api/applications/:id/approve',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await application(a)).id}/approve`,
        payload: { note: 'Welcome' },
      }),
      check: (r) => expect(r.json()).toMatchObject({ status: 'approved', memberId: expect.any(String) }),
    },
    {
      name: 'POST /api/applications/:id/reject',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await application(a)).id}/reject`,
        payload: { reason: 'MLM' },
      }),
      check: (r) => expect(r.json()).toMatchObject({ status: 'rejected', decisionReason: 'MLM' }),
    },
    {
      name: 'POST /api/applications/:id/request-info',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await application(a)).id}/request-info`,
        payload: { message: 'Which markets?' },
      }),
      check: (r) => expect(r.json().status).toBe('info_requested'),
    },
    {
      name: 'POST /api/applications/:id/payment',
      denied: 'moderator',
      allowed: 'owner',
      status: 201,
      request: async () => ({
        method: 'POST',
        url: `/api/applications/${(await approved(a)).applicationId}/payment`,
        payload: { ...payment, amount: '1,000.00', reference: ref() },
      }),
      check: (r) => expect(r.json().payment).toMatchObject({ amountMinor: 100_000, currency: 'CNY' }),
    },
    {
      name: 'GET /api/members',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({ method: 'GET', url: '/api/members?status=none&search=applicant' }),
      check: (r) => {
        const body = r.json();
        expect(body.items.length).toBeGreaterThan(0);
        expect(body.items[0]).toMatchObject({ membership: { status: 'none' } });
        expect(body.items[0]).not.toHaveProperty('notes');
      },
    },
    {
      name: 'GET /api/members/:id',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({ method: 'GET', url: `/api/members/${(await approved(a)).memberId}` }),
      // Money is the owners' business: moderators do not see payments.
      check: (r) => expect(r.json()).toMatchObject({ payments: null, strikes: [], periods: [] }),
    },
    {
      name: 'PUT /api/members/:id/notes',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({
        method: 'PUT',
        url: `/api/members/${(await approved(a)).memberId}/notes`,
        payload: { notes: 'Met in Shenzhen' },
      }),
      check: (r) => expect(r.json().notes).toBe('Met in Shenzhen'),
    },
    {
      name: 'POST /api/members/:id/payments',
      denied: 'moderator',
      allowed: 'owner',
      status: 201,
      request: async () => ({
        method: 'POST',
        url: `/api/members/${(await approved(a)).memberId}/payments`,
        payload: { ...payment, amount: '140', currency: 'usd', method: 'card', reference: ref() },
      }),
      check: (r) => expect(r.json().payment).toMatchObject({ amountMinor: 14_000, currency: 'USD' }),
    },
    {
      name: 'POST /api/members/:id/extensions',
      denied: 'moderator',
      allowed: 'owner',
      status: 201,
      request: async () => ({
        method: 'POST',
        url: `/api/members/${(await approved(a)).memberId}/extensions`,
        payload: { days: 30, reason: 'Goodwill' },
      }),
      check: (r) => expect(r.json().kind).toBe('extension'),
    },
    {
      name: 'GET /api/questions',
      allowed: 'coach',
      status: 200,
      request: async () => {
        await question(a);
        return { method: 'GET', url: '/api/questions?status=open' };
      },
      check: (r) => expect(r.json().items[0].member).toMatchObject({ id: a.ownerId }),
    },
    {
      name: 'POST /api/questions/:id/answer',
      denied: 'moderator',
      allowed: 'coach',
      status: 200,
      request: async () => ({
        method: 'POST',
        url: `/api/questions/${await question(a)}/answer`,
        payload: { answer: 'Start with a small order.' },
      }),
      // The owner asked without a linked Discord/Slack account, so the DM is recorded as undeliverable.
      check: (r) =>
        expect(r.json()).toMatchObject({ status: 'answered', answer: 'Start with a small order.', delivery: 'failed' }),
    },
    {
      name: 'GET /api/questions?status=overdue',
      allowed: 'coach',
      status: 200,
      request: async () => {
        // The club's SLA is 24 hours by default.
        await oldQuestion(a, 50);
        await oldQuestion(a, 2);
        return { method: 'GET', url: '/api/questions?status=overdue&limit=100' };
      },
      check: (r) => {
        const body = r.json();
        expect(body.slaHours).toBe(24);
        expect(body.items.length).toBeGreaterThan(0);
        expect(body.items.every((q: { overdue: boolean }) => q.overdue)).toBe(true);
        expect(body.items.map((q: { body: string }) => q.body)).not.toContain('Asked 2 h ago');
        const times = body.items.map((q: { createdAt: string }) => Date.parse(q.createdAt));
        expect(times).toEqual([...times].sort((x, y) => x - y));
        expect(Date.parse(body.items[0].dueAt) - times[0]).toBe(24 * 3_600_000);
      },
    },
    {
      name: 'GET /api/coaching',
      allowed: 'coach',
      status: 200,
      request: async () => {
        const id = await question(a);
        await api.core.answerQuestion({
          actor: coachActor(),
          communityId: a.community.id,
          questionId: id,
          answer: 'Hi',
        });
        await api.core.resolveQuestion({ actor: a.owner, questionId: id, rating: 4 });
        return { method: 'GET', url: '/api/coaching?months=3' };
      },
      check: (r) => {
        const body = r.json();
        expect(body).toMatchObject({ slaHours: 24 });
        expect(body.months).toHaveLength(3);
        const current = body.months[2];
        expect(current.asked).toBeGreaterThan(0);
        expect(current.answered).toBeGreaterThan(0);
        expect(current.ratings).toBeGreaterThan(0);
        expect(current.firstResponseP50).toBeGreaterThanOrEqual(0);
      },
    },
    {
      name: 'POST /api/questions/:id/claim',
      denied: 'moderator',
      allowed: 'coach',
      status: 200,
      request: async () => ({ method: 'POST', url: `/api/questions/${await question(a)}/claim`, payload: {} }),
      check: (r) =>
        expect(r.json()).toMatchObject({
          status: 'claimed',
          claimedBy: { id: staffIds.coach, displayName: 'Chen Coach' },
        }),
    },
    {
      name: 'POST /api/questions/:id/unclaim',
      denied: 'moderator',
      allowed: 'coach',
      status: 200,
      request: async () => {
        const id = await question(a);
        await api.core.claimQuestion({ actor: coachActor(), communityId: a.community.id, questionId: id });
        return { method: 'POST', url: `/api/questions/${id}/unclaim`, payload: {} };
      },
      check: (r) => expect(r.json()).toMatchObject({ status: 'open', claimedBy: null }),
    },
    {
      name: 'GET /api/members/lookup',
      allowed: 'coach',
      status: 200,
      request: async () => {
        await paidMember(a);
        return { method: 'GET', url: '/api/members/lookup?search=applicant&withAccess=true&limit=5' };
      },
      check: (r) => {
        const items = r.json();
        expect(items.length).toBeGreaterThan(0);
        expect(items.length).toBeLessThanOrEqual(5);
        const withAccess = ['active', 'expiring', 'grace'];
        expect(items.every((m: { status: string }) => withAccess.includes(m.status))).toBe(true);
        // Coaches pick a member; they do not get emails, payments or notes.
        expect(Object.keys(items[0]).sort()).toEqual(['displayName', 'handle', 'id', 'status']);
      },
    },
    {
      name: 'POST /api/members/:id/end',
      denied: 'moderator',
      allowed: 'owner',
      status: 200,
      request: async () => {
        endedMemberId = await paidMember(a);
        return { method: 'POST', url: `/api/members/${endedMemberId}/end`, payload: { reason: 'Left the club 退群' } };
      },
      check: async (r) => {
        const body = r.json();
        expect(body).toMatchObject({ endedAt: expect.any(String), access: { accounts: 0, failures: [] } });
        const memberId = endedMemberId;
        const detail = await api.core.getMemberDetail({ actor: a.owner, communityId: a.community.id, memberId });
        expect(detail.membership.status).toBe('lapsed');
      },
    },
    {
      name: 'GET /api/lessons',
      allowed: 'coach',
      status: 200,
      request: async () => {
        await api.core.scheduleLesson({
          actor: a.owner,
          communityId: a.community.id,
          kind: 'guest_talk',
          title: 'Pricing for export 出口定价',
          speakerName: 'Guest 嘉宾',
          startsAt: new Date(Date.now() + 7 * 86_400_000),
          durationMinutes: 90,
          capacity: 30,
        });
        return { method: 'GET', url: '/api/lessons?when=upcoming' };
      },
      check: (r) =>
        expect(r.json().items).toContainEqual(
          expect.objectContaining({ title: 'Pricing for export 出口定价', going: 0, seatsLeft: 30 }),
        ),
    },
    {
      name: 'GET /api/introductions',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => {
        await introductionWithDeal(a);
        return { method: 'GET', url: '/api/introductions?status=introduced&limit=10' };
      },
      check: (r) => {
        const first = r.json().items[0];
        expect(first).toMatchObject({ status: 'introduced', reason: 'Both ship to Southeast Asia' });
        expect(first.memberA.displayName).toBe('Applicant 申请人');
        expect(first.deals).toEqual([expect.objectContaining({ amountMinor: 5_000_000, currency: 'CNY' })]);
      },
    },
    {
      name: 'GET /api/introductions/funnel',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => {
        await introductionWithDeal(a);
        return { method: 'GET', url: '/api/introductions/funnel?months=3' };
      },
      check: (r) => {
        const body = r.json();
        expect(body.months).toHaveLength(3);
        const current = body.months[2];
        expect(current.suggested).toBeGreaterThanOrEqual(1);
        expect(current.deals).toBeGreaterThanOrEqual(1);
        expect(current.met).toBeGreaterThanOrEqual(current.deals);
        expect(current.value).toContainEqual({ currency: 'CNY', amountMinor: expect.any(Number) });
      },
    },
    {
      name: 'GET /api/deals',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => {
        const { id, memberA } = await introductionWithDeal(a);
        // A second currency, so the totals must keep them apart.
        await api.core.recordDeal({
          actor: { kind: 'member', communityId: a.community.id, memberId: memberA, roles: [] },
          communityId: a.community.id,
          introductionId: id,
          amountMinor: 30_000,
          currency: 'USD',
        });
        return { method: 'GET', url: '/api/deals?limit=100' };
      },
      check: (r) => {
        const body = r.json();
        expect(body.deals.total).toBeGreaterThanOrEqual(2);
        expect(body.deals.items[0]).toMatchObject({
          amountMinor: 30_000,
          currency: 'USD',
          confirmed: false,
          introductionId: expect.any(String),
          recordedBy: { displayName: 'Applicant 申请人' },
          counterpart: { displayName: 'Applicant 申请人' },
        });
        expect(body.deals.items[0]).not.toHaveProperty('communityId');
        const currencies = body.totals.map((t: { currency: string }) => t.currency);
        expect(currencies).toEqual(['CNY', 'USD']);
        expect(body.totals[1]).toMatchObject({ amountMinor: 30_000, count: 1 });
        expect(body.quarters.every((q: { quarter: number }) => q.quarter >= 1 && q.quarter <= 4)).toBe(true);
      },
    },
    {
      name: 'GET /api/suppliers',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => {
        await supplier(a);
        return { method: 'GET', url: '/api/suppliers?status=pending' };
      },
      check: (r) => expect(r.json().items[0]).toMatchObject({ status: 'pending', recommendedBy: { id: a.ownerId } }),
    },
    {
      name: 'POST /api/suppliers/:id/vet',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({
        method: 'POST',
        url: `/api/suppliers/${(await supplier(a)).id}/vet`,
        payload: { decision: 'vetted', notes: 'Used them twice' },
      }),
      check: (r) => expect(r.json()).toMatchObject({ status: 'vetted', vettingNotes: 'Used them twice' }),
    },
    {
      name: 'GET /api/audit',
      denied: 'coach',
      allowed: 'moderator',
      status: 200,
      request: async () => ({ method: 'GET', url: `/api/audit?action=auth.sign_in&actorId=${staffIds.moderator}` }),
      check: (r) =>
        expect(r.json().items[0]).toMatchObject({ action: 'auth.sign_in', actor: { id: staffIds.moderator } }),
    },
    {
      name: 'GET /api/settings',
      denied: 'moderator',
      allowed: 'owner',
      status: 200,
      request: async () => ({ method: 'GET', url: '/api/settings' }),
      check: (r) => expect(r.json().settings.fee).toEqual({ amountMinor: 100_000, currency: 'CNY', amount: '1000' }),
    },
    {
      name: 'GET /api/settings/platforms',
      denied: 'moderator',
      allowed: 'owner',
      status: 200,
      request: async () => {
        await api.ports.communities.attachWorkspace(a.community.id, 'discord', '112233445566778899');
        await api.ports.communities.attachWorkspace(a.community.id, 'slack', 'T0SNOWBALL');
        await api.ports.communities.attachWorkspace(a.community.id, 'simulator', 'club-a');
        await api.ports.communities.attachWorkspace(b.community.id, 'slack', 'T0OTHERCLUB');
        return { method: 'GET', url: '/api/settings/platforms' };
      },
      check: (r) =>
        expect(r.json()).toEqual({
          discordGuilds: ['112233445566778899'],
          // No member role stored with the server: the deployment's default applies.
          discordMemberRoles: {},
          slackTeams: ['T0SNOWBALL'],
          slackInstallUrl: 'http://panel.test/slack/install',
        }),
    },
    {
      name: 'PATCH /api/settings',
      denied: 'moderator',
      allowed: 'owner',
      status: 200,
      request: async () => ({
        method: 'PATCH',
        url: '/api/settings',
        payload: { fee: { amount: '1200', currency: 'CNY' }, excludedKeywords: ['crypto', '传销'] },
      }),
      check: (r) => {
        expect(r.json().settings.fee.amountMinor).toBe(120_000);
        expect(r.json().settings.excludedKeywords).toEqual(['crypto', '传销']);
      },
    },
    {
      name: 'GET /api/staff',
      denied: 'moderator',
      allowed: 'owner',
      status: 200,
      request: async () => ({ method: 'GET', url: '/api/staff' }),
      check: (r) => expect(r.json().map((s: { memberId: string }) => s.memberId)).toContain(staffIds.coach),
    },
    {
      name: 'POST /api/staff',
      denied: 'moderator',
      allowed: 'owner',
      status: 200,
      request: async () => ({
        method: 'POST',
        url: '/api/staff',
        payload: { memberId: (await approved(a)).memberId, role: 'coach' },
      }),
      check: (r) => expect(r.json().roles).toEqual(['coach']),
    },
    {
      name: 'DELETE /api/staff/:memberId/roles/:role',
      denied: 'moderator',
      allowed: 'owner',
      status: 200,
      request: async () => {
        const { memberId } = await approved(a);
        await api.core.grantStaffRole({ actor: a.owner, communityId: a.community.id, memberId, role: 'coach' });
        return { method: 'DELETE', url: `/api/staff/${memberId}/roles/coach` };
      },
      check: (r) => expect(r.json().roles).toEqual([]),
    },
    {
      name: 'POST /api/staff/:memberId/login-link',
      denied: 'coach',
      allowed: 'owner',
      status: 201,
      request: async () => ({
        method: 'POST',
        url: `/api/staff/${staffIds.moderator}/login-link`,
        payload: { role: 'moderator' },
      }),
      check: (r) => expect(r.json().url).toMatch(/^http:\/\/panel\.test\/login\?token=[\w-]{20,}$/),
    },
  ];

  for (const route of cases) {
    it(route.name, async () => {
      const request = await route.request();
      const anonymous = await send(null, request);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error).toMatchObject({ code: 'auth.not_signed_in', requestId: expect.any(String) });
      if (request.method !== 'GET') {
        const forged = await send(as[route.allowed] ?? null, request, false);
        expect(forged.statusCode).toBe(403);
        expect(forged.json().error.code).toBe('auth.csrf_invalid');
      }
      if (route.denied) {
        const denied = await send(as[route.denied] ?? null, request);
        expect(denied.statusCode).toBe(403);
        expect(denied.json().error.code).toBe('auth.staff_only');
      }
      const allowed = await send(as[route.allowed] ?? null, request);
      expect(allowed.statusCode, allowed.body).toBe(route.status);
      await route.check?.(allowed);
    });
  }

  it('answers 400 with field messages for requests that do not fit the schema', async () => {
    const owner = as.owner as SignedIn;
    const member = (await approved(a)).memberId;
    const app = (await application(a)).id;
    const expectFields = async (request: Request, fields: string[]) => {
      const response = await send(owner, request);
      expect(response.statusCode, response.body).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('validation.failed');
      expect(error.fields.map((f: { field: string }) => f.field).sort()).toEqual([...fields].sort());
      for (const f of error.fields) expect(f.message).toContain(f.field);
    };
    await expectFields({ method: 'GET', url: '/api/members?status=gold&limit=1000' }, ['status', 'limit']);
    await expectFields({ method: 'GET', url: '/api/members/not-a-uuid' }, ['id']);
    await expectFields({ method: 'GET', url: '/api/audit?actorId=robert' }, ['actorId']);
    await expectFields({ method: 'GET', url: '/api/deals?year=1999&offset=-1' }, ['year', 'offset']);
    await expectFields({ method: 'POST', url: `/api/applications/${app}/reject`, payload: {} }, ['reason']);
    await expectFields(
      { method: 'POST', url: `/api/members/${member}/payments`, payload: { currency: 'CNY', method: 'bitcoin' } },
      ['amount', 'method', 'reference'],
    );
    await expectFields(
      { method: 'POST', url: `/api/members/${member}/extensions`, payload: { days: 0, reason: 'x' } },
      ['days'],
    );
    await expectFields({ method: 'PUT', url: `/api/members/${member}/notes`, payload: { notes: 'x'.repeat(4001) } }, [
      'notes',
    ]);
    await expectFields({ method: 'PATCH', url: '/api/settings', payload: { graceDays: 500, fee: { amount: '1' } } }, [
      'graceDays',
      'fee.currency',
    ]);
    await expectFields({ method: 'GET', url: '/api/questions?status=late' }, ['status']);
    await expectFields({ method: 'POST', url: '/api/questions/not-a-uuid/claim', payload: {} }, ['id']);
    await expectFields({ method: 'POST', url: '/api/questions/not-a-uuid/unclaim', payload: {} }, ['id']);
    await expectFields({ method: 'GET', url: '/api/members/lookup?limit=50' }, ['search', 'limit']);
    await expectFields({ method: 'POST', url: `/api/members/${member}/end`, payload: { reason: '' } }, ['reason']);
    await expectFields({ method: 'POST', url: '/api/staff', payload: { memberId: 'x', role: 'king' } }, [
      'memberId',
      'role',
    ]);

    // Rules the core checks come back the same way, with the field when there is one.
    const amount = await send(owner, {
      method: 'POST',
      url: `/api/members/${member}/payments`,
      payload: { ...payment, amount: '12abc', reference: ref() },
    });
    expect(amount.statusCode).toBe(400);
    expect(amount.json().error.code).toBe('payment.invalid_amount');
    const blank = await send(owner, {
      method: 'POST',
      url: `/api/applications/${app}/reject`,
      payload: { reason: '\u200B ' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.code).toBe('application.reason_required');
    const zone = await send(owner, { method: 'PATCH', url: '/api/settings', payload: { timezone: 'Mars/Base' } });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().error.code).toBe('community.invalid_settings');
  });

  it('answers in the request’s language: ?lang=, then Accept-Language, then the staff member’s own', async () => {
    const coach = as.coach as SignedIn;
    const url = `/api/applications`;
    const zh = await api.app.inject({
      url: `${url}?lang=zh-CN`,
      headers: { ...coach.headers, 'accept-language': 'en' },
    });
    expect(zh.json().error.message).toBe('只有社群管理团队可以执行此操作。');
    const en = await api.app.inject({ url, headers: { ...coach.headers, 'accept-language': 'en-GB,zh;q=0.5' } });
    expect(en.json().error.message).toBe('Only the club staff can do this.');
    // The owner created the club with zh-CN; without any hint the message follows that.
    const own = await api.app.inject({ url: '/api/members/not-a-member', headers: { cookie: as.owner?.cookie ?? '' } });
    expect(own.json().error.message).toBe('部分字段填写有误，请检查。');
    expect(own.json().error.fields).toEqual([{ field: 'id', message: 'id 格式不正确（uuid）' }]);
    const ownText = await api.app.inject({
      url: `/api/members/${foreign.memberId}`,
      headers: { cookie: as.owner?.cookie ?? '' },
    });
    expect(ownText.json().error.message).toBe('找不到这位会员。');
  });

  it('maps conflicts to 409 and keeps the last owner', async () => {
    const owner = as.owner as SignedIn;
    const app = (await application(a)).id;
    expect(
      (await send(owner, { method: 'POST', url: `/api/applications/${app}/approve`, payload: {} })).statusCode,
    ).toBe(200);
    const twice = await send(owner, { method: 'POST', url: `/api/applications/${app}/approve`, payload: {} });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('application.already_decided');
    // A question another coach holds cannot be claimed; the holder's name is on it in the queue.
    const held = await question(a);
    await api.core.claimQuestion({ actor: coachActor(), communityId: a.community.id, questionId: held });
    const taken = await send(owner, { method: 'POST', url: `/api/questions/${held}/claim`, payload: {} });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('question.already_claimed');
    const ended = await paidMember(a);
    const end = () => send(owner, { method: 'POST', url: `/api/members/${ended}/end`, payload: { reason: 'Rules' } });
    expect((await end()).statusCode).toBe(200);
    const again = await end();
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('membership.not_current');
    const last = await send(owner, { method: 'DELETE', url: `/api/staff/${a.ownerId}/roles/owner` });
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('staff.last_owner');
    const { memberId } = await approved(a);
    const reference = ref();
    const pay = () =>
      send(owner, { method: 'POST', url: `/api/members/${memberId}/payments`, payload: { ...payment, reference } });
    expect((await pay()).statusCode).toBe(201);
    expect((await pay()).statusCode).toBe(409);
  });

  it('shows owners the deals of their own club only, and a year narrows them', async () => {
    const foreignDeal = await introductionWithDeal(b);
    await introductionWithDeal(a);
    const owner = as.owner as SignedIn;
    const all = (await send(owner, { method: 'GET', url: '/api/deals?limit=100' })).json();
    expect(all.year).toBeNull();
    expect(all.deals.total).toBeGreaterThan(0);
    const ids = all.deals.items.map((d: { introductionId: string }) => d.introductionId);
    expect(ids).not.toContain(foreignDeal.id);
    const old = (await send(owner, { method: 'GET', url: '/api/deals?year=2001' })).json();
    expect([old.year, old.deals.total, old.totals]).toEqual([2001, 0, []]);
  });

  it('pages the audit log, members, introductions and suppliers on the server; a cursor continues where a page ended', async () => {
    const owner = as.owner as SignedIn;
    const get = async (url: string) => {
      const response = await send(owner, { method: 'GET', url });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      return response.json();
    };
    const byOffset = await get('/api/audit?limit=4');
    expect(byOffset.total).toBeGreaterThan(4);
    const first = await get('/api/audit?limit=2');
    expect(first.items.map((e: { id: string }) => e.id)).toEqual(
      byOffset.items.slice(0, 2).map((e: { id: string }) => e.id),
    );
    const second = await get(`/api/audit?limit=2&offset=2&after=${first.nextCursor}`);
    expect(second.items.map((e: { id: string }) => e.id)).toEqual(
      byOffset.items.slice(2, 4).map((e: { id: string }) => e.id),
    );
    expect(second.total).toBe(byOffset.total);
    const stale = await send(owner, { method: 'GET', url: '/api/audit?after=bm90LWEtY3Vyc29y' });
    expect([stale.statusCode, stale.json().error.code]).toEqual([400, 'validation.bad_cursor']);

    const members = await get('/api/members?limit=1');
    const nextMember = await get(`/api/members?limit=1&after=${members.nextCursor}`);
    expect(nextMember.items[0].id).toEqual((await get('/api/members?limit=1&offset=1')).items[0].id);

    await introductionWithDeal(a);
    await introductionWithDeal(a);
    const intros = await get('/api/introductions?status=introduced&limit=1&offset=1');
    expect(intros.items).toHaveLength(1);
    expect(intros.total).toBeGreaterThanOrEqual(2);
    expect(intros.items[0].deals).toHaveLength(1);
    const firstIntro = await get('/api/introductions?status=introduced&limit=1');
    const nextIntro = await get(`/api/introductions?status=introduced&limit=1&after=${firstIntro.nextCursor}`);
    expect(nextIntro.items[0].id).toBe(intros.items[0].id);

    await supplier(a);
    await supplier(a);
    const suppliers = await get('/api/suppliers?status=pending&limit=1');
    expect(suppliers.items).toHaveLength(1);
    expect(suppliers.total).toBeGreaterThanOrEqual(2);
  });

  it('rejects with the reason shared with the applicant only when the reviewer says so', async () => {
    const owner = as.owner as SignedIn;
    const reject = async (payload: object) => {
      const { id } = await application(a);
      const response = await send(owner, { method: 'POST', url: `/api/applications/${id}/reject`, payload });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    expect(await reject({ reason: 'Not a fit yet', shareReason: true })).toMatchObject({
      status: 'rejected',
      reasonShared: true,
    });
    expect((await reject({ reason: 'Crypto' })).reasonShared).toBe(false);
  });

  it('takes a payment below the fee only with a discount reason', async () => {
    const owner = as.owner as SignedIn;
    const { memberId } = await approved(a);
    const url = `/api/members/${memberId}/payments`;
    const cheap = { ...payment, amount: '800' };
    const refused = await send(owner, { method: 'POST', url, payload: { ...cheap, reference: ref() } });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'payment.discount_reason_required']);
    const taken = await send(owner, {
      method: 'POST',
      url,
      payload: { ...cheap, reference: ref(), discountReason: 'Founding member' },
    });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(taken.json().payment).toMatchObject({ amountMinor: 80_000, currency: 'CNY' });
  });

  it('never reads or changes another club’s data: the club comes from the session', async () => {
    const owner = as.owner as SignedIn;
    const attempts: Request[] = [
      { method: 'GET', url: `/api/applications/${foreign.applicationId}` },
      { method: 'POST', url: `/api/applications/${foreign.applicationId}/approve`, payload: {} },
      { method: 'POST', url: `/api/applications/${foreign.applicationId}/reject`, payload: { reason: 'x' } },
      { method: 'POST', url: `/api/applications/${foreign.applicationId}/request-info`, payload: { message: 'x' } },
      { method: 'GET', url: `/api/members/${foreign.memberId}` },
      { method: 'PUT', url: `/api/members/${foreign.memberId}/notes`, payload: { notes: 'mine now' } },
      {
        method: 'POST',
        url: `/api/members/${foreign.memberId}/payments`,
        payload: { ...payment, reference: ref() },
      },
      { method: 'POST', url: `/api/members/${foreign.memberId}/extensions`, payload: { days: 365, reason: 'x' } },
      { method: 'POST', url: `/api/questions/${foreign.questionId}/answer`, payload: { answer: 'x' } },
      { method: 'POST', url: `/api/questions/${foreign.questionId}/claim`, payload: {} },
      { method: 'POST', url: `/api/questions/${foreign.questionId}/unclaim`, payload: {} },
      { method: 'POST', url: `/api/members/${foreign.memberId}/end`, payload: { reason: 'x' } },
      { method: 'POST', url: '/api/staff', payload: { memberId: foreign.memberId, role: 'owner' } },
      { method: 'DELETE', url: `/api/staff/${b.ownerId}/roles/owner` },
      { method: 'POST', url: `/api/staff/${b.ownerId}/login-link`, payload: { role: 'owner' } },
    ];
    for (const request of attempts) {
      const response = await send(owner, request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
    // A club id in the request is ignored: lists show only the session's club.
    const list = await send(owner, { method: 'GET', url: `/api/members?communityId=${b.community.id}&search=Foreign` });
    expect(list.json().total).toBe(0);
    const lookup = await send(as.coach ?? null, { method: 'GET', url: '/api/members/lookup?search=Foreign' });
    expect(lookup.json()).toEqual([]);

    const bApplication = await api.core.getApplication({
      actor: b.owner,
      communityId: b.community.id,
      applicationId: foreign.applicationId,
    });
    expect(bApplication.application.status).toBe('pending');
    const bMember = await api.core.getMemberDetail({
      actor: b.owner,
      communityId: b.community.id,
      memberId: foreign.memberId,
    });
    expect(bMember.member.notes).toBe('');
    expect(bMember.periods).toEqual([]);
    expect((await api.core.listStaff({ actor: b.owner, communityId: b.community.id })).map((s) => s.memberId)).toEqual([
      b.ownerId,
    ]);
  });
});
