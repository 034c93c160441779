import { createHash } from 'node:crypto';
import type { FeishuCard } from '../render/render-card.js';
import type { FeishuClient } from './feishu-client.js';
import { type FeishuRetryOptions, withFeishuRetry } from './feishu-errors.js';

/** Where a card goes: a person (by the app's open_id) or a chat. */
export interface CardTarget {
  readonly receiveIdType: 'open_id' | 'chat_id';
  readonly receiveId: string;
}

/**
 * Sends a card, waiting out rate limits. `uuid` (at most 50 characters) makes Feishu deliver it at most
 * once for an hour, so a repeat of this call (a retry after a lost answer, a redelivered event) never
 * shows the member the same card twice.
 */
export async function sendCard(
  client: FeishuClient,
  target: CardTarget,
  card: FeishuCard,
  options: { readonly uuid: string; readonly retry?: FeishuRetryOptions },
): Promise<string | null> {
  const answer = await withFeishuRetry(
    () =>
      client.im.v1.message.create({
        params: { receive_id_type: target.receiveIdType },
        data: {
          receive_id: target.receiveId,
          msg_type: 'interactive',
          content: JSON.stringify(card),
          uuid: fitUuid(options.uuid),
        },
      }),
    options.retry,
  );
  return answer.data?.message_id ?? null;
}

/** Feishu takes a uuid of at most 50 characters: a longer key is hashed (cutting it could make two keys one). */
function fitUuid(key: string): string {
  return key.length <= 50 ? key : `h-${createHash('sha256').update(key).digest('hex').slice(0, 48)}`;
}
