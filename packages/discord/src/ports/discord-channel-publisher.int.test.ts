import { DeliveryError } from '@snowball/core';
import { discordButtonsIn, discordTextIn, FakeDiscord } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from './create-discord-rest.js';
import { DiscordChannelPublisher } from './discord-channel-publisher.js';

let fake: FakeDiscord;
let publisher: DiscordChannelPublisher;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  publisher = new DiscordChannelPublisher(createDiscordRest({ token: fake.token, apiUrl: fake.url }));
});

afterAll(async () => {
  await fake?.close();
});

describe('DiscordChannelPublisher', () => {
  it('posts a card with buttons to a guild channel, once per dedupe key, and edits it in place', async () => {
    const channel = { platform: 'discord' as const, workspaceId: fake.guild.id, channelId: fake.guild.logChannelId };
    const before = fake.messagesIn(fake.guild.logChannelId).length;
    const card = {
      title: 'New question',
      text: 'How do I price my first consulting job? @everyone',
      buttons: [
        { action: 'answer:claim:q1', label: 'Claim', style: 'primary' as const },
        { action: 'answer:open:q1', label: 'Answer' },
      ],
    };
    const ref = await publisher.post(channel, card, { dedupeKey: 'question-card:q1:discord' });
    const again = await publisher.post(channel, card, { dedupeKey: 'question-card:q1:discord' });
    expect(again.messageId).toBe(ref.messageId);
    const posted = fake.messagesIn(fake.guild.logChannelId).slice(before);
    expect(posted).toHaveLength(1);
    expect(discordTextIn(posted[0])).toContain('How do I price my first consulting job? @everyone');
    expect(discordButtonsIn(posted[0]).map((b) => b.custom_id)).toEqual(['answer:claim:q1', 'answer:open:q1']);
    expect(fake.callsTo('createMessage').at(-1)?.body).toMatchObject({ allowed_mentions: { parse: [] } });

    await publisher.update(ref, { title: 'Answered', text: 'Answered by Coach Li' });
    const [edited] = fake.messagesIn(fake.guild.logChannelId).filter((m) => m.id === ref.messageId);
    expect(discordTextIn(edited)).toContain('Answered by Coach Li');
    expect(discordTextIn(edited)).not.toContain('consulting');
    expect(discordButtonsIn(edited)).toEqual([]);
    expect(fake.messagesIn(fake.guild.logChannelId).slice(before)).toHaveLength(1);
  });

  it('fails permanently for a channel Discord does not know', async () => {
    const channel = { platform: 'discord' as const, workspaceId: fake.guild.id, channelId: '1234567890123' };
    const error = await publisher.post(channel, { text: 'hello' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(true);
    const missing = await publisher
      .update({ ...channel, channelId: fake.guild.logChannelId, messageId: '99999999999' }, { text: 'x' })
      .catch((e: unknown) => e);
    expect((missing as DeliveryError).permanent).toBe(true);
  });
});
