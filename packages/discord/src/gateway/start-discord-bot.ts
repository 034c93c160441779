import {
  type ChatMessage,
  type CommandDefinition,
  catalogue,
  type DeletedChatMessage,
  type Dispatcher,
  replyFromConversation,
} from '@snowball/commands';
import type { Core } from '@snowball/core';
import type { CallLimiter, PlatformCallObserver } from '@snowball/rate-limit';
import {
  type APIInteraction,
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type Message,
  MessageFlags,
  type OmitPartialGroupDMChannel,
  Partials,
  type RepliableInteraction,
} from 'discord.js';
import { type DiscordLogger, silentDiscordLogger } from '../discord-logger.js';
import { fromAutoModExecution } from '../inbound/from-automod-execution.js';
import { fromDeletedMessage } from '../inbound/from-deleted-message.js';
import { fromMessage } from '../inbound/from-message.js';
import { FormStash, type FormStore } from '../interactions/form-stash.js';
import {
  DEFAULT_DEFER_AFTER_MS,
  type InteractionResponder,
  type RespondOptions,
  respondToInteraction,
} from '../interactions/respond-to-interaction.js';
import { pacedMakeRequest } from '../ports/discord-call-pace.js';
import { type DiscordMessagePayload, renderReply } from '../render/render-reply.js';
import { type AttachedGuilds, fixedGuilds } from './attached-guilds.js';
import { registerDiscordCommands } from './register-discord-commands.js';

export interface DiscordBotOptions {
  readonly token: string;
  readonly applicationId: string;
  /** Guilds whose clubs this bot serves at start: the command catalogue is registered there as it starts. */
  readonly guildIds: readonly string[];
  /**
   * The guilds served now, asked per message (moderation, deletes, AutoMod, members' DMs): a guild connected
   * from the panel is served at once and a disconnected one stops, without a restart. Default: `guildIds`.
   */
  readonly guilds?: AttachedGuilds;
  /** Checked on start: it must exist and sit below the bot's own role, or role sync will fail. */
  readonly memberRoleId?: string;
  /** REST base override (tests, proxies), without version: discord.js appends `/v10`. */
  readonly apiUrl?: string;
  readonly dispatcher: Dispatcher;
  /** Every message people write or edit in the club's guilds, for moderation (edits carry `editedAt`). */
  readonly onMessage?: (message: ChatMessage) => void | Promise<void>;
  /**
   * Direct messages to the bot that are not commands: while a coach's follow-up waits for the member, their DM is
   * the reply (found by their account in one of `guildIds`), confirmed in the DM. Without it, DMs are ignored.
   */
  readonly conversations?: Pick<Core, 'identifyAccount' | 'replyToQuestion'>;
  /** Every message deleted in the club's guilds (one by one or in bulk), e.g. to forget its library copy. */
  readonly onMessageDeleted?: (message: DeletedChatMessage) => void | Promise<void>;
  readonly logger?: DiscordLogger;
  readonly commands?: readonly CommandDefinition[];
  readonly deferAfterMs?: number;
  readonly forms?: FormStore;
  /** Paces the bot's REST calls (not its interaction responses) with the bot's global pace. */
  readonly limiter?: CallLimiter;
  readonly callObserver?: PlatformCallObserver;
  /**
   * Gateway shards this process runs: `'auto'` opens as many as Discord recommends for the bot's guilds, a
   * list runs those shard ids of `shardCount` (several bot processes, see docs/scaling.md). Default: one.
   */
  readonly shards?: 'auto' | readonly number[];
  readonly shardCount?: number;
  /** Told how long each interaction's first response took (metrics). */
  readonly onFirstResponse?: RespondOptions['onFirstResponse'];
  /** How long start waits for the gateway's READY (default 30 s). */
  readonly readyTimeoutMs?: number;
}

export interface DiscordBot {
  readonly client: Client;
  /** Waits (briefly) for interactions being answered, then disconnects. */
  stop(): Promise<void>;
}

/** Raw interactions are matched to discord.js's objects by id; entries older than this are dropped. */
const RAW_TTL_MS = 60_000;

/**
 * Connects the bot through the gateway with the real discord.js client, registers the command catalogue in
 * every configured guild (an idempotent bulk overwrite), answers interactions through the dispatcher and
 * hands guild messages to `onMessage`. Resolves once the client is ready and the commands are registered.
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<DiscordBot> {
  const logger = options.logger ?? silentDiscordLogger;
  const commands = options.commands ?? catalogue;
  const forms = options.forms ?? new FormStash();
  const guilds = options.guilds ?? fixedGuilds(options.guildIds);
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
      // Messages the server's native AutoMod blocked (they never arrive as messages) become cases too.
      GatewayIntentBits.AutoModerationExecution,
    ],
    // The default for every message the client sends; each reply also sets it explicitly.
    allowedMentions: { parse: [] },
    // An edit of a message sent before this process started (not in the cache) still arrives, as a partial
    // message that the update fills in (MESSAGE_UPDATE carries the whole message).
    // Channel: DMs arrive in DM channels the client has not cached (needed for members' replies in their DM).
    partials: [Partials.Message, Partials.Channel],
    ...(options.shards ? { shards: options.shards === 'auto' ? 'auto' : [...options.shards] } : {}),
    ...(options.shardCount ? { shardCount: options.shardCount } : {}),
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      ...(options.limiter
        ? {
            makeRequest: pacedMakeRequest({
              token: options.token,
              limiter: options.limiter,
              ...(options.callObserver ? { observer: options.callObserver } : {}),
            }),
          }
        : {}),
    },
  });
  const inFlight = new Set<Promise<void>>();
  // discord.js keeps no raw payload on its interaction objects; the neutral mapping works on the raw one
  // (the same shape HTTP interactions arrive in), so the raw dispatch is kept until the object arrives.
  const raw = new Map<string, { data: APIInteraction; at: number }>();

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: APIInteraction) => {
    const now = Date.now();
    for (const [id, entry] of raw) if (now - entry.at > RAW_TTL_MS) raw.delete(id);
    raw.set(data.id, { data, at: now });
  });

  client.on(Events.InteractionCreate, (interaction) => {
    const entry = raw.get(interaction.id);
    raw.delete(interaction.id);
    if (!entry || !interaction.isRepliable()) return;
    const work = respondToInteraction(entry.data, gatewayResponder(interaction), {
      dispatcher: options.dispatcher,
      forms,
      logger,
      deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
      commands,
      ...(options.onFirstResponse ? { onFirstResponse: options.onFirstResponse } : {}),
    }).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });

  const intake = (message: Message) => {
    // Whether a person wrote it is known at once; whether its guild is served now is asked (cached briefly).
    const chat = message.guildId ? fromMessage(message, [message.guildId]) : null;
    if (!chat || !options.onMessage) return;
    const work = guilds
      .has(chat.workspaceId)
      .then((served) => (served ? options.onMessage?.(chat) : undefined))
      .catch((error: unknown) => logger.error({ err: error, messageId: chat.messageId }, 'message intake failed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };
  client.on(Events.MessageCreate, intake);
  client.on(Events.MessageCreate, (message) => {
    const conversations = options.conversations;
    if (message.guildId || message.author.bot || message.webhookId || message.system || !conversations) return;
    const work = (async () => {
      for (const guildId of await guilds.list()) {
        const reply = await replyFromConversation(conversations, {
          platform: 'discord',
          workspaceId: guildId,
          userId: message.author.id,
          text: message.content,
        });
        if (reply?.kind !== 'message') continue;
        await message.reply({ ...toOptions(renderReply(reply)), flags: undefined });
        return;
      }
    })()
      .catch((error: unknown) => logger.error({ err: error, messageId: message.id }, 'direct message failed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  client.on(Events.AutoModerationActionExecution, (execution) => {
    const chat = fromAutoModExecution(execution, [execution.guild.id], new Date());
    if (!chat || !options.onMessage) return;
    const work = guilds
      .has(execution.guild.id)
      .then((served) => (served ? options.onMessage?.(chat) : undefined))
      .catch((error: unknown) => logger.error({ err: error, ruleId: execution.ruleId }, 'AutoMod intake failed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  client.on(Events.MessageUpdate, (before, after) => {
    // Discord also sends updates for link previews and pins: only a changed text (or an unknown old one) is an edit.
    if (after.partial || !after.editedAt) return;
    if (!before.partial && before.content === after.content) return;
    intake(after as OmitPartialGroupDMChannel<Message>);
  });

  const forget = (message: { id: string; channelId: string; guildId: string | null }) => {
    const deleted = message.guildId ? fromDeletedMessage(message, [message.guildId]) : null;
    if (!deleted || !options.onMessageDeleted) return;
    const work = guilds
      .has(deleted.workspaceId)
      .then((served) => (served ? options.onMessageDeleted?.(deleted) : undefined))
      .catch((error: unknown) => logger.error({ err: error, messageId: deleted.messageId }, 'message delete failed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };
  // With the Message partial, a delete of a message sent before this process started still arrives (as a partial).
  client.on(Events.MessageDelete, (message) => forget(message));
  client.on(Events.MessageBulkDelete, (messages) => {
    for (const message of messages.values()) forget(message);
  });

  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({}, message));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'gateway closed'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));

  let readyTimer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    readyTimer = setTimeout(
      () => reject(new Error('Discord gateway did not become ready in time')),
      options.readyTimeoutMs ?? 30_000,
    );
    client.once(Events.ClientReady, () => resolve());
  });
  try {
    await client.login(options.token);
    await ready;
    await registerDiscordCommands({
      rest: client.rest,
      applicationId: options.applicationId,
      guildIds: options.guildIds,
      commands,
      logger,
    });
    checkMemberRole(client, options, logger);
  } catch (error) {
    await client.destroy();
    throw error;
  } finally {
    clearTimeout(readyTimer);
    // A failed login leaves `ready` unsettled or rejected; nobody waits for it any more.
    ready.catch(() => undefined);
  }
  logger.info({ guilds: options.guildIds.length, user: client.user?.tag }, 'discord bot ready');

  return {
    client,
    async stop() {
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, 5000))]);
      await client.destroy();
    },
  };
}

function checkMemberRole(client: Client, options: DiscordBotOptions, logger: DiscordLogger): void {
  if (!options.memberRoleId) return;
  for (const guildId of options.guildIds) {
    const guild = client.guilds.cache.get(guildId);
    if (!guild) {
      logger.warn({ guildId }, 'the bot is not in this guild: invite it with the bot and applications.commands scopes');
      continue;
    }
    const role = guild.roles.cache.get(options.memberRoleId);
    const mine = guild.members.me?.roles.highest;
    if (!role) logger.warn({ guildId, roleId: options.memberRoleId }, 'DISCORD_MEMBER_ROLE_ID is not a role here');
    else if (mine && mine.comparePositionTo(role) <= 0) {
      logger.warn({ guildId, roleId: role.id }, 'move the bot role above the member role, or granting it will fail');
    }
  }
}

function toOptions(payload: DiscordMessagePayload) {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { parse: [] },
    ...(payload.flags ? { flags: payload.flags & MessageFlags.Ephemeral } : {}),
  };
}

function gatewayResponder(interaction: RepliableInteraction): InteractionResponder {
  return {
    async reply(payload) {
      await interaction.reply(toOptions(payload));
    },
    async showModal(modal) {
      if (!('showModal' in interaction)) throw new Error('this interaction cannot open a modal');
      await interaction.showModal(modal);
    },
    async defer(ephemeral) {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async editReply(payload) {
      const { flags: _flags, ...rest } = toOptions(payload);
      await interaction.editReply(rest);
    },
    async followUp(payload) {
      await interaction.followUp(toOptions(payload));
    },
    async deleteReply() {
      await interaction.deleteReply();
    },
  };
}
