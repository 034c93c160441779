import { describe, expect, it } from 'vitest';
import { fromAutoModExecution } from './from-automod-execution.js';

const block = {
  guild: { id: 'g1' },
  action: { type: 1 },
  ruleId: 'r1',
  userId: 'u1',
  channelId: 'c1',
  messageId: null,
  content: '扫码进群 领资料',
};
const at = new Date('2026-12-01T09:00:10Z');

describe('fromAutoModExecution', () => {
  it('turns a blocked message into a chat message the platform already removed, with a stable id', () => {
    const chat = fromAutoModExecution(block, ['g1'], at);
    expect(chat).toMatchObject({
      platform: 'discord',
      workspaceId: 'g1',
      channelId: 'c1',
      authorId: 'u1',
      content: '扫码进群 领资料',
      removedByPlatform: true,
    });
    expect(chat?.messageId).toMatch(/^automod-[0-9a-f]{24}$/);
    // The same block seen again (a resumed gateway) is the same message; another text is another one.
    expect(fromAutoModExecution(block, ['g1'], new Date('2026-12-01T09:00:50Z'))?.messageId).toBe(chat?.messageId);
    expect(fromAutoModExecution({ ...block, content: 'other' }, ['g1'], at)?.messageId).not.toBe(chat?.messageId);
  });

  it('ignores alerts and timeouts (the block stands for them), other servers, and empty content', () => {
    expect(fromAutoModExecution({ ...block, action: { type: 2 } }, ['g1'], at)).toBeNull();
    expect(fromAutoModExecution({ ...block, action: { type: 3 } }, ['g1'], at)).toBeNull();
    expect(fromAutoModExecution(block, ['g2'], at)).toBeNull();
    expect(fromAutoModExecution({ ...block, content: '' }, ['g1'], at)).toBeNull();
  });
});
