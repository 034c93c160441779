import type { Platform } from '@snowball/core';

/** A message someone wrote in a club channel, in neutral form, handed to moderation. */
export interface ChatMessage {
  readonly platform: Platform;
  /** Discord guild id or Slack team id; selects the club. */
  readonly workspaceId: string;
  readonly channelId: string;
  readonly messageId: string;
  readonly authorId: string;
  readonly content: string;
  readonly at: Date;
  /** When the message was edited (edits are checked again); absent for a new message. */
  readonly editedAt?: Date;
  /** People mentioned, as the platform resolved them (Discord); absent when only the text can tell. */
  readonly mentionCount?: number;
  /** The platform says the author moderates there (Discord: Manage Messages, or the server owner): exempt. */
  readonly authorIsModerator?: boolean;
  /** The platform already stopped the message (Discord's native AutoMod blocked it): nothing left to remove. */
  readonly removedByPlatform?: boolean;
}

/** A club message deleted (Discord, Slack) or recalled (Feishu) on its platform: its copies must go too. */
export interface DeletedChatMessage {
  readonly platform: Platform;
  /** Discord guild id, Slack team id or Feishu tenant key; selects the club. */
  readonly workspaceId: string;
  readonly channelId: string;
  readonly messageId: string;
}
