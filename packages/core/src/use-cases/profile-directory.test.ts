import { describe, expect, it } from 'vitest';
import type { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { directoryClub } from '../testing/directory-club.js';

describe('findMembers and getProfile: visibility', () => {
  const names = async (
    core: ReturnType<typeof createCore>,
    actor: Actor,
    communityId: string,
    q: Record<string, string> = {},
  ) => (await core.findMembers({ actor, communityId, ...q })).items.map((h) => h.displayName).sort();

  it('shows members’ profiles to members, staff-only ones to staff, hidden ones to owners and moderators', async () => {
    const { core, club, communityId, lilei, coach, moderator } = await directoryClub();
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
    const { core, communityId, lilei, sam, meimei, hidden, lapsed, moderator } = await directoryClub();
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
    const { core, club, communityId, lilei, sam, moderator } = await directoryClub();
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
    const { core, communityId, lilei, moderator } = await directoryClub();
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
