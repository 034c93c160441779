import type { DeletedChatMessage } from '@snowball/commands';
import type { FeishuMessageRecalledData } from './feishu-event-data.js';

/** A recalled Feishu message in neutral form (the tenant selects the club); null when the event lacks its ids. */
export function fromMessageRecalledEvent(data: FeishuMessageRecalledData): DeletedChatMessage | null {
  if (!data.tenant_key || !data.message_id) return null;
  return {
    platform: 'feishu',
    workspaceId: data.tenant_key,
    channelId: data.chat_id ?? '',
    messageId: data.message_id,
  };
}
