import type { ChatMessage } from '@snowball/commands';
import type { MessageEvent } from './slack-payloads.js';

// Subtypes that are still a person's words in a channel; joins, edits, bot posts and the like are not.
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

/**
 * A channel message as neutral ChatMessage for moderation. Null for bot posts, system subtypes and
 * direct messages with the bot (not club content).
 */
export function fromMessageEvent(event: MessageEvent, teamId: string): ChatMessage | null {
  if (!PERSON_SUBTYPES.has(event.subtype) || event.bot_id || !event.user) return null;
  if (event.channel_type === 'im' || event.channel_type === 'mpim') return null;
  return {
    platform: 'slack',
    workspaceId: teamId || event.team || '',
    channelId: event.channel,
    messageId: event.ts,
    authorId: event.user,
    content: event.text ?? '',
    at: new Date(Math.round(Number(event.ts) * 1000)),
  };
}
