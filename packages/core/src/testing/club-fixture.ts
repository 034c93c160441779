import { type Core, createCore } from '../create-core.js';
import { applicationDecisionJob, applicationDecisionKey } from '../domain/application-decision-notice.js';
import type { CommunitySettings } from '../domain/community.js';
import type { Platform } from '../domain/member.js';
import type { Locale } from '../i18n/locale.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts, type TestPorts } from './create-test-ports.js';

export interface FixtureMemberOptions {
  readonly name: string;
  readonly locale?: Locale;
  readonly timezone?: string | null;
  /** Platforms to link (a user id is derived from the name); default Discord only. */
  readonly platforms?: readonly Platform[];
  /** Record the first year's payment (default true). */
  readonly paid?: boolean;
}

export interface ClubFixture {
  readonly ports: TestPorts;
  readonly core: Core;
  readonly communityId: string;
  readonly owner: Actor & { readonly kind: 'member' };
  /** Adds an approved (and by default paid) member linked on the given platforms; returns their actor. */
  addMember(options: FixtureMemberOptions): Promise<Actor & { readonly kind: 'member' }>;
  /** Makes an existing member a coach (and returns the coach's actor). */
  makeCoach(member: Actor & { readonly kind: 'member' }): Promise<Actor & { readonly kind: 'member' }>;
}

/** A club with an owner (linked on Discord) at the ManualClock's start, for use-case tests. */
export async function createClubFixture(
  options: {
    readonly settings?: Partial<CommunitySettings>;
    readonly now?: string;
    /** Ports over other repositories (the drizzle ones on a scratch database); default in-memory. */
    readonly ports?: TestPorts;
  } = {},
): Promise<ClubFixture> {
  const ports = options.ports ?? createTestPorts();
  if (options.now) ports.clock.set(options.now);
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'founders',
    name: 'Founders Club',
    owner: { displayName: 'Olivia Owner', email: 'owner@example.com' },
    ...(options.settings ? { settings: options.settings } : {}),
  });
  await ports.accounts.link({
    communityId: community.id,
    platform: 'discord',
    workspaceId: 'guild-1',
    platformUserId: 'owner',
    memberId: ownerId,
    linkedAt: ports.clock.now(),
  });
  const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
  let n = 0;
  return {
    ports,
    core,
    communityId: community.id,
    owner,
    async addMember(member) {
      n += 1;
      const userId = `user-${n}`;
      const [first = 'discord', ...others] = member.platforms ?? ['discord'];
      const workspace = (p: Platform) => (p === 'discord' ? 'guild-1' : p === 'slack' ? 'T1' : 'sim');
      const application = await core.submitApplication({
        communityId: community.id,
        name: member.name,
        email: `member${n}@example.com`,
        answers: [],
        valuesPledge: true,
        locale: member.locale ?? 'en',
        account: { platform: first, workspaceId: workspace(first), platformUserId: userId },
      });
      const sentBefore = ports.messenger.sent.length;
      const approved = await core.approveApplication({
        actor: owner,
        communityId: community.id,
        applicationId: application.id,
      });
      // An existing member: their welcome DM and its safety-net job belong to the past, not to the test.
      ports.messenger.sent.splice(sentBefore);
      const welcomeKey = applicationDecisionKey(approved);
      if (welcomeKey) {
        const job = applicationDecisionJob(community.id, approved.id, welcomeKey, ports.clock.now());
        await ports.jobs.cancel(job.name, job.id);
      }
      const memberId = approved.memberId as string;
      for (const platform of others) {
        await ports.accounts.link({
          communityId: community.id,
          platform,
          workspaceId: workspace(platform),
          platformUserId: userId,
          memberId,
          linkedAt: ports.clock.now(),
        });
      }
      if (member.timezone !== undefined) {
        const row = await ports.members.get(community.id, memberId);
        if (row) await ports.members.update({ ...row, timezone: member.timezone });
      }
      if (member.paid ?? true) {
        await core.recordPayment({
          actor: owner,
          communityId: community.id,
          applicationId: application.id,
          amountMinor: 100_000,
          currency: 'CNY',
          method: 'wechat_pay',
          reference: `wx-${n}`,
        });
      }
      return { kind: 'member', communityId: community.id, memberId, roles: [] };
    },
    async makeCoach(member) {
      await ports.staff.grant({
        communityId: community.id,
        memberId: member.memberId,
        role: 'coach',
        grantedAt: ports.clock.now(),
      });
      return { ...member, roles: ['coach'] };
    },
  };
}
