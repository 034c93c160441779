import type { SlashCommand } from '@slack/bolt';
import { privateMessage, type Reply } from '@snowball/commands';
import { errorText } from '@snowball/core';
import { fromSlashCommand } from '../inbound/from-slash-command.js';
import type { SlackWebClient } from '../ports/slack-clients.js';
import { renderUsage } from '../render/render-usage.js';
import { deliverReply, type ReplyTarget } from './deliver-reply.js';
import { localeResolver, type SlackListenerDeps, tryAck, withLocale } from './slack-listener-deps.js';

type Ack = (response?: never) => Promise<void>;

/**
 * A slash command, the way Slack recommends: the ack goes out at once, empty, before any work (it never waits
 * for the database, however busy), and the answer follows at the response URL (ephemeral when private; a DM
 * or the channel when there is none) or, for a form, as a modal opened with the trigger id (valid for 3 s,
 * which the work has to fit in).
 */
export async function handleSlashCommand(
  deps: SlackListenerDeps,
  args: { readonly body: SlashCommand; readonly ack: Ack; readonly client: SlackWebClient },
): Promise<void> {
  const { body, ack, client } = args;
  await tryAck(ack, undefined, deps.logger);
  const parse = fromSlashCommand(body, deps.catalogue, deps.prefix);
  const caller = parse.kind === 'invocation' ? parse.invocation.caller : parse.caller;
  const locale = localeResolver(deps, client, caller);
  const answer = async (): Promise<Reply> => {
    if (parse.kind === 'usage') return renderUsage(parse, deps.catalogue, await locale(), deps.prefix);
    const slackLocale = await deps.locales(client, caller.workspaceId, caller.userId);
    return deps.dispatcher.dispatch(withLocale(parse.invocation, slackLocale));
  };
  const target: ReplyTarget = {
    client,
    userId: body.user_id,
    channelId: body.channel_id || null,
    triggerId: body.trigger_id || null,
    responseUrl: body.response_url || null,
    locale,
  };

  // The answer and its delivery are one unit of the command lane (a lane slot never waits for another).
  await deps.work(async () => {
    const reply = await answer().catch((error: unknown) => {
      deps.logger.error({ err: error, command: body.command }, 'slack: command failed');
      return privateMessage(errorText(error, 'en'), { tone: 'error' });
    });
    await deliverReply(reply, target, deps.logger);
  });
}
