import { describe, expect, it } from 'vitest';
import { button, createCommandClub, form, message, visibleText } from '../testing/command-club.js';

async function setup() {
  const club = await createCommandClub({ locale: 'en' });
  const ann = await club.add({ name: 'Ann Example', locale: 'en' });
  const bob = await club.add({ name: 'Bob Other' });
  return { ...club, ann, bob };
}

describe('/settings', () => {
  it('shows and changes language, timezone, reminder, introductions, visibility and do-not-pair', async () => {
    const { ann, bob, core, community, owner, ports } = await setup();
    const shown = await ann.say('/settings');
    expect(shown.title).toBe('Your settings');
    expect(visibleText(shown)).toContain('Timezone: club default (Asia/Shanghai)');
    expect(visibleText(shown)).toContain('Introductions: on');

    const f = form(await ann.press(button(shown, 'Change settings')));
    expect(f.fields.map((x) => x.id)).toEqual(['language', 'timezone', 'reminder', 'introductions', 'visibility']);
    const saved = message(
      await ann.submit(f.action, {
        language: 'zh-CN',
        timezone: 'Europe/Berlin',
        reminder: '30',
        introductions: '2026-04-01',
        visibility: 'hidden',
      }),
    );
    // The answer comes in the language just chosen.
    expect(saved.text).toBe('已保存。');
    expect(visibleText(saved)).toContain('引荐: 暂停至 2026年4月1日');
    expect(visibleText(saved)).toContain('名录可见范围: 隐藏');

    const member = await ports.members.get(community.id, ann.id);
    expect(member).toMatchObject({ locale: 'zh-CN', timezone: 'Europe/Berlin', reminderLeadMinutes: 30 });
    const profile = await ports.profiles.get(community.id, ann.id);
    expect(profile).toMatchObject({ visibility: 'hidden', matchingOptIn: true, timezone: 'Europe/Berlin' });
    expect(profile?.snoozedUntil).toEqual(new Date('2026-04-01T00:00:00Z'));

    const pairs = form(await ann.press('settings:pairs'));
    expect(message(await ann.submit(pairs.action, { handles: '@member-2' })).tone).toBe('success');
    expect((await ports.profiles.get(community.id, ann.id))?.doNotPair).toEqual([bob.id]);

    // Staff see (and may change) the same settings on the member page.
    const seen = await core.getMemberSettings({ actor: owner.actor, communityId: community.id, memberId: ann.id });
    expect(seen).toMatchObject({ introductions: 'paused', visibility: 'hidden', locale: 'zh-CN' });
    expect(seen.doNotPair.map((m) => m.handle)).toEqual(['member-2']);
    await core.updateMemberSettings({
      actor: owner.actor,
      communityId: community.id,
      memberId: ann.id,
      patch: { introductions: 'off' },
    });
    expect((await ports.profiles.get(community.id, ann.id))?.matchingOptIn).toBe(false);
    // A member cannot change another member's settings.
    await expect(
      core.updateMemberSettings({ actor: bob.actor, communityId: community.id, memberId: ann.id, patch: {} }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
  });

  it('refuses bad input with a clear message in the member’s language and changes nothing', async () => {
    const { ann, community, ports } = await setup();
    const before = await ports.members.get(community.id, ann.id);
    const f = form(await ann.press('settings:edit'));
    const bad = [
      [{ language: 'fr' }, 'Please check language: zh-CN, en'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ reminder: 'soon' }, 'Please check reminder: whole number'],
      [{ reminder: '999999' }, 'reminder'],
      [{ introductions: 'maybe' }, 'Please check introductions'],
      [{ introductions: '2031-01-01' }, 'snoozedUntil'],
      [{ visibility: 'everyone' }, 'Please check visibility'],
    ] as const;
    for (const [values, text] of bad) {
      const reply = message(await ann.submit(f.action, { timezone: 'Europe/Berlin', reminder: '45', ...values }));
      expect(reply.tone, JSON.stringify(values)).toBe('error');
      expect(reply.text.toLowerCase(), JSON.stringify(values)).toContain(text.toLowerCase());
    }
    const pairs = form(await ann.press('settings:pairs'));
    expect(message(await ann.submit(pairs.action, { handles: '@nobody-here' })).text).toContain('@nobody-here');
    expect(message(await ann.submit(pairs.action, { handles: '@member-1' })).tone).toBe('error');
    expect(await ports.members.get(community.id, ann.id)).toEqual(before);
    expect(await ports.profiles.get(community.id, ann.id)).toBeNull();
  });

  it('lets a member on several platforms choose where direct messages go', async () => {
    const { ann, community, ports } = await setup();
    // With one linked platform there is nothing to choose.
    const single = await ann.say('/settings');
    expect(visibleText(single)).toContain('Direct messages: every linked platform');
    expect(single.buttons?.map((b) => b.action)).not.toContain('settings:notify:discord');

    await ports.accounts.link({
      communityId: community.id,
      platform: 'feishu',
      workspaceId: 'tenant-1',
      platformUserId: 'ou_ann',
      memberId: ann.id,
      linkedAt: ports.clock.now(),
    });
    const shown = await ann.say('/settings');
    const only = message(await ann.press(button(shown, 'Messages only on Feishu')));
    expect(only.tone).toBe('success');
    expect(visibleText(only)).toContain('Direct messages: Feishu');
    expect((await ports.members.get(community.id, ann.id))?.notifyPlatforms).toEqual(['feishu']);
    expect(only.buttons?.map((b) => b.action)).toEqual(
      expect.arrayContaining(['settings:notify:discord', 'settings:notify:all']),
    );
    expect(only.buttons?.map((b) => b.action)).not.toContain('settings:notify:feishu');

    const every = message(await ann.press(button(only, 'Messages on every linked platform')));
    expect(visibleText(every)).toContain('Direct messages: every linked platform');
    expect((await ports.members.get(community.id, ann.id))?.notifyPlatforms ?? null).toBeNull();

    // A forged button changes nothing and says why.
    const forged = message(await ann.press('settings:notify:telegram'));
    expect(forged.tone).toBe('error');
    expect((await ports.members.get(community.id, ann.id))?.notifyPlatforms ?? null).toBeNull();
  });

  it('is for members: a stranger is told to link their account first', async () => {
    const club = await createCommandClub({ locale: 'zh-CN' });
    const reply = await club.dispatcher.dispatch({
      type: 'command',
      caller: { platform: 'discord', workspaceId: 'G-club', userId: 'stranger', userName: 'S', locale: 'zh-CN' },
      name: 'settings',
      options: {},
    });
    expect(message(reply).tone).toBe('error');
  });
});
