import { describe, expect, it } from 'vitest';
import type { RecentMessageStore } from '../ports/recent-message-store.js';
import { recentChatChannelKey } from '../rules/recent-chat-key.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { createTestPorts } from '../testing/create-test-ports.js';

const NOW = Date.parse('2026-06-01T08:00:00Z');
const channel = { platform: 'discord' as const, workspaceId: 'guild-1', channelId: 'chan-1' };

async function club(ports = createTestPorts()) {
  const fx = await createClubFixture({ now: '2026-06-01T08:00:00Z', ports });
  // user-1 is the spammer's Discord id in the fixture, user-2 the reporter's.
  const spammer = await fx.addMember({ name: 'Spam 王', locale: 'zh-CN' });
  const reporter = await fx.addMember({ name: 'Reporter' });
  const moderator = { ...(await fx.addMember({ name: 'Mod' })), roles: ['moderator' as const] };
  const key = recentChatChannelKey(fx.communityId, channel);
  /** A message written `minutes` before now in the channel, kept in its window as chat moderation does. */
  const written = async (messageId: string, authorId: string, minutes: number, text = `text ${messageId}`) => {
    const message = { messageId, channelId: channel.channelId, text, at: new Date(NOW - minutes * 60_000), authorId };
    await ports.recentMessages.push(key, message, { windowMs: 60 * 60_000, maxMessages: 50 });
    return { messageId, authorId, text, at: message.at };
  };
  const report = (messageId: string, at?: Date) =>
    fx.core.reportMessage({
      actor: reporter,
      ...channel,
      messageId,
      authorId: 'user-1',
      content: '加我微信 abc12345',
      ...(at ? { at } : {}),
    });
  const caseOf = async (caseId: string) =>
    (await fx.core.getModerationCase({ actor: moderator, communityId: fx.communityId, caseId })).case;
  return { ...fx, ports, spammer, reporter, moderator, written, report, caseOf };
}

describe('a reported message keeps the messages before it as context', () => {
  it('takes by time the few written within the quarter hour before it, whoever wrote them, marking no reporter', async () => {
    const c = await club();
    await c.written('old', 'user-3', 20);
    const kept = [
      await c.written('m1', 'user-3', 9),
      await c.written('m2', 'user-2', 8, '别理他'),
      await c.written('m3', 'user-1', 7),
      await c.written('m4', 'user-3', 6),
      await c.written('m5', 'user-2', 5),
      await c.written('m6', 'user-3', 4),
    ];
    const reported = await c.written('bad', 'user-1', 3);
    await c.written('after', 'user-3', 1);
    const { caseId } = await c.report('bad', reported.at);
    const stored = await c.caseOf(caseId);
    // At most as many as an automatic case keeps (5): the newest before it, oldest first, not itself nor later ones.
    expect(stored.context).toEqual(kept.slice(1));
    // The reporter's own message is there as anyone's: an author id and the words, nothing more.
    expect(Object.keys(stored.context?.[0] ?? {}).sort()).toEqual(['at', 'authorId', 'messageId', 'text']);
    expect(stored.reporterId).toBe(c.reporter.memberId);
  });

  it('leaves out what was written more than a quarter hour before the reported message', async () => {
    const c = await club();
    await c.written('m1', 'user-3', 40);
    const recent = await c.written('m2', 'user-3', 29);
    const reported = await c.written('bad', 'user-1', 15);
    const { caseId } = await c.report('bad', reported.at);
    expect((await c.caseOf(caseId)).context).toEqual([recent]);
  });

  it('without the message’s time, takes those kept before it by position, and none when it is no longer kept', async () => {
    const c = await club();
    const before = [await c.written('m1', 'user-3', 5), await c.written('m2', 'user-2', 4)];
    await c.written('bad', 'user-1', 3);
    await c.written('after', 'user-3', 2);
    const found = await c.report('bad');
    expect((await c.caseOf(found.caseId)).context).toEqual(before);
    const gone = await c.report('never-seen');
    expect((await c.caseOf(gone.caseId)).context ?? null).toBeNull();
  });

  it('a repeated report keeps the first snapshot', async () => {
    const c = await club();
    const first = await c.written('m1', 'user-3', 5);
    const reported = await c.written('bad', 'user-1', 3);
    const { caseId } = await c.report('bad', reported.at);
    await c.written('m0', 'user-3', 4);
    const again = await c.report('bad', reported.at);
    expect(again).toEqual({ caseId, duplicate: true });
    expect((await c.caseOf(caseId)).context).toEqual([first]);
  });

  it('opens the report without context when the window cannot be read (Redis down) or there is none', async () => {
    const ports = createTestPorts();
    const down: RecentMessageStore = {
      push: () => Promise.reject(new Error('connection refused')),
      recent: () => Promise.reject(new Error('connection refused')),
      forget: () => Promise.reject(new Error('connection refused')),
      forgetAuthorsIn: () => Promise.reject(new Error('connection refused')),
    };
    const c = await club({ ...ports, recentMessages: down as typeof ports.recentMessages });
    const { caseId, duplicate } = await c.report('bad', new Date(NOW - 60_000));
    expect(duplicate).toBe(false);
    const stored = await c.caseOf(caseId);
    expect(stored).toMatchObject({ kind: 'report', status: 'open', memberId: c.spammer.memberId });
    expect(stored.context ?? null).toBeNull();

    const { recentMessages: _, ...without } = createTestPorts();
    const bare = await club(without as ReturnType<typeof createTestPorts>);
    const opened = await bare.report('bad', new Date(NOW - 60_000));
    expect((await bare.caseOf(opened.caseId)).context ?? null).toBeNull();
  });

  it('an erasure of the reported member removes the report’s context, and their words from the channel window', async () => {
    const c = await club();
    await c.written('m1', 'user-3', 5);
    await c.written('m2', 'user-1', 4);
    const reported = await c.written('bad', 'user-1', 3);
    const { caseId } = await c.report('bad', reported.at);
    expect((await c.caseOf(caseId)).context).toHaveLength(2);
    const request = await c.core.requestErasure({
      actor: c.spammer,
      communityId: c.communityId,
      memberId: c.spammer.memberId,
    });
    c.ports.clock.set(new Date(request.dueAt.getTime() + 1));
    expect(await c.core.carryOutErasure({ communityId: c.communityId, requestId: request.id })).toBe('erased');
    const after = await c.caseOf(caseId);
    expect(after.context ?? null).toBeNull();
    expect(after.excerpt).toBe('');
    const window = await c.ports.recentMessages.recent(recentChatChannelKey(c.communityId, channel), {
      maxMessages: 10,
    });
    expect(window.map((m) => m.messageId)).toEqual(['m1']);
  });
});
