import type { App, ViewSubmitAction } from '@slack/bolt';
import { replyFromConversation } from '@snowball/commands';
import { fromMessageDeletedEvent } from '../inbound/from-message-deleted-event.js';
import { fromMessageChangedEvent, fromMessageEvent } from '../inbound/from-message-event.js';
import { renderBlocks } from '../render/render-blocks.js';
import { publishAppHome } from './app-home.listener.js';
import { handleBlockAction } from './block-action.listener.js';
import { handleMessageShortcut } from './message-shortcut.listener.js';
import type { SlackListenerDeps } from './slack-listener-deps.js';
import { handleSlashCommand } from './slash-command.listener.js';
import { handleViewSubmission } from './view-submission.listener.js';

/** Wires every Slack entry point of the app to the neutral dispatcher. */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  // Events API deliveries repeat (X-Slack-Retry-Num) when Slack did not see our 200 in time; the event id
  // stays the same, so handle each id once.
  app.use(async ({ body, next }) => {
    const envelope = body as { type?: string; event_id?: string };
    if (envelope.type !== 'event_callback' || !envelope.event_id) return next();
    const key = `slack:event:${envelope.event_id}`;
    if (!(await deps.deduplicator.claim(key))) {
      deps.logger.debug({ eventId: envelope.event_id }, 'slack: repeated event skipped');
      return;
    }
    try {
      await next();
    } catch (error) {
      await deps.deduplicator.release(key);
      throw error;
    }
  });

  // A slash command, button, form or shortcut carries a `trigger_id` unique to the person's one action: a
  // correctly signed request sent again within the 5-minute signature window (a replay) is answered with
  // an empty ack and has no second effect.
  app.use(async (args) => {
    const { body, next } = args;
    const triggerId = (body as { trigger_id?: unknown }).trigger_id;
    if (typeof triggerId !== 'string' || triggerId === '') return next();
    const key = `slack:trigger:${triggerId}`;
    // With Redis down the claim cannot be shared: answer anyway (this process still remembers it) rather than
    // refuse every command during the outage.
    const fresh = await deps.deduplicator.claim(key).catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'slack: request claim unavailable; handled without it');
      return true;
    });
    if (!fresh) {
      deps.logger.warn({ type: (body as { type?: string }).type }, 'slack: replayed request refused');
      const ack = (args as { ack?: () => Promise<void> }).ack;
      await ack?.();
      return;
    }
    try {
      await next();
    } catch (error) {
      await deps.deduplicator.release(key);
      throw error;
    }
  });

  app.command(/.*/, async ({ body, ack, client }) => {
    await handleSlashCommand(deps, { body, ack, client });
  });

  app.action(/.*/, async ({ body, ack, client }) => {
    if (body.type !== 'block_actions') return ack();
    await handleBlockAction(deps, { body, ack, client });
  });

  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: /.*/ }, async ({ body, ack, client }) => {
    await handleViewSubmission(deps, { body, ack, client });
  });

  app.shortcut({ type: 'message_action', callback_id: /.*/ }, async ({ body, ack, client }) => {
    await handleMessageShortcut(deps, { body, ack, client });
  });

  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    await publishAppHome(deps, { teamId: body.team_id, userId: event.user, client });
  });

  app.event('message', async ({ event, body, client }) => {
    // A member writing in their DM with the app (in a follow-up's thread or not) may be replying to a coach.
    if (event.channel_type === 'im' && event.subtype === undefined && event.user && !event.bot_id) {
      const reply = await replyFromConversation(deps.core, {
        platform: 'slack',
        workspaceId: body.team_id,
        userId: event.user,
        text: event.text ?? '',
      });
      if (reply?.kind !== 'message') return;
      const { text, blocks } = renderBlocks(reply);
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: event.thread_ts ?? event.ts,
        text,
        blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
      return;
    }
    if (event.subtype === 'message_deleted') {
      const deleted = fromMessageDeletedEvent(event, body.team_id);
      if (deleted) await deps.onMessageDeleted?.(deleted);
      return;
    }
    const onMessage = deps.onMessage;
    if (!onMessage) return;
    const message =
      event.subtype === 'message_changed'
        ? fromMessageChangedEvent(event, body.team_id)
        : fromMessageEvent(event, body.team_id);
    if (message) await onMessage(message);
  });

  app.event('app_uninstalled', async ({ body }) => {
    await deps.onUninstall?.(body.team_id);
  });

  app.event('tokens_revoked', async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length > 0) await deps.onUninstall?.(body.team_id);
  });

  app.error(async (error) => {
    deps.logger.error({ err: error, code: (error as { code?: string }).code }, 'slack: listener failed');
  });
}
