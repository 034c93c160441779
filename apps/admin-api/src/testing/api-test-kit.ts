import {
  type Actor,
  type Clock,
  type Community,
  type Core,
  createCore,
  type Ports,
  type Repositories,
  randomIds,
  type StaffRole,
  systemActor,
  type UnitOfWork,
} from '@snowball/core';
import { InMemoryJobQueue, RecordingMessenger, RecordingRoleSync } from '@snowball/core/testing';
import type { FastifyInstance } from 'fastify';
import { type ApiServerConfig, buildApiServer } from '../build-api-server.js';

export const PUBLIC_URL = 'http://panel.test';

/** Real time, moved on by whatever a test adds: entries keep their order, and a test can jump past an expiry. */
export class ShiftedClock implements Clock {
  private offset = 0;
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}

export interface TestApi {
  readonly app: FastifyInstance;
  readonly ports: Ports & { readonly clock: ShiftedClock };
  readonly core: Core;
}

/** The API over the given repositories, with a clock the test can move and random ids. */
export async function startTestApi(
  repos: Repositories & { uow: UnitOfWork },
  options: {
    readonly webRoot?: string;
    readonly mount?: (app: FastifyInstance) => Promise<void>;
    readonly readiness?: () => Promise<{ ok: boolean; checks: Record<string, { ok: boolean; reason?: string }> }>;
    readonly logger?: Parameters<typeof buildApiServer>[0]['logger'];
    readonly secure?: boolean;
    /** Passed on as `ApiServerConfig.slackInstallUrl`. */
    readonly slackInstallUrl?: string;
    /** Wraps the core, e.g. to make one use case fail. */
    readonly wrapCore?: (core: Core) => Core;
    /** Passed on as `ApiServerConfig.connectionHealth`. */
    readonly connectionHealth?: ApiServerConfig['connectionHealth'];
  } = {},
): Promise<TestApi> {
  const ports = {
    ...repos,
    clock: new ShiftedClock(),
    ids: randomIds,
    messenger: new RecordingMessenger(),
    roleSync: new RecordingRoleSync(),
    jobs: new InMemoryJobQueue(),
  };
  const core = createCore(ports);
  const app = await buildApiServer({
    core: options.wrapCore ? options.wrapCore(core) : core,
    logger: options.logger ?? false,
    config: {
      publicUrl: PUBLIC_URL,
      sessionCookieSecure: options.secure ?? false,
      ...(options.webRoot ? { webRoot: options.webRoot } : {}),
      ...(options.slackInstallUrl ? { slackInstallUrl: options.slackInstallUrl } : {}),
      ...(options.connectionHealth ? { connectionHealth: options.connectionHealth } : {}),
    },
    readiness: options.readiness ?? (async () => ({ ok: true, checks: { postgres: { ok: true } } })),
    ...(options.mount ? { mount: options.mount } : {}),
  });
  await app.ready();
  return { app, ports, core };
}

export interface TestClub {
  readonly community: Community;
  readonly ownerId: string;
  readonly owner: Actor;
}

/** A club with a unique slug and its first owner. */
export async function createClub(core: Core, name = 'Test Club 测试社群'): Promise<TestClub> {
  const slug = `club-${randomIds.code().toLowerCase()}`;
  const { community, ownerId } = await core.createCommunity({
    slug,
    name,
    owner: { displayName: 'Olivia Owner 群主', email: `${slug}-owner@example.com` },
    settings: { acceptedCurrencies: ['CNY', 'USD'] },
  });
  return {
    community,
    ownerId,
    owner: { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] },
  };
}

/** Adds a member holding `role` to the club (through the core, as an owner would). */
export async function addStaff(core: Core, club: TestClub, displayName: string, role: StaffRole): Promise<string> {
  const application = await core.submitApplication({
    communityId: club.community.id,
    name: displayName,
    email: `${randomIds.code().toLowerCase()}@example.com`,
    answers: [],
    valuesPledge: true,
    locale: 'en',
  });
  const approved = await core.approveApplication({
    actor: club.owner,
    communityId: club.community.id,
    applicationId: application.id,
  });
  const memberId = approved.memberId as string;
  await core.grantStaffRole({ actor: club.owner, communityId: club.community.id, memberId, role });
  return memberId;
}

export interface SignedIn {
  /** `name=value`, ready for a `cookie` header. */
  readonly cookie: string;
  readonly csrfToken: string;
  readonly headers: { readonly cookie: string; readonly 'x-csrf-token': string };
}

/** Signs a staff member in the way a person does: a login link, then `GET /login`. */
export async function signIn(api: TestApi, club: TestClub, memberId: string, role: StaffRole): Promise<SignedIn> {
  const { token } = await api.core.issueLoginLink({
    actor: systemActor(club.community.id, 'test'),
    communityId: club.community.id,
    memberId,
    role,
  });
  // Each sign-in from its own address, so tests that sign in often stay under the strict login rate limit.
  const remoteAddress = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
  const login = await api.app.inject({
    method: 'GET',
    url: `/login?token=${encodeURIComponent(token)}`,
    remoteAddress,
  });
  if (login.statusCode !== 303 || login.headers.location !== '/') {
    throw new Error(`sign-in failed: ${login.statusCode} ${String(login.headers.location)}`);
  }
  const setCookie = [login.headers['set-cookie']].flat()[0] ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  const session = await api.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
  const csrfToken = session.json<{ csrfToken: string }>().csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

export interface LinkedMember {
  readonly id: string;
  /** Their Discord user id (in the workspace `guild-1`). */
  readonly user: string;
  readonly actor: Actor;
}

/** A paid member linked on Discord (so DMs to them are recorded): applied, approved and paid through the core. */
export async function addPaidDiscordMember(core: Core, club: TestClub, name: string): Promise<LinkedMember> {
  const user = `u-${randomIds.code()}`;
  const application = await core.submitApplication({
    communityId: club.community.id,
    name,
    email: `${user.toLowerCase()}@example.com`,
    answers: [],
    valuesPledge: true,
    locale: 'zh-CN',
    account: { platform: 'discord', workspaceId: 'guild-1', platformUserId: user },
  });
  await core.approveApplication({ actor: club.owner, communityId: club.community.id, applicationId: application.id });
  const paid = await core.recordPayment({
    actor: club.owner,
    communityId: club.community.id,
    applicationId: application.id,
    amountMinor: 100_000,
    currency: 'CNY',
    method: 'wechat_pay',
    reference: `wx-${user}`,
  });
  const id = paid.payment.memberId;
  return { id, user, actor: { kind: 'member', communityId: club.community.id, memberId: id, roles: [] } };
}

/** A member who applied, was approved and paid the club's fee by bank transfer; their email is `<first name>-<slug>@example.com`. */
export async function addPaidMember(core: Core, club: TestClub, name: string): Promise<string> {
  const communityId = club.community.id;
  const application = await core.submitApplication({
    communityId,
    name,
    email: `${name.split(' ')[0]?.toLowerCase()}-${club.community.slug}@example.com`,
    answers: [],
    valuesPledge: true,
    locale: 'en',
  });
  const approved = await core.approveApplication({ actor: club.owner, communityId, applicationId: application.id });
  await core.recordPayment({
    actor: club.owner,
    communityId,
    applicationId: application.id,
    amountMinor: club.community.settings.fee.amountMinor,
    currency: club.community.settings.fee.currency,
    method: 'bank_transfer',
    reference: `REF-${application.id}`,
  });
  return approved.memberId as string;
}
