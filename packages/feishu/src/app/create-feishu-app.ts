import { EventDispatcher, LoggerLevel, WSClient } from '@larksuiteoapi/node-sdk';
import {
  type Caller,
  type ChatMessage,
  type CommandDefinition,
  type DeletedChatMessage,
  type Dispatcher,
  type Form,
  type Invocation,
  privateMessage,
  type Reply,
  replyFromConversation,
} from '@snowball/commands';
import { type Core, type Locale, normalizeLocale, translate } from '@snowball/core';
import { type FeishuLogger, sdkLogger, silentLogger } from '../config/feishu-logger.js';
import { type FeishuSettings, sdkDomain } from '../config/feishu-settings.js';
import {
  type FeishuHttpRequest,
  type FeishuHttpResponse,
  handleFeishuCallback,
} from '../http/handle-feishu-callback.js';
import { looksChinese } from '../inbound/command-aliases.js';
import type {
  FeishuBotMenuData,
  FeishuCardActionData,
  FeishuMessageEventData,
  FeishuMessageRecalledData,
} from '../inbound/feishu-event-data.js';
import { cardOrigin, fromCardAction } from '../inbound/from-card-action.js';
import {
  fromMessageEvent,
  fromMessageUpdatedEvent,
  messageOrigin,
  messageText,
} from '../inbound/from-message-event.js';
import { fromMessageRecalledEvent } from '../inbound/from-message-recalled-event.js';
import type { FeishuPorts } from '../ports/create-feishu-ports.js';
import type { FeishuRetryOptions } from '../ports/feishu-errors.js';
import { createUserNames, type FeishuUserNames } from '../ports/feishu-user-names.js';
import { sendCard } from '../ports/send-card.js';
import { renderCard, renderFormCard } from '../render/render-card.js';
import { feishuTexts } from '../texts/feishu-texts.js';
import { type FeishuEventDeduplicator, MemoryEventDeduplicator } from './event-deduplicator.js';

/** What the Feishu app needs from the rest of snowball. */
export interface FeishuAppDeps {
  readonly dispatcher: Dispatcher;
  readonly catalogue: readonly CommandDefinition[];
  /**
   * Called once per process for each tenant an event comes from, before its first dispatch: a self-built
   * app receives only its own tenant's events, so a single-club deployment attaches that tenant to its club.
   */
  readonly onTenant?: (tenantKey: string) => Promise<void>;
  /** Group messages the bot can read, for moderation. */
  readonly onMessage?: (message: ChatMessage) => Promise<void>;
  /** Words to the bot in a direct chat may be a member's reply to a coach's follow-up (core `replyToQuestion`). */
  readonly conversations?: Pick<Core, 'identifyAccount' | 'replyToQuestion'>;
  /** Messages recalled (deleted) in the club's chats, e.g. to forget their library copies. */
  readonly onMessageDeleted?: (message: DeletedChatMessage) => Promise<void>;
  /** Shared by every process that receives events (Redis); in memory when absent. */
  readonly deduplicator?: FeishuEventDeduplicator;
  readonly userNames?: FeishuUserNames;
  readonly logger?: FeishuLogger;
  readonly retry?: FeishuRetryOptions;
  /** Callbacks whose timestamp is further than this from now are refused as replays (default 300 s). */
  readonly toleranceSeconds?: number;
  /** How long `start()` waits for the long connection to open before going on (the SDK keeps trying). */
  readonly connectTimeoutMs?: number;
}

/** A running Feishu adapter: the SDK's event dispatcher behind the HTTP callback and the long connection. */
export interface FeishuRuntime {
  readonly events: EventDispatcher;
  /** `POST /feishu/events`. */
  handleEvents(request: FeishuHttpRequest): Promise<FeishuHttpResponse>;
  /** Opens the long connection (WSClient); resolves once it is connected or has given up. */
  start(): Promise<void>;
  /** The long connection's state, for health checks: `connected`, `connecting`, `failed`... or `off`. */
  connectionState(): string;
  /** Resolves when the events received so far have been handled (tests, graceful stop). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Commands the bot's menu (`application.bot.menu_v6`) may name as its `event_key`. */
const MENU_PREFIX = 'command:';

/**
 * Builds the adapter on the neutral dispatcher. Every event is acknowledged at once (Feishu wants an answer
 * within 3 s) after its id is claimed, then handled in the background: the invocation is dispatched and the
 * reply sent as a card (private replies to the person's direct chat, public ones to the chat they wrote in,
 * forms as a card form). A redelivered event id is acknowledged and skipped.
 */
export function createFeishuApp(settings: FeishuSettings, ports: FeishuPorts, deps: FeishuAppDeps): FeishuRuntime {
  const logger = deps.logger ?? silentLogger;
  const secrets = [settings.appSecret, settings.encryptKey, settings.verificationToken];
  const deduplicator = deps.deduplicator ?? new MemoryEventDeduplicator();
  const userNames = deps.userNames ?? createUserNames(ports.client);
  const inFlight = new Set<Promise<void>>();
  let ws: WSClient | null = null;

  const later = (eventId: string, work: () => Promise<void>) => {
    const task = work()
      .catch((error: unknown) => logger.error({ err: error, eventId }, 'feishu: handling an event failed'))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  const tenants = new Set<string>();

  async function caller(
    tenantKey: string,
    openId: string,
    locale: Locale | null,
    chatId: string | null,
  ): Promise<Caller> {
    if (deps.onTenant && !tenants.has(tenantKey)) {
      await deps.onTenant(tenantKey);
      tenants.add(tenantKey);
    }
    return {
      platform: 'feishu',
      workspaceId: tenantKey,
      userId: openId,
      userName: await userNames.nameOf(openId),
      locale,
      channelId: chatId,
    };
  }

  /** Sends a reply; `key` (the event id) makes the send idempotent on Feishu's side. */
  async function deliver(
    reply: Reply,
    to: { openId: string; chatId: string | null; locale: Locale | null },
    key: string,
  ): Promise<void> {
    const card =
      reply.kind === 'form'
        ? renderFormCard(reply.form, formLocale(reply.form))
        : renderCard(reply, to.locale ?? undefined);
    const target =
      reply.kind === 'message' && !reply.private && to.chatId
        ? { receiveIdType: 'chat_id' as const, receiveId: to.chatId }
        : { receiveIdType: 'open_id' as const, receiveId: to.openId };
    await sendCard(ports.client, target, card, { uuid: `sb-${key}`, retry: deps.retry });
  }

  async function run(invocation: Invocation, to: { openId: string; chatId: string | null }, key: string) {
    const reply = await deps.dispatcher.dispatch(invocation);
    await deliver(reply, { ...to, locale: normalizeLocale(invocation.caller.locale) ?? null }, key);
  }

  /** Claims the event; false (and a log line) for a redelivery. */
  async function firstTime(eventId: string | undefined): Promise<boolean> {
    if (!eventId) return true;
    if (await deduplicator.claim(eventId)) return true;
    logger.debug({ eventId }, 'feishu: redelivered event skipped');
    return false;
  }

  const events = new EventDispatcher({
    encryptKey: settings.encryptKey,
    verificationToken: settings.verificationToken,
    logger: sdkLogger(logger, secrets),
    loggerLevel: LoggerLevel.warn,
  }).register({
    'im.message.receive_v1': async (data: FeishuMessageEventData) => {
      const origin = messageOrigin(data);
      if (!origin) return {};
      const intent = fromMessageEvent(data, deps.catalogue);
      if (intent.kind === 'ignore') return {};
      const eventId = data.event_id ?? origin.messageId;
      if (!(await firstTime(eventId))) return {};
      later(eventId, async () => {
        if (intent.kind === 'chat') {
          await deps.onMessage?.(intent.message);
          return;
        }
        // Words in the direct chat while a coach's follow-up waits for this member: their reply, not a help request.
        const words = intent.kind === 'help' && origin.chatType === 'p2p' ? messageText(data)?.bare : undefined;
        if (words && deps.conversations) {
          const reply = await replyFromConversation(deps.conversations, {
            platform: 'feishu',
            workspaceId: origin.tenantKey,
            userId: origin.openId,
            text: words,
          });
          if (reply) {
            await deliver(reply, { openId: origin.openId, chatId: null, locale: intent.locale }, eventId);
            return;
          }
        }
        if (intent.kind === 'help') {
          const names = deps.catalogue
            .filter((c) => c.run)
            .map((c) => `/${c.name}`)
            .join(' ');
          const help = privateMessage(translate(feishuTexts, intent.locale, 'help', { commands: names }), {
            title: translate(feishuTexts, intent.locale, 'helpTitle'),
          });
          await deliver(help, { openId: origin.openId, chatId: origin.chatId, locale: intent.locale }, eventId);
          return;
        }
        const who = await caller(origin.tenantKey, origin.openId, intent.locale, origin.chatId);
        await run(
          { type: 'command', caller: who, name: intent.name, subcommand: intent.subcommand, options: intent.options },
          { openId: origin.openId, chatId: origin.chatType === 'group' ? origin.chatId : null },
          eventId,
        );
      });
      return {};
    },
    // An edited message is checked again by moderation (commands are not run again).
    'im.message.updated_v1': async (data: FeishuMessageEventData) => {
      const message = fromMessageUpdatedEvent(data);
      if (!message || !deps.onMessage) return {};
      const eventId = data.event_id ?? `${message.messageId}:${message.editedAt?.getTime() ?? ''}`;
      if (!(await firstTime(eventId))) return {};
      later(eventId, async () => {
        await deps.onMessage?.(message);
      });
      return {};
    },
    // A recalled message's library copy is forgotten (idempotent; a redelivery is skipped anyway).
    'im.message.recalled_v1': async (data: FeishuMessageRecalledData) => {
      const message = fromMessageRecalledEvent(data);
      if (!message || !deps.onMessageDeleted) return {};
      const eventId = data.event_id ?? `recall:${message.messageId}`;
      if (!(await firstTime(eventId))) return {};
      later(eventId, async () => {
        await deps.onMessageDeleted?.(message);
      });
      return {};
    },
    'card.action.trigger': async (data: FeishuCardActionData) => {
      const origin = cardOrigin(data);
      const intent = fromCardAction(data);
      if (!origin || !intent) return {};
      const eventId = data.event_id ?? `${origin.openId}:${data.context?.open_message_id ?? ''}:${intent.action}`;
      if (!(await firstTime(eventId))) return {};
      later(eventId, async () => {
        const who = await caller(origin.tenantKey, origin.openId, intent.locale, origin.chatId);
        const invocation: Invocation =
          intent.kind === 'form'
            ? { type: 'form', caller: who, action: intent.action, values: intent.values }
            : { type: 'action', caller: who, action: intent.action };
        await run(invocation, { openId: origin.openId, chatId: null }, eventId);
      });
      // An empty answer leaves the card as it is; the reply arrives as a new card.
      return {};
    },
    'application.bot.menu_v6': async (data: FeishuBotMenuData) => {
      const openId = data.operator?.operator_id?.open_id;
      const key = data.event_key ?? '';
      const name = key.startsWith(MENU_PREFIX) ? key.slice(MENU_PREFIX.length) : key;
      if (!openId || !data.tenant_key || !deps.dispatcher.find(name)) return {};
      const eventId = data.event_id ?? `${openId}:${key}:${Date.now()}`;
      if (!(await firstTime(eventId))) return {};
      const tenantKey = data.tenant_key;
      later(eventId, async () => {
        const who = await caller(tenantKey, openId, null, null);
        await run(
          { type: 'command', caller: who, name, subcommand: null, options: {} },
          { openId, chatId: null },
          eventId,
        );
      });
      return {};
    },
  });

  return {
    events,
    handleEvents: (request) =>
      handleFeishuCallback(request, {
        encryptKey: settings.encryptKey,
        verificationToken: settings.verificationToken,
        events,
        toleranceSeconds: deps.toleranceSeconds,
        logger,
      }),
    async start() {
      if (ws) return;
      // The SDK's start() returns before the socket is open: onReady / onError say when it is.
      let settle: () => void = () => {};
      const ready = new Promise<void>((resolve) => {
        settle = resolve;
      });
      const client = new WSClient({
        appId: settings.appId,
        appSecret: settings.appSecret,
        domain: sdkDomain(settings),
        logger: sdkLogger(logger, secrets),
        loggerLevel: LoggerLevel.warn,
        autoReconnect: true,
        onReady: () => {
          logger.info({}, 'feishu: long connection open');
          settle();
        },
        onError: (error: Error) => {
          logger.error({ err: error }, 'feishu: the long connection failed');
          settle();
        },
        onReconnected: () => logger.info({}, 'feishu: long connection reopened'),
      });
      ws = client;
      await client.start({ eventDispatcher: events });
      const timer = setTimeout(() => {
        logger.warn({}, 'feishu: the long connection is not open yet; the SDK keeps trying');
        settle();
      }, deps.connectTimeoutMs ?? 15_000);
      await ready;
      clearTimeout(timer);
    },
    connectionState: () => (ws ? ws.getConnectionStatus().state : 'off'),
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async stop() {
      ws?.close({ force: true });
      ws = null;
      await this.idle();
    },
  };
}

/** A form's language, read from its title and labels (never user text): its submit button and next step use it. */
function formLocale(form: Form): Locale {
  return looksChinese([form.title, ...form.fields.map((f) => f.label)].join(' ')) ? 'zh-CN' : 'en';
}
