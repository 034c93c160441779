import { createHash } from 'node:crypto';
import type { ChatMessage } from '@snowball/commands';

/** The parts of discord.js's `AutoModerationActionExecution` that moderation needs (a plain object works too). */
export interface AutoModExecutionLike {
  readonly guild: { readonly id: string };
  readonly action: { readonly type: number };
  readonly ruleId: string;
  readonly userId: string;
  readonly channelId: string | null;
  readonly messageId: string | null;
  readonly content: string;
}

// AutoMod's action types: 1 BLOCK_MESSAGE (the one that says a message was stopped; alerts and timeouts repeat it).
const BLOCK_MESSAGE = 1;
// A blocked message has no id: the same text from the same person in the same channel within a minute is one case.
const SAME_BLOCK_MS = 60_000;

/**
 * A message Discord's native AutoMod blocked, as a neutral chat message already removed by the platform, so it
 * becomes a case (a strike, the DM, the log) like one the bot removed; null for other actions and other guilds.
 */
export function fromAutoModExecution(
  execution: AutoModExecutionLike,
  guildIds: readonly string[],
  at: Date,
): ChatMessage | null {
  if (execution.action.type !== BLOCK_MESSAGE || !guildIds.includes(execution.guild.id)) return null;
  if (!execution.channelId || !execution.content) return null;
  const bucket = Math.floor(at.getTime() / SAME_BLOCK_MS);
  const digest = createHash('sha256')
    .update(`${execution.guild.id}\n${execution.channelId}\n${execution.userId}\n${execution.content}\n${bucket}`)
    .digest('hex')
    .slice(0, 24);
  return {
    platform: 'discord',
    workspaceId: execution.guild.id,
    channelId: execution.channelId,
    messageId: execution.messageId ?? `automod-${digest}`,
    authorId: execution.userId,
    content: execution.content,
    at,
    removedByPlatform: true,
  };
}
