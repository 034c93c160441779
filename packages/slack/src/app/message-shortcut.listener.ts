import type { MessageShortcut } from '@slack/bolt';
import { fromMessageShortcut } from '../inbound/from-message-shortcut.js';
import type { SlackWebClient } from '../ports/slack-clients.js';
import { deliverReply } from './deliver-reply.js';
import { localeResolver, type SlackListenerDeps, tryAck, withLocale } from './slack-listener-deps.js';

/** "Report message": acked at once, the report goes to the dispatcher, the answer to the reporter only. */
export async function handleMessageShortcut(
  deps: SlackListenerDeps,
  args: { readonly body: MessageShortcut; readonly ack: () => Promise<void>; readonly client: SlackWebClient },
): Promise<void> {
  const { body, client } = args;
  await tryAck(args.ack, undefined, deps.logger);
  const invocation = fromMessageShortcut(body, deps.catalogue, deps.prefix);
  if (!invocation) return;
  const slackLocale = await deps.locales(client, invocation.caller.workspaceId, invocation.caller.userId);
  const reply = await deps.dispatcher.dispatch(withLocale(invocation, slackLocale));
  await deliverReply(
    reply,
    {
      client,
      userId: invocation.caller.userId,
      channelId: invocation.channelId,
      triggerId: body.trigger_id ?? null,
      responseUrl: body.response_url ?? null,
      locale: localeResolver(deps, client, invocation.caller),
    },
    deps.logger,
  );
}
