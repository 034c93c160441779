import { type MessageReply, privateMessage, type Reply } from '@snowball/commands';
import { type Locale, translate } from '@snowball/core';
import type { SlackLogger } from '../config/slack-logger.js';
import type { SlackWebClient } from '../ports/slack-clients.js';
import { renderBlocks } from '../render/render-blocks.js';
import { renderModal } from '../render/render-modal.js';
import { slackTexts } from '../texts/slack-texts.js';

/** Where an answer can go once the request itself has been acknowledged. */
export interface ReplyTarget {
  /** Bolt's client for this team (its bot token). */
  readonly client: SlackWebClient;
  readonly userId: string;
  readonly channelId: string | null;
  /** Opens a modal for 3 s after the interaction. */
  readonly triggerId: string | null;
  /** Answers in place (ephemeral or in channel) for 30 minutes. */
  readonly responseUrl: string | null;
  /** The language for the adapter's own texts (modal buttons, "try again"). */
  readonly locale: () => Promise<Locale>;
}

/** A message reply as a slash-command ack body or a `response_url` POST. */
export function messagePayload(reply: MessageReply) {
  const { text, blocks } = renderBlocks(reply);
  return { response_type: reply.private ? ('ephemeral' as const) : ('in_channel' as const), text, blocks };
}

/** POSTs to a `response_url` (what Bolt's `respond()` does), failing on anything but 2xx. */
export async function postToResponseUrl(url: string, payload: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}

/**
 * Delivers a reply after the ack: a form opens as a modal (while the trigger id is valid, else the
 * person is told to try again); a message goes to the response URL, and when there is none or it
 * expired, to the channel (public replies) or the person's DM with the app (private ones).
 */
export async function deliverReply(reply: Reply, target: ReplyTarget, logger: SlackLogger): Promise<void> {
  let message: MessageReply;
  if (reply.kind === 'form') {
    if (target.triggerId) {
      try {
        await target.client.views.open({
          trigger_id: target.triggerId,
          view: renderModal(reply.form, {
            locale: await target.locale(),
            metadata: { channelId: target.channelId, responseUrl: target.responseUrl },
          }),
        });
        return;
      } catch (error) {
        logger.warn({ err: error, action: reply.form.action }, 'slack: could not open the modal');
      }
    }
    message = privateMessage(translate(slackTexts, await target.locale(), 'formExpired'), {
      tone: 'warning',
    }) as MessageReply;
  } else {
    message = reply;
  }
  const payload = messagePayload(message);
  if (target.responseUrl) {
    try {
      await postToResponseUrl(target.responseUrl, { ...payload, replace_original: false });
      return;
    } catch (error) {
      logger.warn({ err: error }, 'slack: response_url failed; sending the reply another way');
    }
  }
  const channel = !message.private && target.channelId ? target.channelId : target.userId;
  await target.client.chat.postMessage({
    channel,
    text: payload.text,
    blocks: payload.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}
