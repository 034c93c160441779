/**
 * Two clubs behind the real admin API on a scratch PostgreSQL database, with one record of each kind the panel
 * works on in club A, and what the reliability tests of the panel need around them: a request for every
 * endpoint of the contract (`endpoints`, the one list of /api routes, kept equal to the registered routes by
 * `endpoints.contract.test.ts`), a valid body for every endpoint that takes one, and a fingerprint of everything
 * a club holds in PostgreSQL (to prove a refused request wrote nothing).
 */
import { randomUUID } from 'node:crypto';
import { type Endpoint, endpoints } from '../../../apps/admin-api/src/contract/endpoints.contract.js';
import {
  addStaff,
  createClub,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../../../apps/admin-api/src/testing/api-test-kit.js';
import type { Actor } from '../../../packages/core/src/index.js';
import {
  createDrizzleRepositories,
  type DatabaseHandle,
  openDatabase,
  type PostgresHandle,
  runMigrations,
} from '../../../packages/db/src/index.js';
import { createScratchDatabase, type ScratchDatabase } from '../../../packages/db/src/testing/index.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What these tests use of a contract's zod schema (zod itself is the admin API's dependency). */
export interface BodySchema {
  safeParse(value: unknown): { success: boolean; error?: { message: string } };
}

export interface ApiRequest {
  readonly endpoint: Endpoint;
  readonly method: Method;
  readonly url: string;
  readonly payload?: unknown;
}

/** Ids of club A's records, one of each kind a route takes by id. */
export interface ClubRecords {
  readonly applicationId: string;
  readonly memberId: string;
  readonly paymentId: string;
  readonly questionId: string;
  readonly faqId: string;
  readonly libraryId: string;
  readonly lessonId: string;
  readonly supplierId: string;
  readonly couponId: string;
  readonly moderatorId: string;
  readonly coachId: string;
  readonly guestId: string;
}

export interface PanelClubs {
  readonly api: TestApi;
  readonly a: TestClub;
  readonly b: TestClub;
  /** Club A's staff, signed in. */
  readonly as: Record<'owner' | 'moderator' | 'coach' | 'guest', SignedIn>;
  /** Club B's owner and moderator, signed in. */
  readonly other: Record<'owner' | 'moderator', SignedIn>;
  readonly records: ClubRecords;
  /** Text written into every record of club A, so a response that shows any of it to club B is caught. */
  readonly marker: string;
  /** A fresh pending application of club A (for routes that decide one). */
  pendingApplication(): Promise<string>;
  /** Everything club `communityId` holds in PostgreSQL, one hash per table (sessions left out: use touches them). */
  fingerprint(communityId: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export const MARKER = 'Aurelia Quill 甲社机密';

export async function openPanelClubs(): Promise<PanelClubs> {
  const scratch: ScratchDatabase = await createScratchDatabase(process.env.DATABASE_URL as string, {
    prefix: 'snowball_panel',
  });
  const handle: DatabaseHandle = await openDatabase({ url: scratch.url });
  await runMigrations(handle);
  const api = await startTestApi(createDrizzleRepositories(handle.db));
  const a = await createClub(api.core, `Club A ${MARKER}`);
  const b = await createClub(api.core, 'Club B 乙社');
  const staff = {
    moderator: await addStaff(api.core, a, `Mia ${MARKER}`, 'moderator'),
    coach: await addStaff(api.core, a, `Chen ${MARKER}`, 'coach'),
    guest: await addStaff(api.core, a, `Gao ${MARKER}`, 'guest'),
  };
  const as = {
    owner: await signIn(api, a, a.ownerId, 'owner'),
    moderator: await signIn(api, a, staff.moderator, 'moderator'),
    coach: await signIn(api, a, staff.coach, 'coach'),
    guest: await signIn(api, a, staff.guest, 'guest'),
  };
  const otherModerator = await addStaff(api.core, b, 'Bo Moderator', 'moderator');
  const other = {
    owner: await signIn(api, b, b.ownerId, 'owner'),
    moderator: await signIn(api, b, otherModerator, 'moderator'),
  };

  const pendingApplication = async () =>
    (
      await api.core.submitApplication({
        communityId: a.community.id,
        name: `Applicant ${MARKER}`,
        email: `${randomUUID().slice(0, 8)}@example.com`,
        answers: [{ question: 'What do you do?', answer: `Trade ${MARKER}` }],
        valuesPledge: true,
        locale: 'en',
      })
    ).id;
  const applicationId = await pendingApplication();
  const approved = await api.core.approveApplication({ actor: a.owner, communityId: a.community.id, applicationId });
  const memberId = approved.memberId as string;
  const paid = await api.core.recordPayment({
    actor: a.owner,
    communityId: a.community.id,
    memberId,
    amountMinor: 120_000,
    currency: 'CNY',
    method: 'cash',
    reference: `REF-${randomUUID().slice(0, 8)}`,
  });
  const memberActor: Actor = { kind: 'member', communityId: a.community.id, memberId, roles: [] };
  const question = await api.core.askQuestion({ actor: memberActor, body: `How do I price this? ${MARKER}` });
  const now = api.ports.clock.now();
  const faqId = randomUUID();
  await api.ports.faq.create({
    id: faqId,
    communityId: a.community.id,
    questionId: null,
    question: `FAQ ${MARKER}`,
    answer: `Answer ${MARKER}`,
    answeredBy: staff.coach,
    publishedBy: staff.coach,
    publishedAt: now,
    updatedAt: now,
  });
  const libraryId = randomUUID();
  await api.ports.library.create({
    id: libraryId,
    communityId: a.community.id,
    platform: 'discord',
    workspaceId: 'guild-a',
    channelId: 'general',
    messageId: `m-${randomUUID()}`,
    url: null,
    authorId: memberId,
    authorName: `Author ${MARKER}`,
    body: `Saved words ${MARKER}`,
    title: `Saved ${MARKER}`,
    tags: [],
    status: 'pending',
    savedBy: staff.moderator,
    savedAt: now,
    reviewedBy: null,
    reviewedAt: null,
    opens: 0,
  });
  const lesson = await api.core.scheduleLesson({
    actor: a.owner,
    communityId: a.community.id,
    title: `Lesson ${MARKER}`,
    startsAt: new Date(now.getTime() + 7 * 86_400_000),
    durationMinutes: 60,
  });
  const supplier = await api.core.recommendSupplier({
    actor: a.owner,
    communityId: a.community.id,
    name: `Freight ${MARKER}`,
    categories: ['logistics'],
    region: 'Shenzhen',
  });
  const coupon = await api.core.createCoupon({
    actor: a.owner,
    communityId: a.community.id,
    code: `A${randomUUID().slice(0, 6).toUpperCase()}`,
    kind: 'percent',
    value: 10,
    appliesTo: 'any',
    maxUses: null,
    expiresAt: null,
  });
  const records: ClubRecords = {
    applicationId,
    memberId,
    paymentId: paid.payment.id,
    questionId: question.id,
    faqId,
    libraryId,
    lessonId: lesson.id,
    supplierId: supplier.id,
    couponId: coupon.id,
    moderatorId: staff.moderator,
    coachId: staff.coach,
    guestId: staff.guest,
  };

  const client = (handle as PostgresHandle).client;
  const tables = (
    await client.unsafe<{ table_name: string }[]>(
      `select table_name from information_schema.columns
       where table_schema = 'public' and column_name = 'community_id' order by table_name`,
    )
  )
    .map((r) => r.table_name)
    .filter((t) => t !== 'admin_sessions');

  return {
    api,
    a,
    b,
    as,
    other,
    records,
    marker: MARKER,
    pendingApplication,
    async fingerprint(communityId) {
      // One statement, one round trip: a hash and a count per table of the club's rows.
      const parts = [
        `select 'communities' as t, 1 as n, md5(c::text) as h from communities c where id = $1`,
        ...tables.map(
          (table) =>
            `select '${table}', count(*)::int, md5(string_agg(x::text, '|' order by x::text)) from "${table}" x where community_id = $1`,
        ),
      ];
      const rows = await client.unsafe<{ t: string; n: number; h: string | null }[]>(parts.join(' union all '), [
        communityId,
      ]);
      return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h ?? ''}`]));
    },
    async close() {
      await api.app.close();
      await handle.close();
      await scratch.drop();
    },
  };
}

/** Which of club A's records a route's `:id` names, by the path before it. */
export function idFor(path: string, records: ClubRecords): string {
  const at = (prefix: string) => path.startsWith(prefix);
  if (at('/applications/')) return records.applicationId;
  if (at('/members/')) return records.memberId;
  if (at('/questions/')) return records.questionId;
  if (at('/faq/')) return records.faqId;
  if (at('/library/')) return records.libraryId;
  if (at('/lessons/')) return records.lessonId;
  if (at('/suppliers/')) return records.supplierId;
  if (at('/billing/coupons/')) return records.couponId;
  if (at('/payments/')) return records.paymentId;
  // A route whose records the fixture does not make (cases, refunds, a new kind): an id no club has.
  return randomUUID();
}

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * A body each endpoint accepts, naming club A's records where it names any. `bodyCoverage` checks that every
 * endpoint taking a body has one here that its contract schema accepts, so a new form cannot be left out.
 */
export function sampleBody(endpoint: Endpoint, r: ClubRecords): unknown {
  const payment = {
    amount: '1200',
    currency: 'CNY',
    method: 'bank_transfer',
    reference: `REF-${randomUUID().slice(0, 8)}`,
  };
  const samples: Partial<Record<Endpoint, unknown>> = {
    'POST /applications/:id/approve': { note: 'Welcome' },
    'POST /applications/:id/reject': { reason: 'Not a fit yet' },
    'POST /applications/:id/request-info': { message: 'Which markets do you serve?' },
    'POST /applications/:id/payment': payment,
    'PUT /members/:id/notes': { notes: 'Met at the Canton fair' },
    'PATCH /members/:id/settings': { timezone: 'Asia/Shanghai' },
    'POST /members/:id/payments': payment,
    'POST /members/:id/extensions': { days: 30, reason: 'Goodwill' },
    'POST /members/:id/end': { reason: 'Broke the rules' },
    'POST /questions/:id/answer': { answer: 'Use a certified forwarder.' },
    'POST /questions/:id/route': { guestId: r.guestId },
    'POST /questions/:id/follow-up': { body: 'Could you share the invoice too?' },
    'POST /questions/:id/publish': { question: 'How to ship batteries?', answer: 'Use a certified forwarder.' },
    'PATCH /faq/:id': { answer: 'Updated answer' },
    'PATCH /library/:id': { title: 'Worth keeping', tags: ['shipping'] },
    'POST /lessons/series': {
      title: 'Weekly customs clinic',
      durationMinutes: 60,
      frequency: 'weekly',
      weekdays: ['TU'],
      time: '19:00',
    },
    'POST /lessons': { title: 'Customs 101', durationMinutes: 60, startsAt: future(10), hostMemberId: r.coachId },
    'PATCH /lessons/:id': { title: 'Customs 102', location: 'Room 2' },
    'POST /lessons/:id/cancel': { reason: 'Speaker ill' },
    'POST /lessons/:id/rsvps': { memberId: r.memberId },
    'PUT /lessons/:id/attendance': { attendedMemberIds: [r.memberId] },
    'POST /lessons/:id/materials': { materialsUrl: 'https://example.com/slides.pdf', replayUrl: null },
    'POST /suppliers/:id/vet': { decision: 'vetted', notes: 'Checked the licence' },
    'POST /cases/:id/decision': { decision: 'uphold', notes: 'Spam' },
    'POST /cases/:id/appeal-decision': { decision: 'deny', notes: 'Upheld' },
    'PUT /moderation/rules': { preset: 'strict' },
    'POST /moderation/rules/test': { text: 'Add me on WeChat abc123' },
    'POST /settings/platforms/discord': { guildId: '123456789012345678' },
    'PATCH /settings': { names: { en: 'Founders Club' } },
    'PUT /billing/pricing': { renewalAmountMinor: 100_000, earlyBird: null, refundAccess: 'keep_access' },
    'POST /billing/coupons': {
      code: `C${randomUUID().slice(0, 6).toUpperCase()}`,
      kind: 'percent',
      value: 10,
      appliesTo: 'any',
      maxUses: null,
      expiresAt: null,
    },
    'POST /billing/refunds/:id/decision': { endAccess: false },
    'POST /staff': { memberId: r.memberId, role: 'coach' },
    'POST /staff/guests': { displayName: 'Grace Guest', email: `${randomUUID().slice(0, 8)}@example.com` },
    'POST /staff/:memberId/login-link': { role: 'moderator' },
    'POST /introductions/groups': {
      memberIds: [r.memberId, r.coachId, r.moderatorId],
      reason: 'Logistics meets two e-commerce founders',
    },
  };
  return samples[endpoint];
}

/** Endpoints that take a body with no valid sample here (should be none). */
export function bodyCoverage(records: ClubRecords): string[] {
  const missing: string[] = [];
  for (const [endpoint, entry] of Object.entries(endpoints) as [Endpoint, { body?: BodySchema }][]) {
    if (!entry.body) continue;
    const sample = sampleBody(endpoint, records);
    const parsed = entry.body.safeParse(sample);
    if (sample === undefined || !parsed.success) missing.push(`${endpoint}: ${parsed.error?.message ?? 'no sample'}`);
  }
  return missing;
}

/** The request for an endpoint on club A's records, with a valid body when it takes one. */
export function requestFor(endpoint: Endpoint, records: ClubRecords): ApiRequest {
  const [method, path] = endpoint.split(' ') as [Method, string];
  const url = `/api${path
    .replace(/:id\b/, idFor(path, records))
    .replace(/:memberId\b/, records.moderatorId)
    .replace(/:role\b/, 'moderator')}`;
  const entry = endpoints[endpoint] as { body?: BodySchema };
  const payload = entry.body ? sampleBody(endpoint, records) : method === 'GET' ? undefined : {};
  return { endpoint, method, url, ...(payload !== undefined ? { payload } : {}) };
}

let address = 0;

/** Sends a request as `who` (null: no session), each from its own address so the API's rate limit stays out of it. */
export function send(
  api: TestApi,
  who: SignedIn | null,
  request: ApiRequest,
  options: { csrf?: boolean; headers?: Record<string, string> } = {},
) {
  const session = who ? (options.csrf === false ? { cookie: who.cookie } : who.headers) : {};
  address += 1;
  return api.app.inject({
    method: request.method,
    url: request.url,
    headers: { ...session, ...options.headers },
    remoteAddress: `10.77.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`,
    ...(request.payload !== undefined ? { payload: request.payload as object } : {}),
  });
}
