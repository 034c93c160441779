import { catalogue } from '@snowball/commands';
import { messageReceiveEvent, messageUpdatedEvent } from '@snowball/testkit';
import { describe, expect, it } from 'vitest';
import { FEISHU_COMMAND_ALIASES } from './command-aliases.js';
import { fromMessageEvent, fromMessageUpdatedEvent } from './from-message-event.js';

// What the SDK hands a handler: the v2 event's header and body merged.
const source = { appId: 'cli_0000000000000000', tenantKey: 'tenant', verificationToken: 't' };
const data = (input: Parameters<typeof messageReceiveEvent>[1]) => {
  const { header, event } = messageReceiveEvent(source, input);
  return { ...header, ...event } as never;
};

describe('fromMessageEvent', () => {
  it('reads a command with free text, in English', () => {
    expect(fromMessageEvent(data({ openId: 'ou_1', text: '/ask How do I price tea?' }), catalogue)).toEqual({
      kind: 'command',
      name: 'ask',
      subcommand: null,
      options: { question: 'How do I price tea?' },
      locale: 'en',
    });
  });

  it('reads a command’s own Chinese name, in Chinese', () => {
    expect(fromMessageEvent(data({ openId: 'ou_1', text: '/申请入会' }), catalogue)).toMatchObject({
      kind: 'command',
      name: 'apply',
      locale: 'zh-CN',
    });
  });

  it('reads a Chinese alias as the command, in Chinese', () => {
    expect(fromMessageEvent(data({ openId: 'ou_1', text: '/提问 乌龙茶怎么定价？' }), catalogue)).toMatchObject({
      kind: 'command',
      name: 'ask',
      options: { question: '乌龙茶怎么定价？' },
      locale: 'zh-CN',
    });
  });

  it('reads /设置 as /settings, in Chinese', () => {
    expect(fromMessageEvent(data({ openId: 'ou_1', text: '/设置' }), catalogue)).toMatchObject({
      kind: 'command',
      name: 'settings',
      locale: 'zh-CN',
    });
  });

  it('reads subcommands and name:value options like the simulator', () => {
    expect(fromMessageEvent(data({ openId: 'ou_1', text: '／mod login' }), catalogue)).toMatchObject({
      kind: 'command',
      name: 'mod',
      subcommand: 'login',
    });
  });

  it('strips the @mention of the bot in a group', () => {
    const intent = fromMessageEvent(
      data({
        openId: 'ou_1',
        text: '@_user_1 /me',
        chatType: 'group',
        chatId: 'oc_g',
        mentions: [{ key: '@_user_1', openId: 'ou_bot', name: 'snowball' }],
      }),
      catalogue,
    );
    expect(intent).toMatchObject({ kind: 'command', name: 'me', options: {} });
  });

  it('hands other group messages to moderation and answers words in a direct chat with help', () => {
    const group = fromMessageEvent(
      data({ openId: 'ou_1', text: '加V 123', chatType: 'group', chatId: 'oc_g' }),
      catalogue,
    );
    expect(group).toMatchObject({
      kind: 'chat',
      message: { platform: 'feishu', workspaceId: 'tenant', channelId: 'oc_g', authorId: 'ou_1', content: '加V 123' },
    });
    expect(fromMessageEvent(data({ openId: 'ou_1', text: '你好' }), catalogue)).toEqual({
      kind: 'help',
      locale: 'zh-CN',
    });
    expect(fromMessageEvent(data({ openId: 'ou_1', text: 'hello' }), catalogue)).toEqual({
      kind: 'help',
      locale: 'en',
    });
  });

  it('ignores what is not a person’s text message', () => {
    const event = data({ openId: 'ou_1', text: '/me' }) as { message: object; sender: object };
    expect(fromMessageEvent({ ...event, message: { ...event.message, message_type: 'image' } }, catalogue)).toEqual({
      kind: 'ignore',
    });
    expect(fromMessageEvent({ ...event, sender: { sender_type: 'app' } }, catalogue)).toEqual({ kind: 'ignore' });
  });

  it('answers a command that cannot be typed (report acts on a chosen message) with help', () => {
    expect(fromMessageEvent(data({ openId: 'ou_1', text: '/report spam' }), catalogue)).toEqual({
      kind: 'help',
      locale: 'en',
    });
  });

  it('keeps an unknown command for the dispatcher to explain', () => {
    expect(fromMessageEvent(data({ openId: 'ou_1', text: '/nope x' }), catalogue)).toMatchObject({
      kind: 'command',
      name: 'nope',
      options: {},
    });
  });
});

describe('FEISHU_COMMAND_ALIASES', () => {
  it('names only commands of the catalogue, and never another command’s own name', () => {
    for (const [alias, name] of Object.entries(FEISHU_COMMAND_ALIASES)) {
      expect(
        catalogue.some((c) => c.name === name),
        `${alias} → ${name}`,
      ).toBe(true);
      const owner = catalogue.find((c) => c.name === alias || c.localizedName?.['zh-CN'] === alias);
      expect(owner === undefined || owner.name === name, alias).toBe(true);
    }
  });
});

describe('fromMessageUpdatedEvent', () => {
  const updated = (input: Parameters<typeof messageUpdatedEvent>[1]) => {
    const { header, event } = messageUpdatedEvent(source, input);
    return { ...header, ...event } as never;
  };

  it('hands an edited group message to moderation again, with when it was edited', () => {
    const message = fromMessageUpdatedEvent(
      updated({
        openId: 'ou_1',
        chatId: 'oc_group',
        messageId: 'om_1',
        text: '加我微信 abc_123',
        createTime: 1_700_000_000_000,
        updateTime: 1_700_000_060_000,
      }),
    );
    expect(message).toEqual({
      platform: 'feishu',
      workspaceId: 'tenant',
      channelId: 'oc_group',
      messageId: 'om_1',
      authorId: 'ou_1',
      content: '加我微信 abc_123',
      at: new Date(1_700_000_000_000),
      editedAt: new Date(1_700_000_060_000),
    });
  });

  it('ignores edits in a direct chat with the bot', () => {
    const { header, event } = messageUpdatedEvent(source, {
      openId: 'ou_1',
      chatId: 'oc_p2p',
      messageId: 'om_2',
      text: 'x',
    });
    const direct = { ...header, ...event, message: { ...(event.message as object), chat_type: 'p2p' } } as never;
    expect(fromMessageUpdatedEvent(direct)).toBeNull();
  });
});
