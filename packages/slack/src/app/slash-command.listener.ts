import type { SlashCommand } from '@slack/bolt';
import { privateMessage, type Reply } from '@snowball/commands';
import { errorText } from '@snowball/core';
import { fromSlashCommand } from '../inbound/from-slash-command.js';
import type { SlackWebClient } from '../ports/slack-clients.js';
import { renderUsage } from '../render/render-usage.js';
import { deliverReply, messagePayload, type ReplyTarget } from './deliver-reply.js';
import { settleWithin } from './settle-within.js';
import { localeResolver, type SlackListenerDeps, tryAck, withLocale } from './slack-listener-deps.js';

type Ack = (response?: never) => Promise<void>;

/**
 * A slash command: the answer is raced against `ackTimeoutMs`. In time, a message is the ack body
 * itself (ephemeral when private) and a form opens as a modal right after the ack; too slow, the ack
 * is empty and the answer follows through the response URL (or a DM).
 */
export async function handleSlashCommand(
  deps: SlackListenerDeps,
  args: { readonly body: SlashCommand; readonly ack: Ack; readonly client: SlackWebClient },
): Promise<void> {
  const { body, ack, client } = args;
  const parse = fromSlashCommand(body, deps.catalogue, deps.prefix);
  const caller = parse.kind === 'invocation' ? parse.invocation.caller : parse.caller;
  const locale = localeResolver(deps, client, caller);
  const work: Promise<Reply> = (async () => {
    if (parse.kind === 'usage') return renderUsage(parse, deps.catalogue, await locale(), deps.prefix);
    const slackLocale = await deps.locales(client, caller.workspaceId, caller.userId);
    return deps.dispatcher.dispatch(withLocale(parse.invocation, slackLocale));
  })().catch((error: unknown) => {
    deps.logger.error({ err: error, command: body.command }, 'slack: command failed');
    return privateMessage(errorText(error, 'en'), { tone: 'error' });
  });
  const target: ReplyTarget = {
    client,
    userId: body.user_id,
    channelId: body.channel_id || null,
    triggerId: body.trigger_id || null,
    responseUrl: body.response_url || null,
    locale,
  };

  const outcome = await settleWithin(work, deps.ackTimeoutMs);
  if (outcome.done && outcome.value.kind === 'message') {
    if (await tryAck(ack, messagePayload(outcome.value), deps.logger)) return;
    return deliverReply(outcome.value, target, deps.logger);
  }
  await tryAck(ack, undefined, deps.logger);
  await deliverReply(outcome.done ? outcome.value : await work, target, deps.logger);
}
