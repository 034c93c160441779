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
}
