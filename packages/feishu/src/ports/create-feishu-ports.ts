import type { FeishuLogger } from '../config/feishu-logger.js';
import type { FeishuSettings } from '../config/feishu-settings.js';
import { createFeishuClient, type FeishuClient } from './feishu-client.js';
import type { FeishuRetryOptions } from './feishu-errors.js';
import { FeishuMessenger } from './feishu-messenger.js';
import { FeishuRoleSync } from './feishu-role-sync.js';

/** The Feishu side of the core's ports, built before the core (the app needs the core; the core needs these). */
export interface FeishuPorts {
  readonly client: FeishuClient;
  readonly messenger: FeishuMessenger;
  readonly roleSync: FeishuRoleSync;
}

export function createFeishuPorts(
  settings: FeishuSettings,
  options: { readonly logger?: FeishuLogger; readonly retry?: FeishuRetryOptions } = {},
): FeishuPorts {
  const client = createFeishuClient(settings, options.logger);
  return {
    client,
    messenger: new FeishuMessenger({ client, retry: options.retry }),
    roleSync: new FeishuRoleSync({ client, chatIds: settings.memberChatIds ?? [], retry: options.retry }),
  };
}
