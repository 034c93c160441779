import { describe, expect, it } from 'vitest';
import { directoryClub } from '../testing/directory-club.js';
import { clubWithMemberIn, MEMBERSHIP_CASES } from '../testing/membership-states.js';

describe('updateProfile: members edit their own only while the membership gives access', () => {
  it.each(MEMBERSHIP_CASES)('$state → refused with $refusedWith', async ({ state, refusedWith }) => {
    const { core, ports, communityId, member } = await clubWithMemberIn(state);
    const editing = core.updateProfile({ actor: member, communityId, patch: { company: 'Acme Trading' } });
    if (refusedWith) {
      await expect(editing).rejects.toMatchObject({ code: refusedWith });
      expect(await ports.profiles.get(communityId, member.memberId)).toBeNull();
    } else {
      await editing;
      expect((await ports.profiles.get(communityId, member.memberId))?.company).toBe('Acme Trading');
    }
  });

  it('lets a moderator edit a lapsed member’s profile (audited)', async () => {
    const { core, ports, communityId, member, owner } = await clubWithMemberIn('lapsed');
    await core.updateProfile({ actor: owner, communityId, memberId: member.memberId, patch: { company: 'Acme' } });
    expect((await ports.profiles.get(communityId, member.memberId))?.company).toBe('Acme');
  });
});

describe('updateProfile', () => {
  it('saves a member’s own profile, cleaned', async () => {
    const { core, communityId, lilei } = await directoryClub();
    const saved = await core.updateProfile({
      actor: lilei.actor,
      communityId,
      patch: { role: '  创始人\u200B ', languages: ['zh-CN', 'en', 'zh-CN'], timezone: 'Asia/Shanghai' },
    });
    expect(saved).toMatchObject({
      role: '创始人',
      languages: ['zh-CN', 'en'],
      timezone: 'Asia/Shanghai',
      company: '雷霆跨境',
    });
  });

  it('validates every field', async () => {
    const { core, communityId, lilei, sam, ports } = await directoryClub();
    const update = (patch: Record<string, unknown>) =>
      core.updateProfile({ actor: lilei.actor, communityId, patch: patch as never });
    await expect(update({ offers: 'x'.repeat(1001) })).rejects.toMatchObject({ code: 'validation.too_long' });
    await expect(update({ company: 'x'.repeat(121) })).rejects.toMatchObject({ code: 'validation.too_long' });
    await expect(update({ needs: 42 })).rejects.toMatchObject({ code: 'validation.invalid' });
    await expect(update({ visibility: 'public' })).rejects.toMatchObject({ code: 'validation.invalid' });
    await expect(update({ languages: ['fr'] })).rejects.toMatchObject({ code: 'validation.invalid' });
    await expect(update({ timezone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'validation.invalid' });
    await expect(update({ matchingOptIn: 'yes' })).rejects.toMatchObject({ code: 'validation.invalid' });
    await expect(update({ contactForIntros: 'x'.repeat(201) })).rejects.toMatchObject({
      code: 'validation.too_long',
    });
    // Contact details are not promotion: the club's refused categories do not apply to them.
    expect((await update({ contactForIntros: '微信 虚拟货币_li' })).contactForIntros).toBe('微信 虚拟货币_li');
    await expect(update({ favouriteColour: 'red' })).rejects.toMatchObject({ code: 'validation.invalid' });
    await expect(update({ doNotPair: [lilei.id] })).rejects.toMatchObject({ code: 'validation.invalid' });
    await expect(update({ doNotPair: ['00000000-0000-4000-8000-00000000ffff'] })).rejects.toMatchObject({
      code: 'validation.invalid',
    });
    await expect(update({ snoozedUntil: new Date(ports.clock.now().getTime() - 1) })).rejects.toMatchObject({
      code: 'validation.invalid',
    });
    await expect(update({ offers: '我们做虚拟货币理财' })).rejects.toMatchObject({
      code: 'content.excluded',
      context: { field: 'offers', keyword: '虚拟货币' },
    });
    // Needs may mention a refused category (e.g. looking for help leaving one); promotions may not.
    await expect(update({ needs: 'advice on MLM-proofing our reseller contracts' })).resolves.toBeTruthy();
    expect((await update({ doNotPair: [sam.id] })).doNotPair).toEqual([sam.id]);
  });

  it('lets moderators edit others with an audit entry, and nobody else', async () => {
    const { core, ports, communityId, lilei, sam, moderator } = await directoryClub();
    await expect(
      core.updateProfile({ actor: sam.actor, communityId, memberId: lilei.id, patch: { role: 'CEO' } }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await core.updateProfile({ actor: moderator.actor, communityId, memberId: lilei.id, patch: { role: 'CEO' } });
    const audit = await ports.audit.list(communityId, { action: 'profile.update' }, { limit: 10, offset: 0 });
    expect(audit.items.map((a) => a.targetId)).toEqual([lilei.id]);
  });
});
