import type { BlockAction, KnownEventFromType, MessageShortcut } from '@slack/bolt';
import { catalogue } from '@snowball/commands';
import {
  blockActionRequest,
  messageChangedEventRequest,
  messageEventRequest,
  messageShortcutRequest,
} from '@snowball/testkit';
import { describe, expect, it } from 'vitest';
import { fromBlockAction } from './from-block-action.js';
import { fromMessageChangedEvent, fromMessageEvent } from './from-message-event.js';
import { fromMessageShortcut } from './from-message-shortcut.js';

describe('fromBlockAction', () => {
  it('routes the button action id as the neutral action', () => {
    const fixture = blockActionRequest({ actionId: 'review:approve:a1', teamId: 'T1', userId: 'U1', channelId: 'C1' });
    expect(fromBlockAction(fixture.payload as unknown as BlockAction)).toEqual({
      type: 'action',
      caller: { platform: 'slack', workspaceId: 'T1', userId: 'U1', userName: 'member', locale: null, channelId: 'C1' },
      action: 'review:approve:a1',
    });
  });

  it('reads presses in the App Home tab (no channel)', () => {
    const fixture = blockActionRequest({ actionId: 'apply:start', container: 'home' });
    expect(fromBlockAction(fixture.payload as unknown as BlockAction)).toMatchObject({
      action: 'apply:start',
      caller: { channelId: null },
    });
  });
});

describe('fromMessageShortcut', () => {
  it('turns "Report message" into a report invocation', () => {
    const fixture = messageShortcutRequest({
      callbackId: 'sb-report',
      message: { text: 'buy my coin', user: 'U666', ts: '1700000000.000100' },
      teamId: 'T1',
      userId: 'U1',
      channelId: 'C1',
    });
    expect(fromMessageShortcut(fixture.payload as unknown as MessageShortcut, catalogue, 'sb-')).toEqual({
      type: 'report',
      command: 'report',
      caller: { platform: 'slack', workspaceId: 'T1', userId: 'U1', userName: 'member', locale: null, channelId: 'C1' },
      messageId: '1700000000.000100',
      channelId: 'C1',
      authorId: 'U666',
      content: 'buy my coin',
      // The message's time from its ts, to the millisecond as message events are read.
      at: new Date(1_700_000_000_000),
    });
  });

  it('ignores shortcuts the catalogue does not have', () => {
    const fixture = messageShortcutRequest({ callbackId: 'ask', message: { text: 'x', user: 'U2' } });
    expect(fromMessageShortcut(fixture.payload as unknown as MessageShortcut, catalogue)).toBeNull();
  });
});

describe('fromMessageEvent', () => {
  const eventOf = (input: Parameters<typeof messageEventRequest>[0]) =>
    (messageEventRequest(input).payload as { event: KnownEventFromType<'message'> }).event;

  it('hands people’s channel messages to moderation', () => {
    const event = eventOf({ text: 'hello', teamId: 'T1', userId: 'U1', channelId: 'C1', ts: '1700000000.000200' });
    expect(fromMessageEvent(event, 'T1')).toEqual({
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C1',
      messageId: '1700000000.000200',
      authorId: 'U1',
      content: 'hello',
      at: new Date(1_700_000_000_000),
    });
  });

  it('skips bot posts, system messages and DMs', () => {
    expect(fromMessageEvent(eventOf({ text: 'beep', botId: 'B1' }), 'T1')).toBeNull();
    // A join's payload differs from a person's message; the fixture with a system subtype stands in for it.
    const join = { ...eventOf({ text: 'x' }), subtype: 'channel_join' } as unknown as KnownEventFromType<'message'>;
    expect(fromMessageEvent(join, 'T1')).toBeNull();
    expect(fromMessageEvent({ ...eventOf({ text: 'x' }), channel_type: 'im' }, 'T1')).toBeNull();
  });
});

describe('fromMessageChangedEvent', () => {
  type Changed = Extract<KnownEventFromType<'message'>, { subtype: 'message_changed' }>;
  const eventOf = (input: Parameters<typeof messageChangedEventRequest>[0]) =>
    (messageChangedEventRequest(input).payload as { event: Changed }).event;

  it('hands an edited message to moderation again, as the original message with when it was edited', () => {
    const event = eventOf({
      teamId: 'T1',
      userId: 'U1',
      channelId: 'C1',
      ts: '1700000000.000200',
      editedTs: '1700000060.000000',
      previousText: 'hello',
      text: 'hello, add me on WeChat abc_123',
    });
    expect(fromMessageChangedEvent(event, 'T1')).toEqual({
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C1',
      messageId: '1700000000.000200',
      authorId: 'U1',
      content: 'hello, add me on WeChat abc_123',
      at: new Date(1_700_000_000_000),
      editedAt: new Date(1_700_000_060_000),
    });
  });

  it('skips changes that leave the text as it was (a link preview) and DMs', () => {
    const same = eventOf({ ts: '1700000000.000300', previousText: 'see x.com', text: 'see x.com' });
    expect(fromMessageChangedEvent(same, 'T1')).toBeNull();
    const dm = { ...eventOf({ ts: '1700000000.000400', previousText: 'a', text: 'b' }), channel_type: 'im' } as Changed;
    expect(fromMessageChangedEvent(dm, 'T1')).toBeNull();
  });
});
