import { type ChatMessage, type CommandDefinition, type OptionValue, parseTextArguments } from '@snowball/commands';
import type { Locale } from '@snowball/core';
import { looksChinese, resolveCommandName } from './command-aliases.js';
import type { FeishuMessageEventData } from './feishu-event-data.js';

/** What a message asks of the bot. */
export type FeishuMessageIntent =
  | {
      readonly kind: 'command';
      /** The invocation without the caller's user name (looked up after the ack). */
      readonly name: string;
      readonly subcommand: string | null;
      readonly options: Readonly<Record<string, OptionValue>>;
      readonly locale: Locale;
    }
  /** Words to the bot in a direct chat that are not a command: it answers with help. */
  | { readonly kind: 'help'; readonly locale: Locale }
  /** A group message that is not for the bot: handed to moderation. */
  | { readonly kind: 'chat'; readonly message: ChatMessage }
  | { readonly kind: 'ignore' };

/** Who wrote, where: the tenant, the open_id and the chat. */
export interface FeishuMessageOrigin {
  readonly tenantKey: string;
  readonly openId: string;
  readonly chatId: string;
  readonly chatType: 'p2p' | 'group';
  readonly messageId: string;
}

/** The origin of a message event, or null when it is not a person's message in a chat. */
export function messageOrigin(data: FeishuMessageEventData): FeishuMessageOrigin | null {
  const openId = data.sender?.sender_id?.open_id;
  const tenantKey = data.tenant_key ?? data.sender?.tenant_key;
  const chatId = data.message?.chat_id;
  const messageId = data.message?.message_id;
  if (!openId || !tenantKey || !chatId || !messageId || data.sender?.sender_type !== 'user') return null;
  return { tenantKey, openId, chatId, chatType: data.message?.chat_type === 'p2p' ? 'p2p' : 'group', messageId };
}

/** The text of a text message with mentions as `@name` (for moderation) and without them (for commands). */
export function messageText(data: FeishuMessageEventData): { readonly shown: string; readonly bare: string } | null {
  if (data.message?.message_type !== 'text' || !data.message.content) return null;
  let text: string;
  try {
    const content = JSON.parse(data.message.content) as { text?: unknown };
    if (typeof content.text !== 'string') return null;
    text = content.text;
  } catch {
    return null;
  }
  let shown = text;
  let bare = text;
  for (const mention of data.message.mentions ?? []) {
    if (!mention.key) continue;
    shown = shown.split(mention.key).join(`@${mention.name ?? ''}`);
    bare = bare.split(mention.key).join(' ');
  }
  bare = bare.replace(/@_(user_\d+|all)/g, ' ').trim();
  return { shown, bare };
}

/**
 * Reads a message: `/name …` (or a Chinese name, `/提问 …`) is a command parsed like the simulator parses
 * typed text; other words to the bot in a direct chat get help; other group messages go to moderation.
 * The language is the one the person typed in: a Chinese name or Chinese words mean zh-CN.
 */
export function fromMessageEvent(
  data: FeishuMessageEventData,
  catalogue: readonly CommandDefinition[],
): FeishuMessageIntent {
  const origin = messageOrigin(data);
  const text = messageText(data);
  if (!origin || !text) return { kind: 'ignore' };
  const match = /^[/／]\s*(\S+)\s*([\s\S]*)$/u.exec(text.bare);
  if (!match) {
    if (origin.chatType === 'p2p') return { kind: 'help', locale: looksChinese(text.bare) ? 'zh-CN' : 'en' };
    return {
      kind: 'chat',
      message: {
        platform: 'feishu',
        workspaceId: origin.tenantKey,
        channelId: origin.chatId,
        messageId: origin.messageId,
        authorId: origin.openId,
        content: text.shown,
        at: new Date(Number(data.message?.create_time) || Date.now()),
      },
    };
  }
  const typed = match[1] as string;
  const rest = match[2] ?? '';
  const { name, chinese } = resolveCommandName(typed, catalogue);
  const locale: Locale = chinese || looksChinese(text.bare) ? 'zh-CN' : 'en';
  const command = catalogue.find((c) => c.name === name);
  // A command that only acts on a chosen message (report) cannot be typed: the person gets help instead.
  if (command && !command.run) return { kind: 'help', locale };
  const parsed = command ? parseTextArguments(command, rest) : { subcommand: null, options: {} };
  return { kind: 'command', name, subcommand: parsed.subcommand, options: parsed.options, locale };
}

/**
 * An edited group message (`im.message.updated_v1`) as a neutral chat message with `editedAt`, for moderation to
 * check again; null for direct chats, other message types and anything not written by a person.
 */
export function fromMessageUpdatedEvent(data: FeishuMessageEventData): ChatMessage | null {
  const origin = messageOrigin(data);
  const text = messageText(data);
  if (!origin || !text || origin.chatType !== 'group') return null;
  const created = Number(data.message?.create_time) || Date.now();
  return {
    platform: 'feishu',
    workspaceId: origin.tenantKey,
    channelId: origin.chatId,
    messageId: origin.messageId,
    authorId: origin.openId,
    content: text.shown,
    at: new Date(created),
    editedAt: new Date(Number(data.message?.update_time) || created),
  };
}
