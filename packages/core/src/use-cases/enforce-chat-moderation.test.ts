import { describe, expect, it } from 'vitest';
import { CHAT_ACTION_MAX_ATTEMPTS } from '../domain/moderation-chat-action.js';
import type { ModerationFinding, ModerationVerdict } from '../domain/moderation-rules.js';
import { DEFAULT_MODERATION_SETTINGS } from '../domain/moderation-rules.js';
import type { ChatAuthorRef, ChatMessageRef, ChatModerator } from '../ports/chat-moderator.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { ClassifiableMessage, ClassifierClub, TextClassifier } from '../ports/text-classifier.js';
import { decideModeration } from '../rules/moderation-decision.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { InMemoryRecentMessageStore } from '../testing/in-memory/recent-message-store.js';
import { RecordingMessenger } from '../testing/recording-messenger.js';
import { enforceChatModeration } from './enforce-chat-moderation.js';
import { reconcileModerationActions } from './reconcile-moderation-actions.js';

/** "AD" is certain advertising, "LINK" an uncertain link, and more than 2 earlier messages is flooding. */
const classifier: TextClassifier = {
  classify(club: ClassifierClub, message: ClassifiableMessage): ModerationVerdict {
    const findings: ModerationFinding[] = [];
    if (message.text.includes('AD')) findings.push({ rule: 'ad.contact', certain: true, evidence: 'AD' });
    if (message.text.includes('LINK')) findings.push({ rule: 'ad.link', certain: false, evidence: 'example.com' });
    if ((message.history?.length ?? 0) > 2) findings.push({ rule: 'flood.rate', certain: true, evidence: 'rate' });
    return decideModeration(club.settings, findings);
  },
};

class RecordingChat implements ChatModerator {
  readonly deleted: ChatMessageRef[] = [];
  readonly timeouts: { author: ChatAuthorRef; until: Date }[] = [];
  readonly posts: { channelId: string; message: OutboundMessage }[] = [];
  /** The next deletions fail as a platform outage would. */
  failDeletes = 0;
  constructor(private readonly canDelete = true) {}
  async deleteMessage(message: ChatMessageRef) {
    if (this.failDeletes > 0) {
      this.failDeletes -= 1;
      throw new Error('503 Service Unavailable');
    }
    if (!this.canDelete) return 'not-permitted' as const;
    this.deleted.push(message);
    return 'removed' as const;
  }
  async timeout(author: ChatAuthorRef, until: Date) {
    if (author.platform !== 'discord') return false;
    this.timeouts.push({ author, until });
    return true;
  }
  async post(channel: { channelId: string }, message: OutboundMessage) {
    this.posts.push({ channelId: channel.channelId, message });
  }
}

async function setup(options: { canDelete?: boolean; locale?: 'en' | 'zh-CN' } = {}) {
  const club = await createClubFixture({
    now: '2026-12-01T09:00:00Z',
    settings: {
      defaultLocale: 'en',
      moderation: { ...DEFAULT_MODERATION_SETTINGS, logChannels: { discord: 'mod-log' } },
    },
  });
  await club.ports.communities.attachWorkspace(club.communityId, 'discord', 'guild-1');
  const member = await club.addMember({ name: 'Mia Member', locale: options.locale ?? 'zh-CN' });
  const messenger = new RecordingMessenger();
  const chat = new RecordingChat(options.canDelete ?? true);
  const deps = { ...club.ports, messenger, classifier, chat, recentMessages: new InMemoryRecentMessageStore() };
  let n = 0;
  const message = (content: string, extra: { messageId?: string; channelId?: string; editedAt?: Date } = {}) => {
    n += 1;
    return {
      platform: 'discord' as const,
      workspaceId: 'guild-1',
      channelId: extra.channelId ?? 'general',
      messageId: extra.messageId ?? `m${n}`,
      authorId: 'user-1',
      content,
      at: new Date(Date.parse('2026-12-20T09:00:00Z') + n * 60_000),
      ...(extra.editedAt ? { editedAt: extra.editedAt } : {}),
    };
  };
  return { club, member, deps, messenger, chat, message };
}

describe('enforceChatModeration', () => {
  it('removes an ad, DMs the author in their language with the rule and how to appeal, and logs it', async () => {
    const { deps, messenger, chat, message } = await setup();
    const result = await enforceChatModeration(deps, message('加我 AD'));
    expect(result).toMatchObject({ action: 'delete', removed: true, notified: true, logged: true, failures: [] });
    expect(chat.deleted.map((m) => m.messageId)).toEqual(['m1']);
    expect(messenger.sent).toHaveLength(1);
    const dm = messenger.sent[0]?.message;
    expect(dm?.title).toBe('你的消息已被删除');
    expect(dm?.fields?.map((f) => f.name)).toContain('规则：引导私下联系');
    expect(JSON.stringify(dm)).toContain('/appeal');
    expect(JSON.stringify(dm)).toContain('这是一次警告');
    expect(chat.posts).toHaveLength(1);
    expect(chat.posts[0]?.channelId).toBe('mod-log');
    expect(chat.timeouts).toEqual([]);
  });

  it('does nothing twice when the same event is delivered again', async () => {
    const { deps, messenger, chat, message } = await setup();
    const event = message('AD');
    await enforceChatModeration(deps, event);
    const again = await enforceChatModeration(deps, event);
    expect(again).toMatchObject({ duplicate: true, removed: true });
    expect(chat.deleted).toHaveLength(1);
    expect(messenger.sent).toHaveLength(1);
    expect(chat.posts).toHaveLength(1);
  });

  it('follows the strike ladder: a warning, then a timeout, then a case recommending removal', async () => {
    const { club, member, deps, chat, message } = await setup({ locale: 'en' });
    const first = await enforceChatModeration(deps, message('AD one'));
    expect(first.timedOutUntil).toBeNull();
    const second = await enforceChatModeration(deps, message('AD two'));
    expect(second.timedOutUntil).toEqual(new Date(club.ports.clock.now().getTime() + 60 * 60_000));
    expect(chat.timeouts).toHaveLength(1);
    const third = await enforceChatModeration(deps, message('AD three'));
    expect(third.escalationCaseId).not.toBeNull();
    const escalation = await club.ports.moderation.get(club.communityId, third.escalationCaseId ?? '');
    expect(escalation).toMatchObject({ status: 'open', memberId: member.memberId });
    expect(escalation?.reason).toContain('3 active strikes');
  });

  it('tells the author the moderators were asked when the bot may not remove the message', async () => {
    const { deps, messenger, chat, message } = await setup({ canDelete: false, locale: 'en' });
    const result = await enforceChatModeration(deps, message('AD'));
    expect(result).toMatchObject({ removed: false, notified: true });
    expect(messenger.sent[0]?.message.title).toBe('Your message breaks a club rule');
    expect(chat.posts[0]?.message.text).toContain('please remove it by hand');
  });

  it('does not claim a removal that failed, and removes the message when the event comes again', async () => {
    const { deps, messenger, chat, message } = await setup({ locale: 'en' });
    chat.failDeletes = 1;
    const event = message('AD');
    const first = await enforceChatModeration(deps, event);
    expect(first).toMatchObject({ removed: false, notified: true });
    expect(first.failures).toEqual(['remove: 503 Service Unavailable']);
    expect(messenger.sent[0]?.message.title).toBe('Your message breaks a club rule');
    expect(chat.posts[0]?.message.text).toContain('could not remove');
    const again = await enforceChatModeration(deps, event);
    expect(again).toMatchObject({ removed: true, failures: [] });
    expect(chat.deleted.map((m) => m.messageId)).toEqual([event.messageId]);
    expect(messenger.sent).toHaveLength(1);
  });

  it('leaves a doubtful message up for review: no removal, no DM, a log entry', async () => {
    const { deps, messenger, chat, message } = await setup();
    const result = await enforceChatModeration(deps, message('see LINK'));
    expect(result).toMatchObject({ action: 'review', removed: false, notified: false, logged: true });
    expect(chat.deleted).toEqual([]);
    expect(messenger.sent).toEqual([]);
  });

  it('checks an edited message again, once per edit', async () => {
    const { deps, chat, message } = await setup();
    await enforceChatModeration(deps, message('hello', { messageId: 'e1' }));
    const edit = message('hello AD', { messageId: 'e1', editedAt: new Date('2026-12-20T10:00:00Z') });
    expect((await enforceChatModeration(deps, edit)).action).toBe('delete');
    await enforceChatModeration(deps, edit);
    expect(chat.deleted.map((m) => m.messageId)).toEqual(['e1']);
  });

  it('sees flooding across channels from the author’s recent messages', async () => {
    const { deps, chat, message } = await setup();
    const at = (i: number) => new Date(Date.parse('2026-12-21T09:00:00Z') + i * 1000);
    for (const [i, channelId] of ['a', 'b', 'c'].entries()) {
      expect((await enforceChatModeration(deps, { ...message('hi', { channelId }), at: at(i) })).action).toBe('allow');
    }
    const flood = await enforceChatModeration(deps, { ...message('hi', { channelId: 'd' }), at: at(3) });
    expect(flood).toMatchObject({ action: 'delete', rules: ['flood.rate'] });
    expect(chat.deleted).toHaveLength(1);
  });

  it('never touches staff', async () => {
    const { deps, chat, messenger, message } = await setup();
    const result = await enforceChatModeration(deps, { ...message('AD'), authorId: 'owner' });
    expect(result.action).toBe('allow');
    expect(chat.deleted).toEqual([]);
    expect(messenger.sent).toEqual([]);
  });

  it('climbs the ladder for a person with no linked membership, counted by their platform account', async () => {
    const { club, deps, chat, messenger, message } = await setup();
    const stranger = (text: string) => ({ ...message(text), authorId: 'stranger-9' });
    const first = await enforceChatModeration(deps, stranger('AD one'));
    expect(first).toMatchObject({ memberId: null, removed: true, timedOutUntil: null });
    const second = await enforceChatModeration(deps, stranger('AD two'));
    expect(second.timedOutUntil).not.toBeNull();
    expect(chat.timeouts.map((t) => t.author.platformUserId)).toEqual(['stranger-9']);
    const third = await enforceChatModeration(deps, stranger('AD three'));
    expect(third.escalationCaseId).not.toBeNull();
    const escalation = await club.ports.moderation.get(club.communityId, third.escalationCaseId ?? '');
    expect(escalation).toMatchObject({
      status: 'open',
      memberId: null,
      authorId: 'stranger-9',
      workspaceId: 'guild-1',
    });
    // The stranger's DMs reached them by platform account; another stranger starts at the first step again.
    expect(messenger.sent).toHaveLength(3);
    const other = await enforceChatModeration(deps, { ...message('AD four'), authorId: 'stranger-10' });
    expect(other.timedOutUntil).toBeNull();
    expect(other.escalationCaseId).toBeNull();
  });

  it('keeps the messages just before the flagged one in its channel with the case, and purges them with it', async () => {
    const { club, deps, message } = await setup();
    const at = (i: number) => new Date(Date.parse('2026-12-22T09:00:00Z') + i * 60_000);
    await enforceChatModeration(deps, { ...message('who ships to Shenzhen?'), authorId: 'other-1', at: at(0) });
    await enforceChatModeration(deps, { ...message('we do, weekly', { channelId: 'elsewhere' }), at: at(1) });
    await enforceChatModeration(deps, { ...message('me too'), authorId: 'other-2', at: at(2) });
    const flagged = await enforceChatModeration(deps, { ...message('AD here'), at: at(3) });
    const kase = await club.ports.moderation.get(club.communityId, flagged.caseId ?? '');
    expect(kase?.context?.map((m) => [m.authorId, m.text])).toEqual([
      ['other-1', 'who ships to Shenzhen?'],
      ['other-2', 'me too'],
    ]);
    expect(kase?.context?.[0]?.at).toEqual(at(0));
    club.ports.clock.set('2027-12-30T00:00:00Z');
    await club.ports.moderation.purgeEvidence(club.communityId, club.ports.clock.now(), club.ports.clock.now(), 10);
    const purged = await club.ports.moderation.get(club.communityId, flagged.caseId ?? '');
    expect(purged).toMatchObject({ excerpt: '', context: null });
  });

  it('retries a failed removal in the reconcile pass with backoff, once, without a second DM', async () => {
    const { club, deps, messenger, chat, message } = await setup({ locale: 'en' });
    chat.failDeletes = 2;
    const event = message('AD');
    const first = await enforceChatModeration(deps, event);
    expect(first.removed).toBe(false);
    // Not due yet: the first retry waits 30 seconds.
    expect(await reconcileModerationActions(deps)).toMatchObject({ tried: 0 });
    club.ports.clock.advance(30_000);
    expect(await reconcileModerationActions(deps)).toMatchObject({ tried: 1, retrying: 1 });
    club.ports.clock.advance(60_000);
    expect(await reconcileModerationActions(deps)).toMatchObject({ tried: 0 });
    club.ports.clock.advance(60_000);
    expect(await reconcileModerationActions(deps)).toMatchObject({ tried: 1, done: 1 });
    club.ports.clock.advance(3_600_000);
    expect(await reconcileModerationActions(deps)).toMatchObject({ tried: 0 });
    expect(chat.deleted.map((m) => m.messageId)).toEqual([event.messageId]);
    expect(messenger.sent).toHaveLength(1);
    // The event delivered again now finds the removal done: nothing more happens.
    expect(await enforceChatModeration(deps, event)).toMatchObject({ removed: true, failures: [] });
    expect(chat.deleted).toHaveLength(1);
  });

  it('gives up after the last attempt and flags the case for the moderators', async () => {
    const { club, deps, chat, message } = await setup();
    chat.failDeletes = 100;
    const first = await enforceChatModeration(deps, message('AD'));
    let gaveUp = 0;
    for (let i = 0; i < 10; i += 1) {
      club.ports.clock.advance(3_600_000);
      gaveUp += (await reconcileModerationActions(deps)).gaveUp;
    }
    expect(gaveUp).toBe(1);
    expect(chat.failDeletes).toBe(100 - CHAT_ACTION_MAX_ATTEMPTS);
    const kase = await club.ports.moderation.get(club.communityId, first.caseId ?? '');
    expect(kase?.actionFailure).toBe('remove');
  });

  it('lets only one of two concurrent reconcile passes take an action', async () => {
    const { club, deps, chat, message } = await setup();
    chat.failDeletes = 1;
    await enforceChatModeration(deps, message('AD'));
    club.ports.clock.advance(60_000);
    const [a, b] = await Promise.all([reconcileModerationActions(deps), reconcileModerationActions(deps)]);
    expect(a.tried + b.tried).toBe(1);
    expect(chat.deleted).toHaveLength(1);
  });
});
