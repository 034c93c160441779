import { catalogue } from '@snowball/commands';
import { FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { registerDiscordCommands } from './register-discord-commands.js';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start({ guilds: 2 });
});

afterAll(async () => {
  await fake?.close();
});

describe('registerDiscordCommands', () => {
  it('registers every guild it can over REST alone and reports the ones it cannot', async () => {
    const rest = createDiscordRest({ token: fake.token, apiUrl: fake.url });
    const guildIds = [fake.guilds[0]?.id ?? '', '1234567890123456789', fake.guilds[1]?.id ?? ''];
    const result = await registerDiscordCommands({ rest, applicationId: fake.applicationId, guildIds });
    expect(result.registered).toEqual([fake.guilds[0]?.id, fake.guilds[1]?.id]);
    expect(result.failed).toEqual([
      { guildId: '1234567890123456789', error: expect.objectContaining({ code: 50001 }) },
    ]);
    for (const guild of fake.guilds) expect(fake.registeredCommands(guild.id)).toHaveLength(catalogue.length);
  });
});
