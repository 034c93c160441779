import { describe, expect, it } from 'vitest';
import { type DiscordMessageLike, fromMessage } from './from-message.js';

const message = (extra: Partial<DiscordMessageLike> = {}): DiscordMessageLike => ({
  id: '10',
  channelId: '20',
  guildId: '30',
  author: { id: '40', bot: false },
  webhookId: null,
  system: false,
  content: 'hello',
  createdAt: new Date('2026-01-02T03:04:05Z'),
  ...extra,
});

describe('fromMessage', () => {
  it('turns a member’s message in a club guild into a chat message', () => {
    expect(fromMessage(message(), ['30'])).toEqual({
      platform: 'discord',
      workspaceId: '30',
      channelId: '20',
      messageId: '10',
      authorId: '40',
      content: 'hello',
      at: new Date('2026-01-02T03:04:05Z'),
    });
  });

  it('ignores DMs, other guilds, bots, webhooks and system messages', () => {
    expect(fromMessage(message({ guildId: null }), ['30'])).toBeNull();
    expect(fromMessage(message({ guildId: '31' }), ['30'])).toBeNull();
    expect(fromMessage(message({ author: { id: '40', bot: true } }), ['30'])).toBeNull();
    expect(fromMessage(message({ webhookId: '50' }), ['30'])).toBeNull();
    expect(fromMessage(message({ system: true }), ['30'])).toBeNull();
  });
});
