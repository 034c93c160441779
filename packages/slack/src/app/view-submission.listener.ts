import type { ViewSubmitAction } from '@slack/bolt';
import type { MessageReply, Reply } from '@snowball/commands';
import { fromViewSubmission } from '../inbound/from-view-submission.js';
import type { SlackWebClient } from '../ports/slack-clients.js';
import { renderModal } from '../render/render-modal.js';
import { truncate } from '../render/slack-text.js';
import { deliverReply, type ReplyTarget } from './deliver-reply.js';
import { settleWithin } from './settle-within.js';
import { localeResolver, type SlackListenerDeps, tryAck, withLocale } from './slack-listener-deps.js';

type Ack = (response?: never) => Promise<void>;

/** An error reply as the plain text Slack shows under a modal input. */
function errorLine(reply: MessageReply): string {
  return truncate([reply.title, reply.text].filter(Boolean).join(' — '), 300);
}

/**
 * A submitted modal, raced against `ackTimeoutMs`. In time: an error stays in the modal (under the
 * first input, the typed values kept), a follow-up form replaces the modal, anything else closes it and
 * is answered where the form was opened. Too slow: the modal closes and the answer follows.
 */
export async function handleViewSubmission(
  deps: SlackListenerDeps,
  args: { readonly body: ViewSubmitAction; readonly ack: Ack; readonly client: SlackWebClient },
): Promise<void> {
  const { body, ack, client } = args;
  const { invocation, metadata } = fromViewSubmission(body);
  const locale = localeResolver(deps, client, invocation.caller);
  const work: Promise<Reply> = (async () => {
    const slackLocale = await deps.locales(client, invocation.caller.workspaceId, invocation.caller.userId);
    return deps.dispatcher.dispatch(withLocale(invocation, slackLocale));
  })();
  const target: ReplyTarget = {
    client,
    userId: invocation.caller.userId,
    channelId: metadata.channelId ?? null,
    triggerId: null,
    responseUrl: metadata.responseUrl ?? null,
    locale,
  };

  const outcome = await settleWithin(work, deps.ackTimeoutMs);
  if (outcome.done) {
    const reply = outcome.value;
    if (reply.kind === 'form') {
      const view = renderModal(reply.form, {
        locale: await locale(),
        metadata: { channelId: target.channelId, responseUrl: target.responseUrl },
      });
      if (await tryAck(ack, { response_action: 'update', view }, deps.logger)) return;
    } else if (reply.tone === 'error') {
      const firstInput = Object.keys(body.view.state.values)[0];
      if (firstInput) {
        const errors = { [firstInput]: errorLine(reply) };
        if (await tryAck(ack, { response_action: 'errors', errors }, deps.logger)) return;
      }
    }
  }
  await tryAck(ack, undefined, deps.logger);
  await deliverReply(outcome.done ? outcome.value : await work, target, deps.logger);
}
