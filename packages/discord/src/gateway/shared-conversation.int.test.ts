import type { Dispatcher } from '@snowball/commands';
import {
  CONVERSATION_LOCALES,
  type ConversationAct,
  type ConversationPerson,
  ConversationPlayer,
  conversationCases,
  type DiscordJson,
  discordButtonsIn,
  discordMessageData,
  discordTextIn,
  FakeDiscord,
  type FakeDiscordInteraction,
  type FakeDiscordUser,
  seedConversationClub,
  simulatorAccount,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordTestClub } from '../testing/discord-test-club.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// The shared conversation (packages/testkit) through the real discord.js client and the fake Discord:
// slash commands, button presses and modal submissions as Discord sends them.

const SIMULATOR = 'conversation';
let fake: FakeDiscord;
let bot: DiscordBot;
let player: ConversationPlayer;
const users = new Map<string, FakeDiscordUser>();

/** The Discord user of a person; no global name, so the adapter sees the same user name as the simulator. */
function userOf(handle: string): FakeDiscordUser {
  let user = users.get(handle);
  if (!user) {
    user = fake.newUser(handle, { globalName: null });
    users.set(handle, user);
  }
  return user;
}

/** Everything Discord shows for a callback or webhook body: message text and buttons, or a modal's labels. */
function shownBy(body: unknown): string {
  const data = discordMessageData(body);
  if (Array.isArray(data.components) && typeof data.title === 'string' && typeof data.custom_id === 'string') {
    const labels = (data.components as DiscordJson[]).map((c) => String(c.label ?? ''));
    return [data.title, ...labels].join('\n');
  }
  return [discordTextIn(body), ...discordButtonsIn(body).map((b) => b.label)].join('\n');
}

async function perform(act: ConversationAct, person: ConversationPerson): Promise<string> {
  const who = { user: userOf(person.handle), locale: person.locale === 'en' ? 'en-US' : 'zh-CN' };
  const spec: FakeDiscordInteraction =
    act.kind === 'command'
      ? {
          ...who,
          kind: 'command',
          name: act.name,
          options: act.options,
          ...(act.subcommand ? { subcommand: act.subcommand } : {}),
        }
      : act.kind === 'press'
        ? { ...who, kind: 'button', customId: act.action }
        : { ...who, kind: 'modal', customId: act.action, values: act.values };
  const interaction = fake.dispatchInteraction(spec);
  const response = await fake.waitForResponse(interaction);
  if ((response.body as { type?: number }).type !== 5) return shownBy(response.body);
  const edit = await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === interaction.token);
  return shownBy(edit.body);
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const club = await createDiscordTestClub({ guildId: fake.guild.id });
  const people = await seedConversationClub({
    core: club.core,
    ports: club.ports,
    communityId: club.community.id,
    owner: { kind: 'member', communityId: club.community.id, memberId: club.ownerId, roles: ['owner'] },
    accounts: [
      { platform: 'discord', workspaceId: fake.guild.id, userId: (person) => userOf(person.handle).id },
      simulatorAccount(SIMULATOR),
    ],
  });
  const recorded: Dispatcher = {
    find: (name) => club.dispatcher.find(name),
    dispatch: async (invocation) => player.record(invocation, await club.dispatcher.dispatch(invocation)),
  };
  player = new ConversationPlayer({
    people,
    uow: club.ports.uow,
    simulatorWorkspaceId: SIMULATOR,
    dispatch: (invocation) => club.dispatcher.dispatch(invocation),
    surface: { perform },
  });
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [fake.guild.id],
    apiUrl: fake.url,
    dispatcher: recorded,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('the shared conversation on Discord', () => {
  for (const locale of CONVERSATION_LOCALES) {
    for (const c of conversationCases(locale)) {
      it(c.title, async () => {
        const outcome = await player.play(c);
        expect(outcome.problems).toEqual([]);
        expect(outcome.caller).toMatchObject({ platform: 'discord', workspaceId: fake.guild.id });
        expect(outcome.invocation).toEqual(outcome.expectedInvocation);
        expect(outcome.reply).toEqual(outcome.simulatorReply);
        // Discord showed the same words (none of the table's words need markdown escaping).
        for (const words of c.expect.says) expect(outcome.shown).toContain(words);
      });
    }
  }
});
