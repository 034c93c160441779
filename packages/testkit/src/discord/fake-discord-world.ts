import {
  type DiscordJson,
  discordMessagePayload,
  discordUserPayload,
  type FakeDiscordUser,
} from './discord-payloads.js';
import { discordSnowflake } from './discord-snowflake.js';
import type { FakeDiscordRoleLayout } from './fake-discord-guild-roles.js';
import { SnowflakeIndexedMap } from './snowflake-index.js';

export interface FakeDiscordGuild {
  readonly id: string;
  readonly name: string;
  readonly channelId: string;
  /** A second text channel, for the moderators' log. */
  readonly logChannelId: string;
  readonly memberRoleId: string;
  readonly ownerId: string;
}

/** An interaction the fake dispatched, with when, so tests can time the bot's first response. */
export interface DispatchedInteraction {
  readonly id: string;
  readonly token: string;
  readonly payload: DiscordJson;
  readonly dispatchedAt: number;
}

/** An interaction as Discord tracks it: how it was first answered, its original message and follow-ups. */
export interface InteractionState extends DispatchedInteraction {
  /** Callback type of the first response (4 message, 5 deferred, 6/7 update, 9 modal), null until answered. */
  responseType: number | null;
  original: DiscordJson | null;
  followups: Map<string, DiscordJson>;
}

/** Everything the fake Discord knows: the application, its guilds, users, channels, commands and interactions. */
export class FakeDiscordWorld {
  readonly bot: FakeDiscordUser;
  /** Users by id, also kept in id order for member listings. */
  readonly users = new SnowflakeIndexedMap<FakeDiscordUser>();
  readonly dmChannels = new Map<string, DiscordJson>();
  readonly channelMessages: DiscordJson[] = [];
  /** Messages people wrote in guild channels (dispatched by the fake), by id, until deleted. */
  readonly guildMessages = new Map<string, DiscordJson>();
  /** Messages deleted through the API, with the audit-log reason. */
  readonly deletedMessages: { channelId: string; messageId: string; reason: string | null }[] = [];
  /** Member timeouts (`communication_disabled_until`) by `guildId:userId`. */
  readonly timeouts = new Map<string, string | null>();
  /** Roles held, by `guildId:userId`; also kept per guild in user id order for member listings. */
  readonly roles = new SnowflakeIndexedMap<Set<string>>((key) => {
    const colon = key.indexOf(':');
    return [key.slice(0, colon), key.slice(colon + 1)];
  });
  /** `guildId:userId` of people who left a guild: not listed among its members. */
  readonly leftGuild = new Set<string>();
  /** How each guild's roles stand for the bot (default: invited, above the member role, Manage Roles). */
  readonly roleLayouts = new Map<string, FakeDiscordRoleLayout>();
  readonly commands = new Map<string, DiscordJson[]>();
  /** AutoMod rules by guild id, as Discord stores them (ids assigned, defaults filled in). */
  readonly autoModRules = new Map<string, DiscordJson[]>();
  readonly commandIds = new Map<string, string>();
  readonly interactions = new Map<string, InteractionState>();
  readonly byToken = new Map<string, InteractionState>();

  constructor(
    readonly token: string,
    readonly applicationId: string,
    readonly guilds: readonly FakeDiscordGuild[],
    readonly interactionTimeoutMs: number,
  ) {
    this.bot = { id: applicationId, username: 'snowball', globalName: null, bot: true };
  }

  /** The first guild, which most tests need alone. */
  get guild(): FakeDiscordGuild {
    return this.guilds[0] as FakeDiscordGuild;
  }

  registeredCommands(guildId: string): DiscordJson[] {
    return this.commands.get(guildId) ?? [];
  }

  /** The bot's DM channel with a user, opened on first use (by the bot's createDm or a DM press). */
  dmChannel(userId: string): DiscordJson {
    let channel = this.dmChannels.get(userId);
    if (!channel) {
      const user = this.users.get(userId) ?? { id: userId, username: `user${userId.slice(-4)}` };
      channel = {
        id: discordSnowflake(),
        type: 1,
        last_message_id: null,
        flags: 0,
        recipients: [discordUserPayload(user)],
      };
      this.dmChannels.set(userId, channel);
    }
    return channel;
  }

  /** A message the bot posts (as a webhook when it answers an interaction). */
  messageFrom(body: DiscordJson, where: { channelId: string; webhook?: boolean }): DiscordJson {
    const message = discordMessagePayload({
      channelId: where.channelId,
      author: this.bot,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: (body.embeds as unknown[] | undefined) ?? [],
      components: (body.components as unknown[] | undefined) ?? [],
      flags: Number(body.flags ?? 0),
      ...(where.webhook ? { applicationId: this.applicationId, webhookId: this.applicationId } : {}),
    });
    return body.allowed_mentions ? { ...message, allowed_mentions: body.allowed_mentions } : message;
  }
}
