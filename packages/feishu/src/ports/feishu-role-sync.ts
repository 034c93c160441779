import type { PlatformAccount, RoleSync } from '@snowball/core';
import type { FeishuClient } from './feishu-client.js';
import { type FeishuRetryOptions, withFeishuRetry } from './feishu-errors.js';

/**
 * Gives and takes access on Feishu: adds the member to every members-only group chat
 * (`FEISHU_MEMBER_CHAT_IDS`), or removes them. Adding someone already in, or removing someone already out,
 * counts as done. Every chat is tried; failures are reported together.
 */
export class FeishuRoleSync implements RoleSync {
  constructor(
    private readonly deps: {
      readonly client: FeishuClient;
      readonly chatIds: readonly string[];
      readonly retry?: FeishuRetryOptions;
    },
  ) {}

  grant(account: PlatformAccount): Promise<void> {
    return this.each(account, async (chatId) => {
      const answer = await withFeishuRetry(
        () =>
          this.deps.client.im.v1.chatMembers.create({
            path: { chat_id: chatId },
            params: { member_id_type: 'open_id' },
            data: { id_list: [account.platformUserId] },
          }),
        this.deps.retry,
      );
      const refused = [...(answer.data?.invalid_id_list ?? []), ...(answer.data?.not_existed_id_list ?? [])];
      if (refused.includes(account.platformUserId)) throw new Error('Feishu refused the member (invalid open_id)');
    });
  }

  revoke(account: PlatformAccount): Promise<void> {
    return this.each(account, async (chatId) => {
      await withFeishuRetry(
        () =>
          this.deps.client.im.v1.chatMembers.delete({
            path: { chat_id: chatId },
            params: { member_id_type: 'open_id' },
            data: { id_list: [account.platformUserId] },
          }),
        this.deps.retry,
      );
    });
  }

  private async each(account: PlatformAccount, call: (chatId: string) => Promise<void>): Promise<void> {
    if (account.platform !== 'feishu') throw new Error(`not a Feishu account: ${account.platform}`);
    const failures: string[] = [];
    for (const chatId of this.deps.chatIds) {
      try {
        await call(chatId);
      } catch (error) {
        failures.push(`${chatId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length > 0) throw new Error(`Feishu group access failed (${failures.join('; ')})`);
  }
}
