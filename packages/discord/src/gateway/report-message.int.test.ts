import type { Actor } from '@snowball/core';
import {
  type DiscordJson,
  discordButtonsIn,
  discordModalInputs,
  discordTextIn,
  FakeDiscord,
  type FakeDiscordUser,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { DiscordMessenger } from '../ports/discord-messenger.js';
import { createDiscordTestClub, type DiscordTestClub } from '../testing/discord-test-club.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// "Report message" through the real discord.js client and the fake Discord: the reporter's private answer, the
// "Add a reason" button and its modal, one report however often it is made, and the case the moderators see.

let fake: FakeDiscord;
let bot: DiscordBot;
let club: DiscordTestClub;
let owner: Actor;
let olivia: FakeDiscordUser;
let spammer: FakeDiscordUser;

type Body = { type: number; data: DiscordJson & { custom_id?: string; flags?: number } };

async function answer(spec: Parameters<FakeDiscord['dispatchInteraction']>[0]): Promise<Body> {
  const interaction = fake.dispatchInteraction(spec);
  const response = await fake.waitForResponse(interaction);
  expect(response.status).toBeLessThan(300);
  const body = response.body as Body;
  if (body.type !== 5) return body;
  const edit = await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === interaction.token);
  return { type: 4, data: { ...(edit.body as DiscordJson), flags: 64 } };
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const messenger = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }));
  club = await createDiscordTestClub({ guildId: fake.guild.id, messenger });
  owner = { kind: 'member', communityId: club.community.id, memberId: club.ownerId, roles: ['owner'] };
  olivia = fake.newUser('olivia', { globalName: 'Olivia' });
  await club.linkOwner(fake.guild.id, olivia.id);
  spammer = fake.newUser('spam', { globalName: 'Spam' });
  const spammerId = club.ports.ids.id();
  await club.ports.members.create({
    id: spammerId,
    communityId: club.community.id,
    handle: 'spam',
    displayName: 'Spam 王',
    email: null,
    locale: 'zh-CN',
    timezone: null,
    reminderLeadMinutes: null,
    remindersMuted: false,
    matchingExcluded: false,
    notes: '',
    createdAt: club.ports.clock.now(),
    deletedAt: null,
  });
  await club.ports.accounts.link({
    communityId: club.community.id,
    platform: 'discord',
    workspaceId: fake.guild.id,
    platformUserId: spammer.id,
    memberId: spammerId,
    linkedAt: club.ports.clock.now(),
  });
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [fake.guild.id],
    apiUrl: fake.url,
    dispatcher: club.dispatcher,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
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
