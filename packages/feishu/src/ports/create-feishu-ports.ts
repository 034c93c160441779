import type { FeishuLogger } from '../config/feishu-logger.js';
import type { FeishuSettings } from '../config/feishu-settings.js';
import { type FeishuCallLimiter, FeishuChatModerator } from './feishu-chat-moderator.js';
import { FeishuChatRoster } from './feishu-chat-roster.js';
import { createFeishuClient, type FeishuClient } from './feishu-client.js';
import type { FeishuRetryOptions } from './feishu-errors.js';
import { FeishuMessenger } from './feishu-messenger.js';
import { FeishuRoleSync } from './feishu-role-sync.js';

/** The Feishu side of the core's ports, built before the core (the app needs the core; the core needs these). */
export interface FeishuPorts {
  readonly client: FeishuClient;
  readonly messenger: FeishuMessenger;
  readonly roleSync: FeishuRoleSync;
  /** Who is in the members-only group chats, for the access check. */
  readonly accessRoster: FeishuChatRoster;
  /** Automatic moderation's actions in the tenant's group chats. */
  readonly moderator: FeishuChatModerator;
}

export function createFeishuPorts(
  settings: FeishuSettings,
  options: {
    readonly logger?: FeishuLogger;
    readonly retry?: FeishuRetryOptions;
    /** Paces the moderation actions (shared across processes when Redis-backed). */
    readonly limiter?: FeishuCallLimiter;
  } = {},
): FeishuPorts {
  const client = createFeishuClient(settings, options.logger);
  return {
    client,
    messenger: new FeishuMessenger({ client, retry: options.retry }),
    roleSync: new FeishuRoleSync({ client, chatIds: settings.memberChatIds ?? [], retry: options.retry }),
    accessRoster: new FeishuChatRoster({ client, chatIds: settings.memberChatIds ?? [], retry: options.retry }),
    moderator: new FeishuChatModerator({
      client,
      appId: settings.appId,
      limiter: options.limiter,
      retry: options.retry,
    }),
  };
}
