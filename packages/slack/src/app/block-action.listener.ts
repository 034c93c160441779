import type { BlockAction } from '@slack/bolt';
import { fromBlockAction } from '../inbound/from-block-action.js';
import type { SlackWebClient } from '../ports/slack-clients.js';
import { deliverReply } from './deliver-reply.js';
import { localeResolver, type SlackListenerDeps, tryAck, withLocale } from './slack-listener-deps.js';

/**
 * A button press. Slack ignores the ack body of block actions, so it is acked at once; the answer
 * (often a form, opened with the trigger id) follows.
 */
export async function handleBlockAction(
  deps: SlackListenerDeps,
  args: { readonly body: BlockAction; readonly ack: () => Promise<void>; readonly client: SlackWebClient },
): Promise<void> {
  const { body, client } = args;
  await tryAck(args.ack, undefined, deps.logger);
  const invocation = fromBlockAction(body);
  if (!invocation) return;
  const slackLocale = await deps.locales(client, invocation.caller.workspaceId, invocation.caller.userId);
  const reply = await deps.dispatcher.dispatch(withLocale(invocation, slackLocale));
  await deliverReply(
    reply,
    {
      client,
      userId: invocation.caller.userId,
      channelId: invocation.caller.channelId ?? null,
      triggerId: body.trigger_id ?? null,
      responseUrl: body.response_url ?? null,
      locale: localeResolver(deps, client, invocation.caller),
    },
    deps.logger,
  );
}
