/**
 * Under which key chat moderation keeps an author's recent messages: one per club, platform, workspace and
 * platform user. The erasure derives the same keys from the member's linked accounts to forget them.
 */
export function recentChatAuthorKey(
  communityId: string,
  author: { readonly platform: string; readonly workspaceId: string; readonly platformUserId: string },
): string {
  return `${communityId}:${author.platform}:${author.workspaceId}:${author.platformUserId}`;
}

/** Under which key chat moderation keeps a channel's recent messages (everyone's, with their authors). */
export function recentChatChannelKey(
  communityId: string,
  channel: { readonly platform: string; readonly workspaceId: string; readonly channelId: string },
): string {
  return `${recentChatChannelKeyPrefix(communityId)}${channel.platform}:${channel.workspaceId}:${channel.channelId}`;
}

/** What every channel key of a club starts with (an erasure removes the member's messages from all of them). */
export function recentChatChannelKeyPrefix(communityId: string): string {
  return `channel:${communityId}:`;
}
