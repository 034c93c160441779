import { type Actor, createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../job-context.js';
import { JOB } from '../job-list.js';
import { globalSchedulerSpecs } from '../schedules/periodic-jobs.js';
import { sendOnboardingJob } from './send-onboarding.job.js';

describe('vitality.onboarding', () => {
  it('welcomes every club’s new members once, however often it runs, and is scheduled hourly', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-03-02T02:00:00Z'); // 10:00 in Shanghai
    const core = createCore(ports);
    for (const slug of ['one', 'two']) {
      const { community, ownerId } = await core.createCommunity({ slug, name: slug, owner: { displayName: 'O' } });
      const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
      const app = await core.submitApplication({
        communityId: community.id,
        name: `Ann ${slug}`,
        email: `ann-${slug}@example.com`,
        answers: [],
        valuesPledge: true,
        locale: 'en',
      });
      const approved = await core.approveApplication({
        actor: owner,
        communityId: community.id,
        applicationId: app.id,
      });
      await core.recordPayment({
        actor: owner,
        communityId: community.id,
        memberId: approved.memberId as string,
        amountMinor: 100_000,
        currency: 'CNY',
        method: 'cash',
        reference: `ref-${slug}`,
      });
      await ports.accounts.link({
        communityId: community.id,
        memberId: approved.memberId as string,
        platform: 'discord',
        workspaceId: 'G',
        platformUserId: `U-${slug}`,
        linkedAt: ports.clock.now(),
      });
    }
    const ctx = { core, communities: ports.communities, logger: silentLogger };
    expect(await sendOnboardingJob.handler(ctx, {}, null)).toEqual({ results: { one: 1, two: 1 }, clubs: 2 });
    expect(await sendOnboardingJob.handler(ctx, {}, null)).toEqual({ results: { one: 0, two: 0 }, clubs: 2 });
    expect(ports.messenger.sent.map((s) => [s.account.platformUserId, s.message.title])).toEqual([
      ['U-one', 'Welcome to one'],
      ['U-two', 'Welcome to two'],
    ]);
    expect(JOB.onboarding).toBe('vitality.onboarding');
    expect(globalSchedulerSpecs().find((s) => s.name === JOB.onboarding)).toMatchObject({
      id: 'vitality.onboarding',
      repeat: { every: 3_600_000 },
    });
  });
});
