import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';

/** Discord JSON error codes the adapter reacts to. */
export const DiscordErrorCode = {
  UnknownChannel: 10003,
  UnknownMember: 10007,
  UnknownMessage: 10008,
  UnknownWebhook: 10015,
  UnknownInteraction: 10062,
  InteractionAlreadyAcknowledged: 40060,
  CannotSendMessagesToThisUser: 50007,
  MissingAccess: 50001,
  MissingPermissions: 50013,
} as const;

/** The JSON error code of a Discord API error, or null for anything else. */
export function discordErrorCode(error: unknown): number | null {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : null;
}

/** The HTTP status of a failed REST call, or null when the request never got an answer (network, timeout). */
export function discordHttpStatus(error: unknown): number | null {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) return error.status;
  if (error instanceof RateLimitError) return 429;
  return null;
}

/**
 * True when an interaction can no longer be answered and that is nobody's fault worth crashing over:
 * it expired (10062) or someone already answered it (40060, e.g. a second instance of the bot).
 */
export function isInteractionGone(error: unknown): boolean {
  const code = discordErrorCode(error);
  return code === DiscordErrorCode.UnknownInteraction || code === DiscordErrorCode.InteractionAlreadyAcknowledged;
}
