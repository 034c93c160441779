import type { KnownEventFromType } from '@slack/bolt';
import type { DeletedChatMessage } from '@snowball/commands';

type SlackMessageEvent = KnownEventFromType<'message'>;
type DeletedMessageEvent = Extract<SlackMessageEvent, { subtype: 'message_deleted' }>;

/**
 * A channel message deleted (`message_deleted`), in neutral form: the deleted message's ts is its id. Null for
 * other subtypes and for direct messages with the bot (not club content).
 */
export function fromMessageDeletedEvent(event: SlackMessageEvent, teamId: string): DeletedChatMessage | null {
  if (event.subtype !== 'message_deleted') return null;
  const deleted = event as DeletedMessageEvent;
  if (deleted.channel_type === 'im' || deleted.channel_type === 'mpim') return null;
  const team = teamId || ('team' in deleted && typeof deleted.team === 'string' ? deleted.team : '');
  if (!team || !deleted.deleted_ts) return null;
  return { platform: 'slack', workspaceId: team, channelId: deleted.channel, messageId: deleted.deleted_ts };
}
