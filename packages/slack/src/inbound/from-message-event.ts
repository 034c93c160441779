import type { KnownEventFromType } from '@slack/bolt';
import type { ChatMessage } from '@snowball/commands';

/** A `message` event of the Events API, as Bolt types it. */
type SlackMessageEvent = KnownEventFromType<'message'>;

// Subtypes that are still a person's words in a channel; joins, edits, bot posts and the like are not.
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);
type PersonMessageEvent = Extract<SlackMessageEvent, { subtype: undefined | 'thread_broadcast' | 'file_share' }>;

function isPersonMessage(event: SlackMessageEvent): event is PersonMessageEvent {
  return PERSON_SUBTYPES.has(event.subtype);
}

type EditedMessageEvent = Extract<SlackMessageEvent, { subtype: 'message_changed' }>;

/**
 * An edited channel message (`message_changed`) as a neutral ChatMessage with `editedAt`, for moderation to check
 * again. Null for bots' posts, direct messages, and changes that are not an edit of the text (link previews).
 */
export function fromMessageChangedEvent(event: EditedMessageEvent, teamId: string): ChatMessage | null {
  if (event.channel_type === 'im' || event.channel_type === 'mpim') return null;
  const message = event.message as {
    user?: string;
    bot_id?: string;
    subtype?: string;
    text?: string;
    ts: string;
    edited?: { ts: string };
  };
  const previous = event.previous_message as { text?: string } | undefined;
  if (!message.user || message.bot_id || !message.edited) return null;
  if (previous && previous.text === message.text) return null;
  return {
    platform: 'slack',
    workspaceId: teamId || ('team' in event && typeof event.team === 'string' ? event.team : ''),
    channelId: event.channel,
    messageId: message.ts,
    authorId: message.user,
    content: message.text ?? '',
    at: new Date(Math.round(Number(message.ts) * 1000)),
    editedAt: new Date(Math.round(Number(message.edited.ts) * 1000)),
  };
}

/**
 * A channel message as neutral ChatMessage for moderation. Null for bot posts, system subtypes and
 * direct messages with the bot (not club content).
 */
export function fromMessageEvent(event: SlackMessageEvent, teamId: string): ChatMessage | null {
  if (!isPersonMessage(event) || ('bot_id' in event && event.bot_id) || !event.user) return null;
  if (event.channel_type === 'im' || event.channel_type === 'mpim') return null;
  return {
    platform: 'slack',
    workspaceId: teamId || ('team' in event ? event.team : undefined) || '',
    channelId: event.channel,
    messageId: event.ts,
    authorId: event.user,
    content: event.text ?? '',
    at: new Date(Math.round(Number(event.ts) * 1000)),
  };
}
