import type { Dispatcher } from '@snowball/commands';
import type { Actor } from '@snowball/core';
import {
  discordButtonsIn,
  discordTextIn,
  FakeDiscord,
  type FakeDiscordUser,
  type IntroPairMember,
  seedIntroPair,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { DiscordMessenger } from '../ports/discord-messenger.js';
import { createDiscordTestClub, type DiscordTestClub } from '../testing/discord-test-club.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// A group introduction of three through the real discord.js client and the fake Discord: Discord bots cannot
// open group DMs, so each of the three is asked, and then connected, by DM.

let fake: FakeDiscord;
let bot: DiscordBot;
let club: DiscordTestClub;
let owner: Actor;
const users = new Map<string, FakeDiscordUser>();

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const messenger = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }));
  club = await createDiscordTestClub({ guildId: fake.guild.id, messenger });
  owner = { kind: 'member', communityId: club.community.id, memberId: club.ownerId, roles: ['owner'] };
  const dispatcher: Dispatcher = {
    find: (name) => club.dispatcher.find(name),
    dispatch: (invocation) => club.dispatcher.dispatch(invocation),
  };
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [fake.guild.id],
    apiUrl: fake.url,
    dispatcher,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('a group introduction of three on Discord', () => {
  it('asks each of the three by DM and connects them by DM once all three accept', async () => {
    const people = ['ada', 'bo', 'cy', 'dee'].map((name) => fake.newUser(name, { globalName: name }));
    for (const user of people) users.set(user.id, user);
    const seed = (userIds: readonly [string, string]) =>
      seedIntroPair({
        core: club.core,
        community: club.community,
        owner,
        platform: 'discord',
        workspaceId: fake.guild.id,
        userIds,
      });
    const [a, b] = await seed([people[0]?.id as string, people[1]?.id as string]);
    const [c] = await seed([people[2]?.id as string, people[3]?.id as string]);
    const trio = [a, b, c] as IntroPairMember[];
    const dms = (m: IntroPairMember) => fake.messagesIn(fake.dmChannelOf(m.platformUserId) ?? '');
    const before = new Map(trio.map((m) => [m.id, dms(m).length]));
    const since = (m: IntroPairMember) => dms(m).slice(before.get(m.id) ?? 0);

    await club.core.proposeIntroTrio({
      actor: owner,
      communityId: club.community.id,
      memberIds: trio.map((m) => m.id),
      reason: 'Three of a kind',
    });

    // `/intros` in the server shows the group as one entry naming both others, with the group's Accept.
    const first = trio[0] as IntroPairMember;
    const listed = fake.dispatchInteraction({
      kind: 'command',
      name: 'intros',
      user: users.get(first.platformUserId) as FakeDiscordUser,
      locale: first.locale === 'en' ? 'en-US' : 'zh-CN',
    });
    const answered = await fake.waitForResponse(listed);
    const list =
      (answered.body as { type?: number }).type === 5
        ? (await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === listed.token)).body
        : answered.body;
    const shown = discordTextIn(list);
    expect(shown).toContain(first.locale === 'en' ? 'group of three' : '三方引荐');
    for (const other of trio.slice(1)) expect(shown).toContain(other.name);
    expect(discordButtonsIn(list).filter((b) => String(b.custom_id).startsWith('intros:accept:'))).toHaveLength(1);

    for (const m of trio) {
      const [proposal] = since(m);
      expect(proposal).toBeDefined();
      const text = discordTextIn(proposal);
      expect(text).toContain(m.locale === 'en' ? 'A new introduction, for three' : '新的三方引荐');
      expect(text).toContain('Three of a kind');
      const [accept] = discordButtonsIn(proposal);
      const user = users.get(m.platformUserId) as FakeDiscordUser;
      const interaction = fake.dispatchInteraction({
        kind: 'button',
        dm: true,
        user,
        locale: 'en-US',
        customId: accept?.custom_id as string,
      });
      const response = await fake.waitForResponse(interaction);
      expect(response.status).toBeLessThan(300);
    }

    // Connected: one more DM each, naming the two others with their Discord mentions.
    for (const m of trio) {
      const messages = since(m);
      expect(messages).toHaveLength(2);
      const text = discordTextIn(messages[1]);
      expect(text).toContain(m.locale === 'en' ? 'The three of you are connected' : '三方引荐成功');
      for (const other of trio.filter((o) => o !== m)) expect(text).toContain(`<@${other.platformUserId}>`);
    }
    const groupId = (await club.ports.introductions.listForMember(club.community.id, a?.id as string))[0]?.groupId;
    const pairs = await club.ports.introductions.listGroup(club.community.id, groupId as string);
    expect(pairs.map((p) => p.status)).toEqual(['introduced', 'introduced', 'introduced']);
  });
});
