import type { Locale, Platform } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../invocation.js';
import { createCommandClub, message } from '../testing/command-club.js';

/** A member makes a code on Discord and types it, as someone new, on `platform` in `locale`. */
async function linkOn(platform: Platform, locale: Locale) {
  const club = await createCommandClub({ locale: 'en' });
  const ann = await club.add({ name: 'Ann Example', locale: 'en' });
  const made = await ann.say('/link');
  const code = /is (\S+) \(/.exec(made.text ?? '')?.[1];
  expect(code).toBeDefined();
  await club.ports.communities.attachWorkspace(club.community.id, platform, 'W-other');
  const caller: Caller = { platform, workspaceId: 'W-other', userId: 'U-ann', userName: 'ann', locale };
  const reply = message(
    await club.dispatcher.dispatch({ type: 'command', caller, name: 'link', options: { code: code ?? '' } }),
  );
  const linked = await club.ports.accounts.find(platform, 'W-other', 'U-ann');
  return { reply, linked, ann };
}

describe('/link', () => {
  it('names Feishu when an account on Feishu is linked, in both languages', async () => {
    const en = await linkOn('feishu', 'en');
    expect(en.reply.tone).toBe('success');
    expect(en.reply.text).toBe('Linked! This Feishu account now shares your membership.');
    expect(en.linked?.memberId).toBe(en.ann.id);
    const zh = await linkOn('feishu', 'zh-CN');
    expect(zh.reply.text).toBe('关联成功！这个飞书账号已与你的会籍绑定。');
  });

  it('names Slack on Slack', async () => {
    const { reply } = await linkOn('slack', 'en');
    expect(reply.text).toBe('Linked! This Slack account now shares your membership.');
  });
});
