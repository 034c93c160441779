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

  it('carries when the message was edited, and the people it mentions as Discord resolved them', () => {
    const editedAt = new Date('2026-01-02T03:05:00Z');
    const mentions = (users: number, roles: number, everyone = false) => ({
      everyone,
      users: { size: users },
      roles: { size: roles },
    });
    expect(fromMessage(message({ editedAt, mentions: mentions(3, 1) }), ['30'])).toMatchObject({
      editedAt,
      mentionCount: 4,
    });
    expect(fromMessage(message({ mentions: mentions(0, 0) }), ['30'])).not.toHaveProperty('mentionCount');
    // @everyone is in the text, where the rules see it.
    expect(fromMessage(message({ mentions: mentions(2, 0, true) }), ['30'])).not.toHaveProperty('mentionCount');
    expect(fromMessage(message({ editedAt: null }), ['30'])).not.toHaveProperty('editedAt');
  });

  it('marks the server’s moderators (Manage Messages) so moderation leaves them alone', () => {
    const can = (bits: bigint) => ({ permissions: { has: (p: bigint) => (bits & p) === p } });
    expect(fromMessage(message({ member: can(1n << 13n) }), ['30'])).toMatchObject({ authorIsModerator: true });
    expect(fromMessage(message({ member: can(1n << 11n) }), ['30'])).not.toHaveProperty('authorIsModerator');
    expect(fromMessage(message({ member: null }), ['30'])).not.toHaveProperty('authorIsModerator');
  });
});
