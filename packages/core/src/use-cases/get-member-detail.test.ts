import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { emptyProfile } from '../domain/profile.js';
import { pageRequest } from '../ports/page.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';

async function setup() {
  const ports = createTestPorts();
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({ slug: 'c', name: 'C', owner: { displayName: 'Owner' } });
  const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
  const app = await core.submitApplication({
    communityId: community.id,
    name: 'Li Lei',
    email: 'li@example.com',
    answers: [],
    valuesPledge: true,
    locale: 'zh-CN',
    account: { platform: 'discord', workspaceId: 'g1', platformUserId: 'u1' },
  });
  const approved = await core.approveApplication({ actor: owner, communityId: community.id, applicationId: app.id });
  await core.recordPayment({
    actor: owner,
    communityId: community.id,
    applicationId: app.id,
    amountMinor: 100_000,
    currency: 'CNY',
    method: 'wechat_pay',
    reference: 'wx-1',
  });
  const memberId = approved.memberId as string;
  const strike = (status: 'upheld' | 'dismissed') =>
    ports.moderation.create({
      id: ports.ids.id(),
      communityId: community.id,
      memberId,
      reporterId: null,
      kind: 'advertising',
      status,
      platform: 'discord',
      channelId: null,
      messageId: null,
      excerpt: '加微信',
      reason: 'ad',
      decidedBy: ownerId,
      decidedAt: ports.clock.now(),
      appeal: null,
      createdAt: ports.clock.now(),
    });
  await strike('upheld');
  await strike('dismissed');
  return { ports, core, community, owner, memberId };
}

describe('getMemberDetail and updateMemberNotes', () => {
  it('shows periods, linked platforms, payments (owners only), strikes and notes', async () => {
    const { core, community, owner, memberId } = await setup();
    const detail = await core.getMemberDetail({ actor: owner, communityId: community.id, memberId });
    expect(detail.membership.status).toBe('active');
    expect(detail.periods).toHaveLength(1);
    expect(detail.accounts.map((a) => a.platform)).toEqual(['discord']);
    expect(detail.payments?.map((p) => p.reference)).toEqual(['wx-1']);
    expect(detail.strikes.map((s) => s.status)).toEqual(['upheld']);

    const moderator: Actor = { ...owner, roles: ['moderator'] };
    const seen = await core.getMemberDetail({ actor: moderator, communityId: community.id, memberId });
    expect(seen.payments).toBeNull();
    await expect(
      core.getMemberDetail({ actor: { ...owner, roles: ['coach'] }, communityId: community.id, memberId }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await expect(
      core.getMemberDetail({ actor: owner, communityId: community.id, memberId: owner.kind === 'member' ? 'x' : '' }),
    ).rejects.toMatchObject({ code: 'member.not_found' });
  });

  it('shows the profile without the contact the member shares only with introduced members', async () => {
    const { ports, core, community, owner, memberId } = await setup();
    await ports.profiles.upsert({
      ...emptyProfile(community.id, memberId, ports.clock.now()),
      company: 'Lei Logistics',
      contactForIntros: 'WeChat: lilei_sz',
    });
    const detail = await core.getMemberDetail({ actor: owner, communityId: community.id, memberId });
    expect(detail.profile?.company).toBe('Lei Logistics');
    expect(JSON.stringify(detail)).not.toContain('lilei_sz');
  });

  it('updates notes with an audit entry, cleans them and refuses overlong ones', async () => {
    const { ports, core, community, owner, memberId } = await setup();
    const moderator: Actor = { ...owner, roles: ['moderator'] };
    const updated = await core.updateMemberNotes({
      actor: moderator,
      communityId: community.id,
      memberId,
      notes: '  Prefers WeChat.\u200B ',
    });
    expect(updated.notes).toBe('Prefers WeChat.');
    expect((await core.getMemberDetail({ actor: owner, communityId: community.id, memberId })).member.notes).toBe(
      'Prefers WeChat.',
    );
    const audit = await ports.audit.list(community.id, { action: 'member.notes.update' }, pageRequest());
    expect(audit.items[0]).toMatchObject({ before: { notes: '' }, after: { notes: 'Prefers WeChat.' } });
    await expect(
      core.updateMemberNotes({ actor: moderator, communityId: community.id, memberId, notes: 'x'.repeat(4001) }),
    ).rejects.toMatchObject({ code: 'validation.too_long' });
  });
});
