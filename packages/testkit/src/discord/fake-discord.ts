import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeDiscordFault } from './discord-faults.js';
import {
  type DiscordJson,
  discordGuildCreatePayload,
  discordMessagePayload,
  discordUserPayload,
  type FakeDiscordUser,
  newDiscordUser,
} from './discord-payloads.js';
import { discordSnowflake } from './discord-snowflake.js';
import { FakeDiscordGateway } from './fake-discord-gateway.js';
import { FakeDiscordGlobalLimit } from './fake-discord-global-limit.js';
import { DEFAULT_ROLE_LAYOUT, type FakeDiscordRoleLayout } from './fake-discord-guild-roles.js';
import { buildDiscordInteraction, type FakeDiscordInteraction } from './fake-discord-interactions.js';
import { DiscordCallRecorder, type RecordedDiscordCall } from './fake-discord-recorder.js';
import { handleDiscordRest } from './fake-discord-rest.js';
import type { FakeDiscordRoute } from './fake-discord-routes.js';
import { acknowledgeInteraction, trackInteraction } from './fake-discord-webhooks.js';
import { type DispatchedInteraction, type FakeDiscordGuild, FakeDiscordWorld } from './fake-discord-world.js';

export type { FakeDiscordInteraction } from './fake-discord-interactions.js';
export type { RecordedDiscordCall } from './fake-discord-recorder.js';
export type { DispatchedInteraction, FakeDiscordGuild } from './fake-discord-world.js';

export interface FakeDiscordOptions {
  readonly token?: string;
  readonly applicationId?: string;
  /** Number of guilds the bot is in (default 1). */
  readonly guilds?: number;
  /** How long an interaction waits for its first response before Discord answers 10062 (default 3000 ms). */
  readonly interactionTimeoutMs?: number;
  /** Enforce Discord's global limit: bot requests beyond this many in any second get a global 429. */
  readonly globalRateLimit?: number;
}

/**
 * A local Discord for the real discord.js client: REST under `/v10` and the gateway on the same port.
 * Point the client at it with `rest: { api: fake.url }`. Every REST call is recorded; faults (429, 5xx,
 * JSON error codes) can be queued per route; interactions follow Discord's rules (first response within
 * the timeout, acknowledged once, webhook edits only after a message response).
 *
 * The pieces live beside it: the REST router (`fake-discord-rest.ts`), the interaction builder
 * (`fake-discord-interactions.ts`), interaction callbacks and webhooks (`fake-discord-webhooks.ts`), the
 * call recorder (`fake-discord-recorder.ts`) and the state they share (`fake-discord-world.ts`).
 */
export class FakeDiscord {
  readonly calls: RecordedDiscordCall[];
  readonly guilds: readonly FakeDiscordGuild[];
  readonly bot: FakeDiscordUser;
  readonly token: string;
  readonly applicationId: string;
  private readonly world: FakeDiscordWorld;
  private readonly recorder = new DiscordCallRecorder();
  private readonly server: Server;
  private readonly gateway: FakeDiscordGateway;
  private readonly keys = generateKeyPairSync('ed25519');
  private port = 0;
  /** The global limit when `globalRateLimit` was given: its counts of passed and refused requests. */
  readonly globalLimit: FakeDiscordGlobalLimit | null;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake-bot-token';
    this.applicationId = options.applicationId ?? discordSnowflake();
    this.guilds = Array.from({ length: options.guilds ?? 1 }, (_, i) => ({
      id: discordSnowflake(),
      name: `Club ${i + 1}`,
      channelId: discordSnowflake(),
      logChannelId: discordSnowflake(),
      memberRoleId: discordSnowflake(),
      ownerId: discordSnowflake(),
    }));
    this.world = new FakeDiscordWorld(
      this.token,
      this.applicationId,
      this.guilds,
      options.interactionTimeoutMs ?? 3000,
    );
    this.bot = this.world.bot;
    this.calls = this.recorder.calls;
    this.globalLimit = options.globalRateLimit ? new FakeDiscordGlobalLimit(options.globalRateLimit) : null;
    this.server = createServer((req, res) => {
      handleDiscordRest(this.world, this.recorder, this.url, req, res, this.globalLimit).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake-discord: ${String(error)}`, code: 0 }));
      });
    });
    this.gateway = new FakeDiscordGateway(this.server, {
      token: this.token,
      url: () => this.gatewayUrl,
      ready: () => ({
        v: 10,
        user: { ...discordUserPayload(this.bot), verified: true, mfa_enabled: false, email: null, flags: 0 },
        guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
        application: { id: this.applicationId, flags: 8_953_856 },
        shard: [0, 1],
        private_channels: [],
        presences: [],
        relationships: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: ['hongkong', 'singapore'],
        user_settings: {},
        auth: {},
        _trace: ['["fake-discord"]'],
      }),
      guilds: () =>
        this.guilds.map((g) =>
          discordGuildCreatePayload({
            id: g.id,
            name: g.name,
            ownerId: g.ownerId,
            channelId: g.channelId,
            extraChannelIds: [g.logChannelId],
            memberRoleId: g.memberRoleId,
            bot: this.bot,
          }),
        ),
    });
  }

  /** Starts the fake on a free loopback port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base for discord.js (`rest: { api }`, DISCORD_API_URL): no version, discord.js appends `/v10`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** The first guild, which most tests need alone. */
  get guild(): FakeDiscordGuild {
    return this.world.guild;
  }

  /** A new user the fake knows by id (for DM channels and payloads). */
  newUser(username: string, extra: Partial<FakeDiscordUser> = {}): FakeDiscordUser {
    const user = newDiscordUser(username, extra);
    this.world.users.set(user.id, user);
    return user;
  }

  /** Answers the next `times` calls of `route` with `fault` instead of the real result. */
  failNext(route: FakeDiscordRoute, fault: FakeDiscordFault, times = 1): void {
    this.recorder.failNext(route, fault, times);
  }

  callsTo(route: FakeDiscordRoute, test: (call: RecordedDiscordCall) => boolean = () => true): RecordedDiscordCall[] {
    return this.recorder.callsTo(route, test);
  }

  /** The first call (already made or still to come) of `route` that passes `test`. */
  waitForCall(
    route: FakeDiscordRoute,
    test: (call: RecordedDiscordCall) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<RecordedDiscordCall> {
    return this.recorder.waitForCall(route, test, timeoutMs);
  }

  /** Every REST call answering one interaction: its callback and the webhook calls made with its token. */
  callsFor(interaction: Pick<DispatchedInteraction, 'id' | 'token'>): RecordedDiscordCall[] {
    return this.calls.filter((c) => c.params.interactionId === interaction.id || c.params.token === interaction.token);
  }

  /** The first response to an interaction (its callback call). */
  waitForResponse(interaction: Pick<DispatchedInteraction, 'id'>, timeoutMs = 5000): Promise<RecordedDiscordCall> {
    return this.waitForCall('interactionCallback', (c) => c.params.interactionId === interaction.id, timeoutMs);
  }

  /** The commands last registered for a guild, as Discord stores them. */
  registeredCommands(guildId: string = this.guild.id): DiscordJson[] {
    return this.world.registeredCommands(guildId);
  }

  /**
   * Changes how a guild's roles stand for the bot, as an owner would in Discord's settings (drag the bot's role
   * below the member role, take Manage Roles away, kick the bot); connection-health checks read it over REST.
   */
  setRoleLayout(guildId: string, layout: Partial<FakeDiscordRoleLayout>): void {
    this.world.roleLayouts.set(guildId, {
      ...(this.world.roleLayouts.get(guildId) ?? DEFAULT_ROLE_LAYOUT),
      ...layout,
    });
  }

  /** Gives or takes a role by hand, as a human would in Discord's settings (no REST call is recorded). */
  setMemberRole(guildId: string, userId: string, roleId: string, held: boolean): void {
    const roles = this.world.roles.get(`${guildId}:${userId}`) ?? new Set<string>();
    if (held) roles.add(roleId);
    else roles.delete(roleId);
    this.world.roles.set(`${guildId}:${userId}`, roles);
  }

  /** The user leaves (or rejoins) the guild: listed among its members or not. */
  setInGuild(guildId: string, userId: string, inGuild: boolean): void {
    if (inGuild) this.world.leftGuild.delete(`${guildId}:${userId}`);
    else this.world.leftGuild.add(`${guildId}:${userId}`);
  }

  /** Role ids a member holds, as changed through REST. */
  memberRoles(guildId: string, userId: string): string[] {
    return [...(this.world.roles.get(`${guildId}:${userId}`) ?? [])];
  }

  /** Messages the bot posted to channels and DMs (not interaction responses). */
  messagesIn(channelId: string): DiscordJson[] {
    return this.world.channelMessages.filter((m) => m.channel_id === channelId);
  }

  /** The DM channel id for a user, once the bot opened one. */
  dmChannelOf(userId: string): string | undefined {
    return this.world.dmChannels.get(userId)?.id as string | undefined;
  }

  waitForReady(timeoutMs?: number): Promise<void> {
    return this.gateway.waitForReady(timeoutMs);
  }

  /** Builds a realistic INTERACTION_CREATE and dispatches it to every connected client. */
  dispatchInteraction(spec: FakeDiscordInteraction): DispatchedInteraction {
    const payload = this.buildInteraction(spec);
    return this.dispatchRawInteraction(payload);
  }

  /**
   * Dispatches an interaction again with the same id and token, as a replayed gateway event would: its state
   * is kept, so a second response gets Discord's 40060 (already acknowledged).
   */
  redeliverInteraction(interaction: DispatchedInteraction): void {
    if (!this.world.interactions.has(interaction.id)) {
      throw new Error(`fake-discord: unknown interaction ${interaction.id}`);
    }
    if (this.gateway.dispatch('INTERACTION_CREATE', interaction.payload) === 0) {
      throw new Error('fake-discord: no identified gateway session to dispatch to');
    }
  }

  /** Dispatches an INTERACTION_CREATE payload as given (for hand-made fixtures). */
  dispatchRawInteraction(payload: DiscordJson): DispatchedInteraction {
    const state = trackInteraction(this.world, payload);
    if (this.gateway.dispatch('INTERACTION_CREATE', payload) === 0) {
      throw new Error('fake-discord: no identified gateway session to dispatch to');
    }
    return state;
  }

  /**
   * Sends an interaction the way Discord does to an HTTP interactions endpoint: the JSON body signed with
   * the application's key (see `publicKey`). The endpoint's answer counts as the first response when it is
   * a valid interaction response given within the interaction timeout.
   */
  async deliverHttpInteraction(
    interaction: FakeDiscordInteraction | DiscordJson,
    endpoint: (request: {
      readonly rawBody: string;
      readonly headers: Readonly<Record<string, string>>;
    }) => Promise<{ status: number; body: unknown }>,
  ): Promise<{ interaction: DispatchedInteraction; status: number; body: unknown; ms: number }> {
    const payload = 'kind' in interaction ? this.buildInteraction(interaction as FakeDiscordInteraction) : interaction;
    const state = trackInteraction(this.world, payload);
    const rawBody = JSON.stringify(payload);
    const { status, body } = await endpoint({
      rawBody,
      headers: { 'content-type': 'application/json', ...this.signHttpInteraction(rawBody) },
    });
    const ms = Date.now() - state.dispatchedAt;
    const response = (body ?? {}) as DiscordJson;
    if (status === 200 && ms <= this.world.interactionTimeoutMs && [4, 5, 6, 7, 9].includes(Number(response.type))) {
      acknowledgeInteraction(this.world, state, Number(response.type), (response.data ?? {}) as DiscordJson);
    }
    return { interaction: state, status, body, ms };
  }

  /** The headers Discord signs an HTTP interaction with: Ed25519 over timestamp + body, hex encoded. */
  signHttpInteraction(rawBody: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
    const signature = sign(null, Buffer.from(timestamp + rawBody), this.keys.privateKey).toString('hex');
    return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
  }

  /** The application's public key as the Developer Portal shows it (DISCORD_PUBLIC_KEY): 64 hex characters. */
  get publicKey(): string {
    const jwk = this.keys.publicKey.export({ format: 'jwk' });
    return Buffer.from(String(jwk.x), 'base64url').toString('hex');
  }

  /** Builds the INTERACTION_CREATE payload for a spec without sending it (HTTP interaction tests post it). */
  buildInteraction(spec: FakeDiscordInteraction): DiscordJson {
    return buildDiscordInteraction(this.world, spec);
  }

  /** Dispatches MESSAGE_CREATE for a message someone wrote in a guild channel (or a DM with `guildId: null`). */
  dispatchMessage(spec: {
    readonly author: FakeDiscordUser;
    readonly content: string;
    readonly guildId?: string | null;
    readonly channelId?: string;
    readonly roles?: readonly string[];
    readonly mentions?: readonly FakeDiscordUser[];
    readonly mentionEveryone?: boolean;
  }): DiscordJson {
    const guild = spec.guildId === null ? null : (this.guilds.find((g) => g.id === spec.guildId) ?? this.guild);
    this.world.users.set(spec.author.id, spec.author);
    const payload = discordMessagePayload({
      channelId: spec.channelId ?? guild?.channelId ?? discordSnowflake(),
      guildId: guild?.id ?? null,
      author: spec.author,
      content: spec.content,
      memberRoles: spec.roles ?? [],
      ...(spec.mentions ? { mentions: spec.mentions } : {}),
      ...(spec.mentionEveryone ? { mentionEveryone: true } : {}),
    });
    if (guild) this.world.guildMessages.set(String(payload.id), payload);
    // Discord names a DM's channel type on MESSAGE_CREATE; discord.js needs it to build the uncached DM channel.
    this.dispatchEvent('MESSAGE_CREATE', guild ? payload : { ...payload, channel_type: 1 });
    return payload;
  }

  /** Dispatches MESSAGE_UPDATE for a message edited to `content` (Discord sends the whole edited message). */
  dispatchMessageEdit(message: DiscordJson, content: string, editedAt = new Date()): DiscordJson {
    const payload = { ...message, content, edited_timestamp: editedAt.toISOString() };
    if (this.world.guildMessages.has(String(message.id))) this.world.guildMessages.set(String(message.id), payload);
    this.dispatchEvent('MESSAGE_UPDATE', payload);
    return payload;
  }

  /** Dispatches the same gateway event again, as Discord may after a resume. */
  redeliverMessage(message: DiscordJson): void {
    this.dispatchEvent(message.edited_timestamp ? 'MESSAGE_UPDATE' : 'MESSAGE_CREATE', message);
  }

  /** Dispatches MESSAGE_DELETE, as when someone deletes a message (Discord sends only its ids). */
  dispatchMessageDelete(spec: { readonly messageId: string; readonly channelId?: string; readonly guildId?: string }) {
    const guildId = spec.guildId ?? this.guild.id;
    const guild = this.guilds.find((g) => g.id === guildId) ?? this.guild;
    this.world.guildMessages.delete(spec.messageId);
    this.dispatchEvent('MESSAGE_DELETE', {
      id: spec.messageId,
      channel_id: spec.channelId ?? guild.channelId,
      guild_id: guildId,
    });
  }

  /** Messages the bot deleted in guild channels, with the audit-log reason it gave. */
  deletedMessages(): { channelId: string; messageId: string; reason: string | null }[] {
    return [...this.world.deletedMessages];
  }

  /** Whether a guild message people wrote is still there (not deleted). */
  hasMessage(messageId: string): boolean {
    return this.world.guildMessages.has(messageId);
  }

  /** Until when a member is timed out (`communication_disabled_until`), or null. */
  timeoutOf(guildId: string, userId: string): string | null {
    return this.world.timeouts.get(`${guildId}:${userId}`) ?? null;
  }

  /** The guild's AutoMod rules as Discord stores them. */
  autoModRules(guildId: string = this.guild.id): DiscordJson[] {
    return [...(this.world.autoModRules.get(guildId) ?? [])];
  }

  /**
   * Discord's AUTO_MODERATION_ACTION_EXECUTION gateway event: an AutoMod rule acted on a member's message (for a
   * `BLOCK_MESSAGE` action the message never appears, so `message_id` is absent).
   */
  dispatchAutoModAction(spec: {
    readonly rule: DiscordJson;
    readonly author: FakeDiscordUser;
    readonly content: string;
    readonly matchedKeyword: string;
    readonly channelId?: string;
    readonly actionType?: 1 | 2 | 3;
  }): DiscordJson {
    const payload: DiscordJson = {
      guild_id: String(spec.rule.guild_id ?? this.guild.id),
      action: { type: spec.actionType ?? 1, metadata: {} },
      rule_id: String(spec.rule.id),
      rule_trigger_type: Number(spec.rule.trigger_type ?? 1),
      user_id: spec.author.id,
      channel_id: spec.channelId ?? this.guild.channelId,
      content: spec.content,
      matched_keyword: spec.matchedKeyword,
      matched_content: spec.matchedKeyword,
      alert_system_message_id: discordSnowflake(),
    };
    this.dispatchEvent('AUTO_MODERATION_ACTION_EXECUTION', payload);
    return payload;
  }

  private dispatchEvent(event: string, payload: DiscordJson): void {
    if (this.gateway.dispatch(event, payload) === 0) {
      throw new Error('fake-discord: no identified gateway session to dispatch to');
    }
  }

  async close(): Promise<void> {
    this.recorder.close();
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
