import { randomBytes } from 'node:crypto';
import { discordSnowflake, discordSnowflakeTime } from './discord-snowflake.js';

// Realistic Discord API v10 payloads, shaped like what Discord sends today (fields discord.js reads included),
// so the real client parses them exactly as it parses production traffic.

export type DiscordJson = Record<string, unknown>;

/** A Discord user taking part in a test. */
export interface FakeDiscordUser {
  readonly id: string;
  readonly username: string;
  readonly globalName?: string | null;
  readonly bot?: boolean;
}

/** Where and as whom an interaction or message happens. */
export interface FakeDiscordContext {
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly user: FakeDiscordUser;
  /** The user's client language (`en-US`, `zh-CN`...). */
  readonly locale?: string;
  readonly guildLocale?: string;
  /** Role ids the member holds. */
  readonly roles?: readonly string[];
}

/** One option of a slash command as Discord sends it: 3 string, 4 integer, 5 boolean, 10 number... */
export interface FakeDiscordOption {
  readonly name: string;
  readonly type: number;
  readonly value: string | number | boolean;
}

/** Permissions of an ordinary member (view, send, read history, use application commands...). */
export const DISCORD_MEMBER_PERMISSIONS = '2248473465835073';
/** What the bot may do in the channel: includes Manage Roles and Send Messages. */
export const DISCORD_APP_PERMISSIONS = '2251804108652543';

export function newDiscordUser(username: string, extra: Partial<FakeDiscordUser> = {}): FakeDiscordUser {
  return { id: discordSnowflake(), username, globalName: username[0]?.toUpperCase() + username.slice(1), ...extra };
}

export function discordUserPayload(user: FakeDiscordUser): DiscordJson {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName ?? null,
    avatar: null,
    avatar_decoration_data: null,
    banner: null,
    accent_color: null,
    collectibles: null,
    display_name_styles: null,
    primary_guild: null,
    clan: null,
    public_flags: 0,
    ...(user.bot ? { bot: true } : {}),
  };
}

export function discordMemberPayload(
  user: FakeDiscordUser | null,
  roles: readonly string[] = [],
  withPermissions = true,
): DiscordJson {
  return {
    ...(user ? { user: discordUserPayload(user) } : {}),
    roles: [...roles],
    premium_since: null,
    pending: false,
    nick: null,
    mute: false,
    deaf: false,
    joined_at: '2025-06-01T08:00:00.000000+00:00',
    flags: 0,
    communication_disabled_until: null,
    unusual_dm_activity_until: null,
    avatar: null,
    banner: null,
    ...(withPermissions ? { permissions: DISCORD_MEMBER_PERMISSIONS } : {}),
  };
}

export function discordTextChannelPayload(id: string, guildId: string, name = 'general'): DiscordJson {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    flags: 0,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
  };
}

function rolePayload(id: string, name: string, position: number, permissions: string, extra: DiscordJson = {}) {
  return {
    id,
    name,
    description: null,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0,
    ...extra,
  };
}

/** A guild as GUILD_CREATE delivers it: roles (@everyone, the bot's, the member role), one text channel, the bot. */
export function discordGuildCreatePayload(guild: {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly channelId: string;
  readonly memberRoleId: string;
  readonly bot: FakeDiscordUser;
  readonly preferredLocale?: string;
  /** More text channels (a moderators' log channel). */
  readonly extraChannelIds?: readonly string[];
}): DiscordJson {
  const botRoleId = discordSnowflake();
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.preferredLocale ?? 'zh-CN',
    system_channel_id: guild.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    max_members: 500000,
    max_presences: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    features: [],
    incidents_data: null,
    emojis: [],
    stickers: [],
    roles: [
      rolePayload(guild.id, '@everyone', 0, DISCORD_MEMBER_PERMISSIONS),
      rolePayload(guild.memberRoleId, 'Member', 1, '0'),
      rolePayload(botRoleId, 'snowball', 2, DISCORD_APP_PERMISSIONS, { managed: true, tags: { bot_id: guild.bot.id } }),
    ],
    joined_at: '2025-06-01T08:00:00.000000+00:00',
    large: false,
    unavailable: false,
    member_count: 2,
    lazy: true,
    voice_states: [],
    members: [discordMemberPayload(guild.bot, [botRoleId], false)],
    channels: [guild.channelId, ...(guild.extraChannelIds ?? [])].map((id) => discordTextChannelPayload(id, guild.id)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    application_command_counts: {},
  };
}

/** A message as Discord returns or dispatches it. */
export function discordMessagePayload(message: {
  readonly id?: string;
  readonly channelId: string;
  readonly guildId?: string | null;
  readonly author: FakeDiscordUser;
  readonly content?: string;
  readonly embeds?: readonly unknown[];
  readonly components?: readonly unknown[];
  readonly flags?: number;
  readonly applicationId?: string;
  readonly webhookId?: string;
  readonly memberRoles?: readonly string[];
  readonly timestamp?: Date;
  readonly editedTimestamp?: Date;
  readonly mentions?: readonly FakeDiscordUser[];
  readonly mentionEveryone?: boolean;
}): DiscordJson {
  // One instant for both the id and the timestamp: discord.js derives `createdAt` from the id.
  const id = message.id ?? discordSnowflake(message.timestamp?.getTime());
  const at = message.timestamp ?? (/^\d+$/.test(id) ? new Date(discordSnowflakeTime(id)) : new Date());
  return {
    id,
    type: 0,
    channel_id: message.channelId,
    ...(message.guildId ? { guild_id: message.guildId } : {}),
    author: discordUserPayload(message.author),
    ...(message.guildId && !message.author.bot
      ? { member: discordMemberPayload(null, message.memberRoles ?? [], false) }
      : {}),
    content: message.content ?? '',
    timestamp: at.toISOString(),
    edited_timestamp: message.editedTimestamp ? message.editedTimestamp.toISOString() : null,
    tts: false,
    mention_everyone: message.mentionEveryone ?? false,
    mentions: (message.mentions ?? []).map((u) => discordUserPayload(u)),
    mention_roles: [],
    mention_channels: [],
    attachments: [],
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    pinned: false,
    flags: message.flags ?? 0,
    ...(message.applicationId ? { application_id: message.applicationId } : {}),
    ...(message.webhookId ? { webhook_id: message.webhookId } : {}),
  };
}

/** A fresh interaction token: long, URL-safe, unguessable, like Discord's. */
export function discordInteractionToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(96).toString('base64url')}`;
}

function baseInteraction(
  ctx: FakeDiscordContext,
  type: number,
  data: DiscordJson,
  extra: DiscordJson = {},
): DiscordJson {
  return {
    id: discordSnowflake(),
    application_id: ctx.applicationId,
    type,
    data,
    guild_id: ctx.guildId,
    guild: { id: ctx.guildId, locale: ctx.guildLocale ?? 'zh-CN', features: [] },
    channel_id: ctx.channelId,
    channel: { ...discordTextChannelPayload(ctx.channelId, ctx.guildId), permissions: DISCORD_MEMBER_PERMISSIONS },
    member: discordMemberPayload(ctx.user, ctx.roles ?? []),
    token: discordInteractionToken(),
    version: 1,
    locale: ctx.locale ?? 'en-US',
    guild_locale: ctx.guildLocale ?? 'zh-CN',
    app_permissions: DISCORD_APP_PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: { '0': ctx.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
    ...extra,
  };
}

/** INTERACTION_CREATE for a slash command (type 2, command type 1), with a subcommand when given. */
export function chatInputInteraction(
  ctx: FakeDiscordContext,
  command: {
    readonly id: string;
    readonly name: string;
    readonly subcommand?: string | null;
    readonly options?: readonly FakeDiscordOption[];
  },
): DiscordJson {
  const options = (command.options ?? []).map((o) => ({ name: o.name, type: o.type, value: o.value }));
  return baseInteraction(ctx, 2, {
    id: command.id,
    name: command.name,
    type: 1,
    guild_id: ctx.guildId,
    options: command.subcommand ? [{ name: command.subcommand, type: 1, options }] : options,
  });
}

/** INTERACTION_CREATE for a button press (type 3, component type 2) on a message the bot sent. */
export function buttonInteraction(
  ctx: FakeDiscordContext,
  button: { readonly customId: string; readonly message: DiscordJson },
) {
  return baseInteraction(ctx, 3, { custom_id: button.customId, component_type: 2, id: 1 }, { message: button.message });
}

/**
 * The same interaction sent from the bot's DM with the user, as Discord sends it there: no guild, no member
 * (the user at the top level), the DM channel, and the bot-DM context.
 */
export function inDirectMessage(payload: DiscordJson, channel: DiscordJson): DiscordJson {
  const { guild_id: _guildId, guild: _guild, guild_locale: _guildLocale, member, ...rest } = payload;
  return {
    ...rest,
    user: (member as DiscordJson | undefined)?.user,
    channel_id: channel.id,
    channel: { ...channel, permissions: DISCORD_MEMBER_PERMISSIONS },
    // A guild install's owner reads "0" in the bot's DM.
    authorizing_integration_owners: { '0': '0' },
    context: 1,
  };
}

/**
 * INTERACTION_CREATE for a submitted modal (type 5). Text inputs come back inside Label components (type 18),
 * as Discord sends them for modals built with labels; `layout: 'row'` gives the older action-row shape.
 */
export function modalSubmitInteraction(
  ctx: FakeDiscordContext,
  modal: {
    readonly customId: string;
    readonly values: Readonly<Record<string, string>>;
    readonly message?: DiscordJson;
    readonly layout?: 'label' | 'row';
  },
): DiscordJson {
  let n = 0;
  const components = Object.entries(modal.values).map(([customId, value]) => {
    n += 2;
    const input = { type: 4, id: n, custom_id: customId, value };
    return modal.layout === 'row'
      ? { type: 1, id: n - 1, components: [input] }
      : { type: 18, id: n - 1, component: input };
  });
  return baseInteraction(
    ctx,
    5,
    { custom_id: modal.customId, components },
    modal.message ? { message: modal.message } : {},
  );
}

/** INTERACTION_CREATE for a message context menu command (type 2, command type 3) on `target`. */
export function messageMenuInteraction(
  ctx: FakeDiscordContext,
  command: { readonly id: string; readonly name: string; readonly target: DiscordJson },
): DiscordJson {
  const targetId = String(command.target.id);
  return baseInteraction(ctx, 2, {
    id: command.id,
    name: command.name,
    type: 3,
    guild_id: ctx.guildId,
    target_id: targetId,
    resolved: { messages: { [targetId]: command.target } },
  });
}
