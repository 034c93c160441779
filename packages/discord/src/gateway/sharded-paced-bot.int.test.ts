import type { CallRule } from '@snowball/rate-limit';
import { FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordTestClub, type DiscordTestClub } from '../testing/discord-test-club.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// The bot as production wires it for scale: shards as Discord recommends, every bot REST call paced by the
// shared limiter, and the first response of each interaction timed for the metrics.
let fake: FakeDiscord;
let club: DiscordTestClub;
let bot: DiscordBot;
const paced: { rule: CallRule; at: number }[] = [];
const firstResponses: string[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
  club = await createDiscordTestClub({ guildId: fake.guild.id });
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [fake.guild.id],
    apiUrl: fake.url,
    dispatcher: club.dispatcher,
    shards: 'auto',
    limiter: { acquire: async (rule) => void paced.push({ rule, at: Date.now() }) },
    onFirstResponse: (kind) => firstResponses.push(kind),
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('a sharded, paced Discord bot', () => {
  it('asks Discord for the recommended shard count and connects that many', () => {
    expect(fake.callsTo('gatewayBot').length).toBeGreaterThanOrEqual(1);
    expect(bot.client.ws.shards.size).toBe(1);
  });

  it('paces its bot calls (command registration) but never an interaction response', async () => {
    const registered = fake.callsTo('registerCommands');
    expect(registered).toHaveLength(1);
    expect(paced.some((p) => p.rule.limit === 45)).toBe(true);
    const before = paced.length;
    const interaction = fake.dispatchInteraction({ kind: 'command', user: fake.newUser('pat'), name: 'help' });
    const response = await fake.waitForResponse(interaction);
    expect(response.status).toBeLessThan(300);
    expect(paced.length).toBe(before);
    // Reported once discord.js has the callback's answer, a moment after the fake sent it.
    for (let i = 0; i < 100 && firstResponses.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(firstResponses).toEqual(['reply']);
  });
});
