import type { AccessRoster, Platform, RoleFailureReason, RosterPage, WorkspaceRoster } from '@snowball/core';
import type { FeishuClient } from './feishu-client.js';
import { type FeishuRetryOptions, withFeishuRetry } from './feishu-errors.js';

/** Feishu's largest page of chat members. */
export const FEISHU_MEMBERS_PAGE = 100;

/**
 * The access check's view of Feishu: who is in the members-only group chats (`FEISHU_MEMBER_CHAT_IDS`), `full`
 * in every one, `partial` in some, read a page of 100 at a time (a 429 is waited out). Null without such chats.
 */
export class FeishuChatRoster implements AccessRoster {
  constructor(
    private readonly deps: {
      readonly client: FeishuClient;
      readonly chatIds: readonly string[];
      readonly retry?: FeishuRetryOptions;
    },
  ) {}

  async roster(platform: Platform, _tenantKey: string): Promise<WorkspaceRoster | null> {
    if (platform !== 'feishu') return null;
    const chatIds = [...new Set(this.deps.chatIds)];
    if (chatIds.length === 0) return null;
    const { client, retry } = this.deps;
    async function* pages(): AsyncIterable<RosterPage> {
      const inChats = new Map<string, number>();
      for (const chatId of chatIds) {
        let pageToken = '';
        for (;;) {
          const answer = await withFeishuRetry(
            () =>
              client.im.v1.chatMembers.get({
                path: { chat_id: chatId },
                params: {
                  member_id_type: 'open_id',
                  page_size: FEISHU_MEMBERS_PAGE,
                  ...(pageToken ? { page_token: pageToken } : {}),
                },
              }),
            retry,
          );
          for (const item of answer.data?.items ?? []) {
            if (item.member_id) inChats.set(item.member_id, (inChats.get(item.member_id) ?? 0) + 1);
          }
          if (!answer.data?.has_more || !answer.data.page_token) break;
          pageToken = answer.data.page_token;
        }
      }
      yield [...inChats].map(([platformUserId, count]) => ({
        platformUserId,
        access: count >= chatIds.length ? ('full' as const) : ('partial' as const),
      }));
    }
    return { listsEveryone: false, pages: pages() };
  }

  failureReason(_platform: Platform, error: unknown): RoleFailureReason {
    const text = error instanceof Error ? error.message : String(error);
    if (/invalid open_id|232024|232011/.test(text)) return 'member_left';
    if (/chat not found|232010|232006/.test(text)) return 'unknown_role';
    if (/permission|232009|232017|99991672|99991663/i.test(text)) return 'missing_permission';
    return 'other';
  }
}
