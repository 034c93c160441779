import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub } from '../testing/network-club.js';

async function setup() {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, [
    {
      name: '李雷',
      profile: { company: '雷霆跨境', industry: '跨境电商', region: '深圳', offers: '亚马逊运营', needs: '跨境物流' },
    },
    {
      name: 'Sam Tan',
      profile: {
        company: 'Tan Freight',
        industry: 'logistics',
        region: 'Shenzhen',
        offers: 'Southeast Asia freight forwarding',
      },
    },
    { name: '韩梅梅', profile: { industry: '律师', region: '上海', offers: '商标注册', visibility: 'staff' } },
    {
      name: 'Hidden Hu',
      profile: { industry: 'logistics', region: 'Shanghai', offers: 'cold chain trucking', visibility: 'hidden' },
    },
    { name: 'Lapsed Lu', membership: 'lapsed', profile: { industry: '物流', region: '深圳', offers: '国际货代' } },
    { name: 'Coach Chen', roles: ['coach'], profile: { industry: '培训' } },
    { name: 'Mod Ma', roles: ['moderator'], profile: { industry: '咨询' } },
  ]);
  const [lilei, sam, meimei, hidden, lapsed, coach, moderator] = club.members.map((m) => m);
  return {
    ports,
    core,
    club,
    communityId: club.community.id,
    lilei: lilei!,
    sam: sam!,
    meimei: meimei!,
    hidden: hidden!,
    lapsed: lapsed!,
    coach: coach!,
    moderator: moderator!,
  };
}

describe('updateProfile', () => {
  it('saves a member’s own profile, cleaned', async () => {
    const { core, communityId, lilei } = await setup();
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
    const { core, communityId, lilei, sam, ports } = await setup();
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
    const { core, ports, communityId, lilei, sam, moderator } = await setup();
    await expect(
      core.updateProfile({ actor: sam.actor, communityId, memberId: lilei.id, patch: { role: 'CEO' } }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    await core.updateProfile({ actor: moderator.actor, communityId, memberId: lilei.id, patch: { role: 'CEO' } });
    const audit = await ports.audit.list(communityId, { action: 'profile.update' }, { limit: 10, offset: 0 });
    expect(audit.items.map((a) => a.targetId)).toEqual([lilei.id]);
  });
});

describe('findMembers and getProfile: visibility', () => {
  const names = async (
    core: ReturnType<typeof createCore>,
    actor: Actor,
    communityId: string,
    q: Record<string, string> = {},
  ) => (await core.findMembers({ actor, communityId, ...q })).items.map((h) => h.displayName).sort();

  it('shows members’ profiles to members, staff-only ones to staff, hidden ones to owners and moderators', async () => {
    const { core, club, communityId, lilei, coach, moderator } = await setup();
    expect(await names(core, lilei.actor, communityId)).toEqual(['Coach Chen', 'Mod Ma', 'Sam Tan', '李雷']);
    expect(await names(core, coach.actor, communityId)).toEqual(['Coach Chen', 'Mod Ma', 'Sam Tan', '李雷', '韩梅梅']);
    expect(await names(core, moderator.actor, communityId)).toEqual([
      'Coach Chen',
      'Hidden Hu',
      'Mod Ma',
      'Sam Tan',
      '李雷',
      '韩梅梅',
    ]);
    // Lapsed members are not in the directory, whoever looks.
    expect(await names(core, club.owner, communityId)).not.toContain('Lapsed Lu');
  });

  it('lets only members with access search, and keeps private settings private', async () => {
    const { core, communityId, lilei, sam, meimei, hidden, lapsed, moderator } = await setup();
    await expect(core.findMembers({ actor: lapsed.actor, communityId })).rejects.toMatchObject({
      code: 'membership.expired',
    });
    await core.updateProfile({ actor: sam.actor, communityId, patch: { doNotPair: [lilei.id] } });
    const seen = await core.getProfile({ actor: lilei.actor, communityId, memberId: sam.id });
    expect(seen.profile).not.toHaveProperty('doNotPair');
    const own = await core.getProfile({ actor: sam.actor, communityId, memberId: sam.id });
    expect(own).toMatchObject({ own: true, profile: { doNotPair: [lilei.id] } });
    expect((await core.getProfile({ actor: moderator.actor, communityId, memberId: sam.id })).profile).toHaveProperty(
      'doNotPair',
    );
    await expect(core.getProfile({ actor: lilei.actor, communityId, memberId: meimei.id })).rejects.toMatchObject({
      code: 'profile.not_visible',
    });
    await expect(core.getProfile({ actor: lilei.actor, communityId, memberId: hidden.id })).rejects.toMatchObject({
      code: 'profile.not_visible',
    });
    await expect(core.getProfile({ actor: lapsed.actor, communityId, memberId: sam.id })).rejects.toMatchObject({
      code: 'membership.expired',
    });
  });

  it('keeps the contact for introductions to its owner: not in /find, nor getProfile for others or staff', async () => {
    const { core, club, communityId, lilei, sam, moderator } = await setup();
    const contact = 'WeChat: lilei_sz · email li@example.com';
    const saved = await core.updateProfile({
      actor: lilei.actor,
      communityId,
      patch: { contactForIntros: `  ${contact}\u200B ` },
    });
    expect(saved.contactForIntros).toBe(contact);
    const own = await core.getProfile({ actor: lilei.actor, communityId, memberId: lilei.id });
    expect(own.profile).toMatchObject({ contactForIntros: contact });
    for (const actor of [sam.actor, moderator.actor, club.owner]) {
      const seen = await core.getProfile({ actor, communityId, memberId: lilei.id });
      expect(seen.profile).not.toHaveProperty('contactForIntros');
      const found = await core.findMembers({ actor, communityId });
      for (const hit of found.items) expect(hit.profile).not.toHaveProperty('contactForIntros');
      expect(JSON.stringify(found)).not.toContain('lilei_sz');
    }
    // Searching by the contact finds nobody: it is not directory text.
    expect(await names(core, sam.actor, communityId, { words: 'lilei_sz' })).toEqual([]);
  });

  it('searches Chinese without spaces and English, by meaning, industry and region, best first', async () => {
    const { core, communityId, lilei, moderator } = await setup();
    expect(await names(core, lilei.actor, communityId, { words: '货代' })).toEqual(['Sam Tan']);
    expect(await names(core, lilei.actor, communityId, { words: 'Amazon operations' })).toEqual(['李雷']);
    expect(await names(core, lilei.actor, communityId, { words: '雷霆' })).toEqual(['李雷']);
    expect(await names(core, moderator.actor, communityId, { industry: '物流' })).toEqual(['Hidden Hu', 'Sam Tan']);
    expect(await names(core, moderator.actor, communityId, { industry: '物流', region: '深圳' })).toEqual(['Sam Tan']);
    expect(await names(core, moderator.actor, communityId, { region: 'China' })).toEqual([
      'Hidden Hu',
      'Sam Tan',
      '李雷',
      '韩梅梅',
    ]);
    // An exact offer outranks a related industry; a related concept in someone's needs is not a hit.
    const ranked = await core.findMembers({ actor: moderator.actor, communityId, words: 'freight forwarding' });
    expect(ranked.items.map((h) => h.displayName)).toEqual(['Sam Tan', 'Hidden Hu']);
    expect(ranked.items[0]!.score).toBeGreaterThan(ranked.items[1]!.score);
    expect(await names(core, lilei.actor, communityId, { words: '跨境物流' })).toEqual(['Sam Tan', '李雷']);
  });
});
