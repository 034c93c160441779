import { describe, expect, it } from 'vitest';
import { fromDeletedMessage } from './from-deleted-message.js';

describe('fromDeletedMessage', () => {
  it('keeps deletes in the club guilds only', () => {
    const message = { id: 'm1', channelId: 'c1', guildId: 'g1' };
    expect(fromDeletedMessage(message, ['g1'])).toEqual({
      platform: 'discord',
      workspaceId: 'g1',
      channelId: 'c1',
      messageId: 'm1',
    });
    expect(fromDeletedMessage(message, ['g2'])).toBeNull();
    expect(fromDeletedMessage({ ...message, guildId: null }, ['g1'])).toBeNull();
  });
});
