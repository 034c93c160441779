import type { CommandDefinition, Invocation } from '@snowball/commands';
import { commandNameOf } from './from-slash-command.js';
import { type MessageShortcutBody, teamOf } from './slack-payloads.js';

/**
 * The "Report message" shortcut as a neutral report invocation. Null when the callback id names no
 * message command of the catalogue.
 */
export function fromMessageShortcut(
  body: MessageShortcutBody,
  catalogue: readonly CommandDefinition[],
  prefix = '',
): Extract<Invocation, { type: 'report' }> | null {
  const name = commandNameOf(body.callback_id, prefix);
  if (!catalogue.some((c) => c.name === name && c.type === 'message')) return null;
  return {
    type: 'report',
    caller: {
      platform: 'slack',
      workspaceId: teamOf(body),
      userId: body.user.id,
      userName: body.user.username ?? body.user.name ?? body.user.id,
      locale: null,
      channelId: body.channel.id,
    },
    messageId: body.message.ts ?? body.message_ts ?? '',
    channelId: body.channel.id,
    authorId: body.message.user ?? body.message.bot_id ?? '',
    content: body.message.text ?? '',
  };
}
