import type { MessageReply } from '@snowball/commands';
import { isDomainError, pickLocale } from '@snowball/core';
import type { SlackWebClient } from '../ports/slack-clients.js';
import { renderHome } from '../render/render-home.js';
import type { SlackListenerDeps } from './slack-listener-deps.js';

/**
 * The App Home tab, published on every `app_home_opened`: the member's status and the other home
 * commands (upcoming lessons, pending introductions) as each becomes available, or how to apply.
 * Sections are ordinary command replies, so they read exactly like the slash commands.
 */
export async function publishAppHome(
  deps: SlackListenerDeps,
  args: { readonly teamId: string; readonly userId: string; readonly client: SlackWebClient },
): Promise<void> {
  const { teamId, userId, client } = args;
  const slackLocale = await deps.locales(client, teamId, userId);
  const caller = { platform: 'slack' as const, workspaceId: teamId, userId, userName: userId, locale: slackLocale };
  let identity: Awaited<ReturnType<SlackListenerDeps['core']['identifyAccount']>>;
  try {
    identity = await deps.core.identifyAccount({ platform: 'slack', workspaceId: teamId, platformUserId: userId });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const view = renderHome([], { locale: pickLocale(null, slackLocale, 'en'), clubName: null });
    await client.views.publish({ user_id: userId, view });
    return;
  }
  const locale = pickLocale(identity.member?.locale, slackLocale, identity.community.settings.defaultLocale);
  const names = identity.member ? deps.homeCommands.member : deps.homeCommands.visitor;
  const sections: MessageReply[] = [];
  for (const name of names) {
    const command = deps.dispatcher.find(name);
    if (!command?.run) continue;
    const reply = await deps.dispatcher.dispatch({ type: 'command', caller, name, subcommand: null, options: {} });
    if (reply.kind === 'message' && reply.tone !== 'error') sections.push(reply);
  }
  await client.views.publish({
    user_id: userId,
    view: renderHome(sections, { locale, clubName: identity.community.name }),
  });
}
