import type { ChatMessage, DeletedChatMessage, Dispatcher } from '@snowball/commands';
import { FakeDiscord, type FakeDiscordGuild } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedAttachedGuilds } from './attached-guilds.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// The gateway bot asks which guilds it serves per event (not a list fixed at start): messages, edits, deletes and
// AutoMod blocks of a guild attached later reach the club, and those of a detached one stop.

let fake: FakeDiscord;
let bot: DiscordBot;
let home: FakeDiscordGuild;
let other: FakeDiscordGuild;
const attached = new Set<string>();
const guilds = cachedAttachedGuilds({ has: async (id) => attached.has(id), list: async () => [...attached] });
const seen: ChatMessage[] = [];
const forgotten: DeletedChatMessage[] = [];
const noCommands: Dispatcher = {
  dispatch: async () => ({ kind: 'message', text: '' }) as never,
  find: () => undefined,
};

async function until<T>(probe: () => T | undefined): Promise<T> {
  for (const started = Date.now(); Date.now() - started < 5000; ) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out');
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ guilds: 2 });
  home = fake.guilds[0] as FakeDiscordGuild;
  other = fake.guilds[1] as FakeDiscordGuild;
  attached.add(home.id);
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [home.id],
    guilds,
    apiUrl: fake.url,
    dispatcher: noCommands,
    commands: [],
    onMessage: (message) => {
      seen.push(message);
    },
    onMessageDeleted: (message) => {
      forgotten.push(message);
    },
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('a gateway bot serving the guilds attached now', () => {
  it('hands on messages, deletes and AutoMod blocks of a guild once attached, and none once detached', async () => {
    const ann = fake.newUser('ann');
    const homeMarker = () => fake.dispatchMessage({ author: ann, content: 'marker', guildId: home.id });
    const sync = async () => {
      const marker = homeMarker();
      await until(() => seen.find((m) => m.messageId === marker.id));
    };

    const early = fake.dispatchMessage({ author: ann, content: 'before', guildId: other.id });
    await sync();
    expect(seen.some((m) => m.messageId === early.id)).toBe(false);

    attached.add(other.id);
    guilds.invalidate(other.id);
    const later = fake.dispatchMessage({ author: ann, content: 'after', guildId: other.id });
    await until(() => seen.find((m) => m.messageId === later.id));
    fake.dispatchMessageEdit(later, 'after, edited');
    await until(() => seen.find((m) => m.messageId === later.id && m.editedAt));
    fake.dispatchMessageDelete({ messageId: String(later.id), channelId: other.channelId, guildId: other.id });
    await until(() => forgotten.find((m) => m.messageId === later.id));
    fake.dispatchAutoModAction({
      rule: { id: '1', guild_id: other.id, trigger_type: 1 },
      author: ann,
      content: 'blocked words',
      matchedKeyword: 'blocked',
      channelId: other.channelId,
    });
    await until(() => seen.find((m) => m.workspaceId === other.id && m.content === 'blocked words'));

    attached.delete(other.id);
    guilds.invalidate(other.id);
    const gone = fake.dispatchMessage({ author: ann, content: 'detached', guildId: other.id });
    fake.dispatchMessageDelete({ messageId: String(early.id), channelId: other.channelId, guildId: other.id });
    await sync();
    expect(seen.some((m) => m.messageId === gone.id)).toBe(false);
    expect(forgotten.map((m) => m.messageId)).toEqual([later.id]);
  });
});
