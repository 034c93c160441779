import type { Actor } from '@snowball/core';
import {
  discordButtonsIn,
  discordModalInputs,
  discordTextIn,
  type FakeDiscord,
  type FakeDiscordUser,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordTestClub } from '../testing/discord-test-club.js';
import { type FakeDiscordClub, startFakeDiscordClub } from '../testing/fake-discord-club.js';

// "Report message" through the real discord.js client and the fake Discord: the reporter's private answer, the
// "Add a reason" button and its modal, one report however often it is made, and the case the moderators see.

let harness: FakeDiscordClub;
let fake: FakeDiscord;
let club: DiscordTestClub;
let owner: Actor;
let olivia: FakeDiscordUser;
let spammer: FakeDiscordUser;
const answer: FakeDiscordClub['answer'] = (spec) => harness.answer(spec);

beforeAll(async () => {
  harness = await startFakeDiscordClub();
  ({ fake, club, owner, ownerUser: olivia } = harness);
  spammer = fake.newUser('spam', { globalName: 'Spam' });
  await club.linkMember(fake.guild.id, spammer.id, { handle: 'spam', displayName: 'Spam 王', locale: 'zh-CN' });
  await harness.startBot();
});

afterAll(async () => {
  await harness?.close();
});

describe('Report message on Discord', () => {
  it('reports privately, once, takes a reason from the modal, and opens a case for the moderators', async () => {
    const target = { id: '880001', author: spammer, content: '加我薇信 ａｂｃ８８８ 拉你进群' };
    const first = await answer({ kind: 'messageMenu', user: olivia, name: 'Report message', target });
    expect(first.data.flags).toBe(64);
    expect(discordTextIn(first)).toContain('the moderators will look at this message');
    const [reasonButton] = discordButtonsIn(first);
    expect(String(reasonButton?.custom_id)).toMatch(/^report:reason:/);

    const again = await answer({ kind: 'messageMenu', user: olivia, name: 'Report message', target });
    expect(discordTextIn(again)).toContain('You already reported this message');

    const modal = await answer({ kind: 'button', user: olivia, customId: String(reasonButton?.custom_id) });
    expect(modal.type).toBe(9);
    expect(discordModalInputs(modal).map((i) => i.custom_id)).toEqual(['reason']);
    const saved = await answer({
      kind: 'modal',
      user: olivia,
      customId: String(modal.data.custom_id),
      values: { reason: '拉人进群的广告' },
    });
    expect(discordTextIn(saved)).toContain('Your reason was added to the report.');

    const cases = await club.core.listModerationCases({ actor: owner, communityId: club.community.id });
    expect(cases.total).toBe(1);
    expect(cases.items[0]).toMatchObject({
      kind: 'report',
      status: 'open',
      messageId: '880001',
      excerpt: '加我薇信 ａｂｃ８８８ 拉你进群',
      reason: '拉人进群的广告',
      reporterId: club.ownerId,
    });
  });
});
