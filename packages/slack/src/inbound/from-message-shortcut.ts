import type { MessageShortcut } from '@slack/bolt';
import type { CommandDefinition, Invocation } from '@snowball/commands';
import { commandNameOf } from './from-slash-command.js';
import { teamOf, userNameOf } from './slack-payloads.js';

/**
 * The "Report message" shortcut as a neutral report invocation. Null when the callback id names no
 * message command of the catalogue.
 */
export function fromMessageShortcut(
  body: MessageShortcut,
  catalogue: readonly CommandDefinition[],
  prefix = '',
): Extract<Invocation, { type: 'report' }> | null {
  const name = commandNameOf(body.callback_id, prefix);
  if (!catalogue.some((c) => c.name === name && c.type === 'message')) return null;
  return {
    type: 'report',
    command: name,
    caller: {
      platform: 'slack',
      workspaceId: teamOf(body),
      userId: body.user.id,
      userName: userNameOf(body.user),
      locale: null,
      channelId: body.channel.id,
    },
    messageId: body.message.ts ?? body.message_ts ?? '',
    channelId: body.channel.id,
    authorId: body.message.user ?? botIdOf(body.message) ?? '',
    content: body.message.text ?? '',
    ...timeOf(body.message.ts ?? body.message_ts),
  };
}

/** The message's time from its `ts` (seconds with microseconds, as message events are read), when it has one. */
function timeOf(ts: string | undefined): { at?: Date } {
  const at = new Date(Math.round(Number(ts) * 1000));
  return ts && Number.isFinite(at.getTime()) ? { at } : {};
}

/** A bot's message carries `bot_id`, which Bolt's type leaves to its index signature. */
function botIdOf(message: MessageShortcut['message']): string | undefined {
  const botId: unknown = message.bot_id;
  return typeof botId === 'string' ? botId : undefined;
}
