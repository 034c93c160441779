import type { Platform } from '../domain/member.js';

/**
 * The direct-message channel the bot opened with a platform user, kept in the database so neither a restart
 * nor a second worker opens it again (on Discord, opening a DM channel is an API call of its own).
 */
export interface DmChannelRepository {
  /** The stored channel id, or null when none was stored. */
  find(platform: Platform, platformUserId: string): Promise<string | null>;
  /** Stores (or replaces) the user's channel id. */
  save(platform: Platform, platformUserId: string, channelId: string): Promise<void>;
  /** Forgets a channel the platform no longer knows, so the next message opens a fresh one. */
  forget(platform: Platform, platformUserId: string): Promise<void>;
}
