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

// "Save to library" through the real discord.js client and the fake Discord: the private answer, the
// "Add title and tags" button and its modal, one entry however often it is saved, and /library finding it.

let harness: FakeDiscordClub;
let fake: FakeDiscord;
let club: DiscordTestClub;
let owner: Actor;
let olivia: FakeDiscordUser;
let spammer: FakeDiscordUser; // the author of the saved message
const deleted: string[] = [];
const answer: FakeDiscordClub['answer'] = (spec) => harness.answer(spec);

beforeAll(async () => {
  harness = await startFakeDiscordClub();
  ({ fake, club, owner, ownerUser: olivia } = harness);
  spammer = fake.newUser('spam', { globalName: 'Spam' });
  await club.linkMember(fake.guild.id, spammer.id, { handle: 'spam', displayName: 'Spam 王', locale: 'zh-CN' });
  await harness.startBot({
    onMessageDeleted: async (message) => {
      const { removed } = await club.core.forgetDeletedMessage(message);
      deleted.push(`${message.messageId}:${removed}`);
    },
  });
});

afterAll(async () => {
  await harness?.close();
});

describe('Save to library on Discord', () => {
  it('saves once, names and tags it from the modal, credits the author, and /library finds it', async () => {
    const target = { id: '990001', author: spammer, content: '跨境物流经验：先找三家货代比价 <@everyone> **干货**' };
    const first = await answer({ kind: 'messageMenu', user: olivia, name: 'Save to library', target });
    expect(first.data.flags).toBe(64);
    expect(discordTextIn(first)).toMatch(/Saved to the club library|已收入社群精华/);
    const [describeButton] = discordButtonsIn(first);
    expect(String(describeButton?.custom_id)).toMatch(/^save:describe:/);
    const again = await answer({ kind: 'messageMenu', user: olivia, name: 'Save to library', target });
    expect(discordTextIn(again)).toMatch(/already in the library|已经在精华库/);

    const modal = await answer({ kind: 'button', user: olivia, customId: String(describeButton?.custom_id) });
    expect(modal.type).toBe(9);
    expect(discordModalInputs(modal).map((i) => i.custom_id)).toEqual(['title', 'tags']);
    await answer({
      kind: 'modal',
      user: olivia,
      customId: String(modal.data.custom_id),
      values: { title: '货代怎么选 Choosing a forwarder', tags: '#物流' },
    });

    const { entries } = await club.core.searchLibrary({ actor: owner, search: 'freight forwarder' });
    expect(entries).toEqual([
      expect.objectContaining({
        title: '货代怎么选 Choosing a forwarder',
        tags: ['物流'],
        status: 'approved',
        body: target.content,
        messageId: '990001',
        url: `https://discord.com/channels/${fake.guild.id}/${fake.guild.channelId}/990001`,
      }),
    ]);
    const author = entries[0]?.authorId;
    expect(author).toBeTruthy();
    const credit = await club.ports.contributions.listForMember(club.community.id, author as string);
    expect(credit.map((c) => c.kind)).toEqual(['library']);
  });

  it('forgets the entry and its text when the original message is deleted on Discord, once however often', async () => {
    const target = { id: '990002', author: spammer, content: '定价心得：先小批量试单 price small first' };
    const saved = await answer({ kind: 'messageMenu', user: olivia, name: 'Save to library', target });
    expect(discordTextIn(saved)).toMatch(/Saved to the club library|已收入社群精华/);
    const find = () => club.ports.library.findMessage(club.community.id, 'discord', fake.guild.id, '990002');
    expect(await find()).not.toBeNull();

    fake.dispatchMessageDelete({ messageId: '990002' });
    await expect.poll(() => deleted.filter((d) => d.startsWith('990002:'))).toEqual(['990002:true']);
    expect(await find()).toBeNull();
    const { entries } = await club.core.searchLibrary({ actor: owner, search: '试单' });
    expect(entries).toEqual([]);

    // Discord may deliver it again after a resume: nothing more is removed, the other entry stays.
    fake.dispatchMessageDelete({ messageId: '990002' });
    await expect.poll(() => deleted.filter((d) => d.startsWith('990002:'))).toEqual(['990002:true', '990002:false']);
    expect(await club.ports.library.findMessage(club.community.id, 'discord', fake.guild.id, '990001')).not.toBeNull();
  });
});
