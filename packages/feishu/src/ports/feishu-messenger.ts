import { createHash } from 'node:crypto';
import { DeliveryError, type Messenger, type OutboundMessage, type PlatformAccount } from '@snowball/core';
import { renderCard } from '../render/render-card.js';
import type { FeishuClient } from './feishu-client.js';
import { FeishuApiError, type FeishuRetryOptions, withFeishuRetry } from './feishu-errors.js';
import { sendCard } from './send-card.js';

// Codes after which another attempt can never succeed: a bad or foreign open_id, a person the bot may not
// reach (outside the app's availability, or who blocked it), missing permissions.
const PERMANENT = new Set([230001, 230002, 230006, 230013, 230027, 99992351, 99992361, 99992364, 99991672]);

/**
 * Sends direct messages on Feishu as interactive cards to the member's open_id. Rate limits (99991400 /
 * HTTP 429) are waited out and the same request is repeated with the same `uuid`, so a message is delivered
 * once even when an answer is lost; refusals that can never succeed are `DeliveryError(permanent)`.
 */
export class FeishuMessenger implements Messenger {
  constructor(private readonly deps: { readonly client: FeishuClient; readonly retry?: FeishuRetryOptions }) {}

  /**
   * Introduces people in a new group chat with the bot: `POST /im/v1/chats` with their open_ids (scope
   * `im:chat`), then the card in it. The chat's `uuid` comes from the people and the message, so a retried
   * introduction finds the same chat, and the card's uuid keeps it single. False, having sent nothing, for
   * accounts of another platform or tenant, fewer than two or more than eight people, or an app Feishu will
   * not let create the chat (each person is then sent a direct message).
   */
  async introduce(accounts: readonly PlatformAccount[], message: OutboundMessage): Promise<boolean> {
    const [first] = accounts;
    if (!first || accounts.some((a) => a.platform !== 'feishu' || a.workspaceId !== first.workspaceId)) return false;
    const people = [...new Set(accounts.map((a) => a.platformUserId))].sort();
    if (people.length < 2 || people.length > GROUP_MAX_PEOPLE) return false;
    const card = renderCard({
      title: message.title,
      text: message.text,
      fields: message.fields,
      buttons: message.buttons,
    });
    let chatId: string | undefined;
    try {
      const created = await withFeishuRetry(
        () =>
          this.deps.client.im.v1.chat.create({
            params: { user_id_type: 'open_id', set_bot_manager: true, uuid: dmUuid(people.join(','), card) },
            data: {
              name: [...(message.title ?? 'snowball')].slice(0, 60).join(''),
              user_id_list: people,
              chat_mode: 'group',
              chat_type: 'private',
            },
          }),
        this.deps.retry,
      );
      chatId = created.data?.chat_id;
    } catch (error) {
      if (error instanceof FeishuApiError && CANNOT_GROUP.has(error.code)) return false;
      throw toDeliveryError(error);
    }
    if (!chatId) return false;
    try {
      await sendCard(this.deps.client, { receiveIdType: 'chat_id', receiveId: chatId }, card, {
        uuid: dmUuid(chatId, card),
        retry: this.deps.retry,
      });
    } catch (error) {
      throw toDeliveryError(error);
    }
    return true;
  }

  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    if (account.platform !== 'feishu') throw new DeliveryError(`not a Feishu account: ${account.platform}`, true);
    const card = renderCard({
      title: message.title,
      text: message.text,
      fields: message.fields,
      buttons: message.buttons,
    });
    try {
      await sendCard(this.deps.client, { receiveIdType: 'open_id', receiveId: account.platformUserId }, card, {
        uuid: dmUuid(account.platformUserId, card),
        retry: this.deps.retry,
      });
    } catch (error) {
      throw toDeliveryError(error);
    }
  }
}

/**
 * The same message to the same person gets the same uuid, so when an answer is lost and the delivery job
 * sends again, Feishu delivers it once (it keeps a uuid for an hour). The price: the very same card sent
 * to someone twice within an hour on purpose is shown once, which no notification of ours does.
 */
function dmUuid(openId: string, card: unknown): string {
  return `dm-${createHash('sha256').update(openId).update('\n').update(JSON.stringify(card)).digest('hex').slice(0, 40)}`;
}

/** Feishu codes of chat creation meaning "no group here" (no permission, people it will not group). */
const CANNOT_GROUP = new Set([99991672, 232043, 232024, 232025, 232006]);

/** How many people one introduction chat may hold. */
const GROUP_MAX_PEOPLE = 8;

function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof FeishuApiError) {
    if (error.rateLimited) return new DeliveryError(error.message, false);
    return new DeliveryError(error.message, PERMANENT.has(error.code));
  }
  return new DeliveryError(error instanceof Error ? error.message : String(error), false);
}
