import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { discordCommandRegistrationProblems } from './discord-command-validation.js';
import { discordFaultResponse, type FakeDiscordFault } from './discord-faults.js';
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordJson,
  discordGuildCreatePayload,
  discordMessagePayload,
  discordUserPayload,
  type FakeDiscordContext,
  type FakeDiscordOption,
  type FakeDiscordUser,
  inDirectMessage,
  messageMenuInteraction,
  modalSubmitInteraction,
  newDiscordUser,
} from './discord-payloads.js';
import { discordSnowflake } from './discord-snowflake.js';
import { FakeDiscordGateway } from './fake-discord-gateway.js';
import {
  bucketHeaders,
  FAKE_DISCORD_ROUTES,
  type FakeDiscordRoute,
  parseBody,
  readBody,
} from './fake-discord-routes.js';

/** One REST request the fake received and what it answered. */
export interface RecordedDiscordCall {
  readonly route: FakeDiscordRoute;
  readonly method: string;
  /** Decoded path without `/v10`, e.g. `/webhooks/1/abc/messages/@original`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  /** `Date.now()` when the request arrived. */
  readonly at: number;
  readonly status: number;
  /** The fault the fake answered with instead of the real result, if any. */
  readonly fault?: FakeDiscordFault;
}

export interface FakeDiscordGuild {
  readonly id: string;
  readonly name: string;
  readonly channelId: string;
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

interface InteractionState extends DispatchedInteraction {
  /** Callback type of the first response (4 message, 5 deferred, 6/7 update, 9 modal), null until answered. */
  responseType: number | null;
  original: DiscordJson | null;
  followups: Map<string, DiscordJson>;
}

interface Who {
  readonly user: FakeDiscordUser;
  readonly locale?: string;
  readonly guildId?: string;
  readonly channelId?: string;
  readonly roles?: readonly string[];
}

/** What to dispatch as INTERACTION_CREATE; the fake fills in ids, token, member, channel, locales and resolved data. */
export type FakeDiscordInteraction = Who &
  (
    | {
        readonly kind: 'command';
        readonly name: string;
        readonly subcommand?: string;
        /** Values are typed from the registered command's options when it was registered, else from the JS type. */
        readonly options?: Readonly<Record<string, string | number | boolean>> | readonly FakeDiscordOption[];
      }
    | {
        readonly kind: 'button';
        readonly customId: string;
        /** The message carrying the button; defaults to the last one the bot sent with that custom id. */
        readonly message?: DiscordJson;
        /** Pressed in the bot's DM with the user (see `inDirectMessage`), not in the guild. */
        readonly dm?: boolean;
      }
    | {
        readonly kind: 'modal';
        readonly customId: string;
        readonly values: Readonly<Record<string, string>>;
        readonly message?: DiscordJson;
        /** How the inputs come back: inside Label components (default) or the older action rows. */
        readonly layout?: 'label' | 'row';
      }
    | {
        readonly kind: 'messageMenu';
        /** The menu's registered name (e.g. `Report message`). */
        readonly name: string;
        readonly target: { readonly id?: string; readonly author: FakeDiscordUser; readonly content: string };
      }
  );

export interface FakeDiscordOptions {
  readonly token?: string;
  readonly applicationId?: string;
  /** Number of guilds the bot is in (default 1). */
  readonly guilds?: number;
  /** How long an interaction waits for its first response before Discord answers 10062 (default 3000 ms). */
  readonly interactionTimeoutMs?: number;
}

const OPTION_TYPES: Readonly<Record<string, number>> = { string: 3, integer: 4, boolean: 5, number: 10 };

/**
 * A local Discord for the real discord.js client: REST under `/v10` and the gateway on the same port.
 * Point the client at it with `rest: { api: fake.url }`. Every REST call is recorded; faults (429, 5xx,
 * JSON error codes) can be queued per route; interactions follow Discord's rules (first response within
 * the timeout, acknowledged once, webhook edits only after a message response).
 */
export class FakeDiscord {
  readonly calls: RecordedDiscordCall[] = [];
  readonly guilds: readonly FakeDiscordGuild[];
  readonly bot: FakeDiscordUser;
  readonly token: string;
  readonly applicationId: string;
  private readonly server: Server;
  private readonly gateway: FakeDiscordGateway;
  private readonly faults = new Map<FakeDiscordRoute, { fault: FakeDiscordFault; left: number }[]>();
  private readonly waiters = new Set<{
    test: (call: RecordedDiscordCall) => boolean;
    done: (call: RecordedDiscordCall) => void;
  }>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly byToken = new Map<string, InteractionState>();
  private readonly commands = new Map<string, DiscordJson[]>();
  private readonly commandIds = new Map<string, string>();
  private readonly users = new Map<string, FakeDiscordUser>();
  private readonly dmChannels = new Map<string, DiscordJson>();
  private readonly channelMessages: DiscordJson[] = [];
  private readonly roles = new Map<string, Set<string>>();
  private readonly interactionTimeoutMs: number;
  private readonly keys = generateKeyPairSync('ed25519');
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake-bot-token';
    this.applicationId = options.applicationId ?? discordSnowflake();
    this.interactionTimeoutMs = options.interactionTimeoutMs ?? 3000;
    this.bot = { id: this.applicationId, username: 'snowball', globalName: null, bot: true };
    this.guilds = Array.from({ length: options.guilds ?? 1 }, (_, i) => ({
      id: discordSnowflake(),
      name: `Club ${i + 1}`,
      channelId: discordSnowflake(),
      memberRoleId: discordSnowflake(),
      ownerId: discordSnowflake(),
    }));
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
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
    return this.guilds[0] as FakeDiscordGuild;
  }

  /** A new user the fake knows by id (for DM channels and payloads). */
  newUser(username: string, extra: Partial<FakeDiscordUser> = {}): FakeDiscordUser {
    const user = newDiscordUser(username, extra);
    this.users.set(user.id, user);
    return user;
  }

  /** Answers the next `times` calls of `route` with `fault` instead of the real result. */
  failNext(route: FakeDiscordRoute, fault: FakeDiscordFault, times = 1): void {
    const queue = this.faults.get(route) ?? [];
    queue.push({ fault, left: times });
    this.faults.set(route, queue);
  }

  callsTo(route: FakeDiscordRoute, test: (call: RecordedDiscordCall) => boolean = () => true): RecordedDiscordCall[] {
    return this.calls.filter((c) => c.route === route && test(c));
  }

  /** The first call (already made or still to come) of `route` that passes `test`. */
  waitForCall(
    route: FakeDiscordRoute,
    test: (call: RecordedDiscordCall) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<RecordedDiscordCall> {
    const match = (call: RecordedDiscordCall) => call.route === route && test(call);
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        test: match,
        done: (call: RecordedDiscordCall) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const summary = this.calls.map((c) => `${c.method} ${c.path} → ${c.status}`).join('\n  ');
        reject(new Error(`fake-discord: no ${route} call within ${timeoutMs} ms; calls so far:\n  ${summary}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
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
    return this.commands.get(guildId) ?? [];
  }

  /** Role ids a member holds, as changed through REST. */
  memberRoles(guildId: string, userId: string): string[] {
    return [...(this.roles.get(`${guildId}:${userId}`) ?? [])];
  }

  /** Messages the bot posted to channels and DMs (not interaction responses). */
  messagesIn(channelId: string): DiscordJson[] {
    return this.channelMessages.filter((m) => m.channel_id === channelId);
  }

  /** The DM channel id for a user, once the bot opened one. */
  dmChannelOf(userId: string): string | undefined {
    return this.dmChannels.get(userId)?.id as string | undefined;
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
    if (!this.interactions.has(interaction.id)) throw new Error(`fake-discord: unknown interaction ${interaction.id}`);
    if (this.gateway.dispatch('INTERACTION_CREATE', interaction.payload) === 0) {
      throw new Error('fake-discord: no identified gateway session to dispatch to');
    }
  }

  /** Dispatches an INTERACTION_CREATE payload as given (for hand-made fixtures). */
  dispatchRawInteraction(payload: DiscordJson): DispatchedInteraction {
    const state = this.track(payload);
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
    const state = this.track(payload);
    const rawBody = JSON.stringify(payload);
    const { status, body } = await endpoint({
      rawBody,
      headers: { 'content-type': 'application/json', ...this.signHttpInteraction(rawBody) },
    });
    const ms = Date.now() - state.dispatchedAt;
    const response = (body ?? {}) as DiscordJson;
    if (status === 200 && ms <= this.interactionTimeoutMs && [4, 5, 6, 7, 9].includes(Number(response.type))) {
      this.acknowledge(state, Number(response.type), (response.data ?? {}) as DiscordJson);
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

  private track(payload: DiscordJson): InteractionState {
    const state: InteractionState = {
      id: String(payload.id),
      token: String(payload.token),
      payload,
      dispatchedAt: Date.now(),
      responseType: null,
      original: null,
      followups: new Map(),
    };
    this.interactions.set(state.id, state);
    this.byToken.set(state.token, state);
    return state;
  }

  /** Builds the INTERACTION_CREATE payload for a spec without sending it (HTTP interaction tests post it). */
  buildInteraction(spec: FakeDiscordInteraction): DiscordJson {
    const guild = this.guilds.find((g) => g.id === spec.guildId) ?? this.guild;
    this.users.set(spec.user.id, spec.user);
    const ctx: FakeDiscordContext = {
      applicationId: this.applicationId,
      guildId: guild.id,
      channelId: spec.channelId ?? guild.channelId,
      user: spec.user,
      locale: spec.locale ?? 'en-US',
      roles: spec.roles ?? [],
    };
    if (spec.kind === 'command') {
      const registered = this.registeredCommands(guild.id).find((c) => c.name === spec.name && (c.type ?? 1) === 1);
      return chatInputInteraction(ctx, {
        id: (registered?.id as string | undefined) ?? discordSnowflake(),
        name: spec.name,
        subcommand: spec.subcommand ?? null,
        options: Array.isArray(spec.options)
          ? spec.options
          : typedOptions(
              registered,
              spec.subcommand,
              (spec.options ?? {}) as Record<string, string | number | boolean>,
            ),
      });
    }
    if (spec.kind === 'button' && spec.dm) {
      const channel = this.dmChannel(spec.user.id);
      const dmCtx = { ...ctx, channelId: String(channel.id) };
      const pressed = buttonInteraction(dmCtx, {
        customId: spec.customId,
        message: spec.message ?? this.messageWithButton(spec.customId, dmCtx),
      });
      return inDirectMessage(pressed, channel);
    }
    if (spec.kind === 'button') {
      return buttonInteraction(ctx, {
        customId: spec.customId,
        message: spec.message ?? this.messageWithButton(spec.customId, ctx),
      });
    }
    if (spec.kind === 'modal') {
      return modalSubmitInteraction(ctx, {
        customId: spec.customId,
        values: spec.values,
        ...(spec.message ? { message: spec.message } : {}),
        ...(spec.layout ? { layout: spec.layout } : {}),
      });
    }
    const registered = this.registeredCommands(guild.id).find((c) => c.name === spec.name && c.type === 3);
    return messageMenuInteraction(ctx, {
      id: (registered?.id as string | undefined) ?? discordSnowflake(),
      name: spec.name,
      target: discordMessagePayload({
        ...(spec.target.id ? { id: spec.target.id } : {}),
        channelId: ctx.channelId,
        guildId: guild.id,
        author: spec.target.author,
        content: spec.target.content,
      }),
    });
  }

  /** Dispatches MESSAGE_CREATE for a message someone wrote in a guild channel (or a DM with `guildId: null`). */
  dispatchMessage(spec: {
    readonly author: FakeDiscordUser;
    readonly content: string;
    readonly guildId?: string | null;
    readonly channelId?: string;
    readonly roles?: readonly string[];
  }): DiscordJson {
    const guild = spec.guildId === null ? null : (this.guilds.find((g) => g.id === spec.guildId) ?? this.guild);
    const payload = discordMessagePayload({
      channelId: spec.channelId ?? guild?.channelId ?? discordSnowflake(),
      guildId: guild?.id ?? null,
      author: spec.author,
      content: spec.content,
      memberRoles: spec.roles ?? [],
    });
    if (this.gateway.dispatch('MESSAGE_CREATE', payload) === 0) {
      throw new Error('fake-discord: no identified gateway session to dispatch to');
    }
    return payload;
  }

  async close(): Promise<void> {
    for (const waiter of this.waiters) waiter.done = () => undefined;
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The bot's DM channel with a user, opened on first use (by the bot's createDm or a DM press). */
  private dmChannel(userId: string): DiscordJson {
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

  private messageWithButton(customId: string, ctx: FakeDiscordContext): DiscordJson {
    const all = [...this.interactions.values()].flatMap((s) => [s.original, ...s.followups.values()]);
    const sent = [...all, ...this.channelMessages]
      .filter((m): m is DiscordJson => m !== null)
      .reverse()
      .find((m) => JSON.stringify(m.components ?? []).includes(JSON.stringify(customId)));
    return (
      sent ??
      discordMessagePayload({
        channelId: ctx.channelId,
        author: this.bot,
        flags: 64,
        applicationId: this.applicationId,
        webhookId: this.applicationId,
        components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Go', custom_id: customId }] }],
      })
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers['content-type']);
    const path = decodeURIComponent(url.pathname.replace(/^\/api/, '').replace(/^\/v10/, ''));
    const method = req.method ?? 'GET';
    const spec = FAKE_DISCORD_ROUTES.find((r) => r.method === method && r.path.test(path));
    const params: Record<string, string> = {};
    if (spec) {
      const m = spec.path.exec(path) ?? [];
      spec.params.forEach((name, i) => {
        params[name] = m[i + 1] ?? '';
      });
    }
    const route = spec?.route ?? 'unknown';
    const base = {
      route,
      method,
      path,
      params,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      at,
    };
    const send = (
      status: number,
      payload?: unknown,
      headers: Record<string, string> = {},
      fault?: FakeDiscordFault,
    ) => {
      const call: RecordedDiscordCall = fault ? { ...base, status, fault } : { ...base, status };
      this.calls.push(call);
      const out: Record<string, string> = { ...headers };
      if (status < 400 && spec?.bot) Object.assign(out, bucketHeaders(route));
      if (payload === undefined) res.writeHead(status, out).end();
      else res.writeHead(status, { ...out, 'content-type': 'application/json' }).end(JSON.stringify(payload));
      for (const waiter of this.waiters) {
        if (waiter.test(call)) {
          this.waiters.delete(waiter);
          waiter.done(call);
        }
      }
    };

    if (!spec) return send(404, { message: '404: Not Found', code: 0 });
    if (spec.bot && req.headers.authorization !== `Bot ${this.token}`) {
      return send(401, { message: '401: Unauthorized', code: 0 });
    }
    const queued = this.faults.get(route)?.[0];
    if (queued) {
      queued.left -= 1;
      if (queued.left <= 0) this.faults.get(route)?.shift();
      const answer = discordFaultResponse(queued.fault, `fake-${route}`);
      return send(answer.status, answer.body, answer.headers, queued.fault);
    }
    const result = this.serve(route, params, body, url.searchParams);
    return send(result.status, result.body);
  }

  private serve(
    route: FakeDiscordRoute,
    params: Record<string, string>,
    body: unknown,
    query: URLSearchParams,
  ): { status: number; body?: unknown } {
    const error = (code: number, status: number, message: string) => ({ status, body: { message, code } });
    switch (route) {
      case 'gatewayBot':
        return {
          status: 200,
          body: {
            url: this.gatewayUrl,
            shards: 1,
            session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
          },
        };
      case 'registerCommands': {
        if (params.applicationId !== this.applicationId) return error(50001, 403, 'Missing Access');
        if (!this.guilds.some((g) => g.id === params.guildId)) return error(50001, 403, 'Missing Access');
        const problems = discordCommandRegistrationProblems(body);
        if (problems.length > 0) {
          return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { problems } } };
        }
        const stored = (body as DiscordJson[]).map((c) => this.storeCommand(String(params.guildId), c));
        this.commands.set(String(params.guildId), stored);
        return { status: 200, body: stored };
      }
      case 'listCommands':
        return { status: 200, body: this.registeredCommands(params.guildId) };
      case 'interactionCallback':
        return this.callback(params, body as DiscordJson, query.get('with_response') === 'true');
      case 'webhookFollowup':
      case 'webhookMessageEdit':
      case 'webhookMessageGet':
      case 'webhookMessageDelete':
        return this.webhook(route, params, body as DiscordJson);
      case 'createDm': {
        const recipientId = String((body as DiscordJson | null)?.recipient_id ?? '');
        if (!/^\d+$/.test(recipientId)) return error(50035, 400, 'Invalid Form Body');
        return { status: 200, body: this.dmChannel(recipientId) };
      }
      case 'createMessage': {
        const channelId = String(params.channelId);
        const known =
          this.guilds.some((g) => g.channelId === channelId) ||
          [...this.dmChannels.values()].some((c) => c.id === channelId);
        if (!known) return error(10003, 404, 'Unknown Channel');
        const message = this.messageFrom(body as DiscordJson, { channelId });
        this.channelMessages.push(message);
        return { status: 200, body: message };
      }
      case 'addMemberRole':
      case 'removeMemberRole': {
        const guild = this.guilds.find((g) => g.id === params.guildId);
        if (!guild) return error(10004, 404, 'Unknown Guild');
        if (params.roleId !== guild.memberRoleId) return error(10011, 404, 'Unknown Role');
        const key = `${guild.id}:${params.userId}`;
        const held = this.roles.get(key) ?? new Set<string>();
        if (route === 'addMemberRole') held.add(String(params.roleId));
        else held.delete(String(params.roleId));
        this.roles.set(key, held);
        return { status: 204 };
      }
      default:
        return error(0, 404, '404: Not Found');
    }
  }

  private storeCommand(guildId: string, command: DiscordJson): DiscordJson {
    const type = (command.type as number | undefined) ?? 1;
    const key = `${guildId}:${type}:${String(command.name)}`;
    const id = this.commandIds.get(key) ?? discordSnowflake();
    this.commandIds.set(key, id);
    return {
      id,
      application_id: this.applicationId,
      guild_id: guildId,
      version: discordSnowflake(),
      default_member_permissions: null,
      type,
      name: command.name,
      name_localizations: command.name_localizations ?? null,
      description: command.description ?? '',
      description_localizations: command.description_localizations ?? null,
      ...(command.options ? { options: command.options } : {}),
      nsfw: false,
      integration_types: [0],
      contexts: null,
    };
  }

  private callback(params: Record<string, string>, body: DiscordJson | null, withResponse: boolean) {
    const state = this.interactions.get(String(params.interactionId));
    const unknown = { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    if (!state || state.token !== params.token) return unknown;
    if (state.responseType !== null) {
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    }
    if (Date.now() - state.dispatchedAt > this.interactionTimeoutMs) return unknown;
    const type = Number(body?.type);
    const data = (body?.data ?? {}) as DiscordJson;
    if (![4, 5, 6, 7, 9].includes(type)) {
      return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { type: 'invalid' } } };
    }
    this.acknowledge(state, type, data);
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.payload.type,
          activity_instance_id: null,
          response_message_id: state.original?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: Boolean(Number(state.original?.flags ?? 0) & 64),
        },
        resource: { type, ...(state.original ? { message: state.original } : {}) },
      },
    };
  }

  /** Applies a first response to an interaction, as Discord does when it accepts one. */
  private acknowledge(state: InteractionState, type: number, data: DiscordJson): void {
    state.responseType = type;
    const channelId = String(state.payload.channel_id);
    if (type === 4) state.original = this.messageFrom(data, { channelId, webhook: true });
    if (type === 5) {
      // A deferred response shows "thinking…" (flag 128, LOADING) until it is edited.
      const flags = (Number(data.flags ?? 0) & 64) | 128;
      state.original = this.messageFrom({ content: '', flags }, { channelId, webhook: true });
    }
    if (type === 6 || type === 7) {
      const message = (state.payload.message ?? null) as DiscordJson | null;
      state.original = message && type === 7 ? { ...message, ...pickMessageFields(data) } : message;
    }
  }

  private webhook(route: FakeDiscordRoute, params: Record<string, string>, body: DiscordJson | null) {
    const state = this.byToken.get(String(params.token));
    if (!state || params.applicationId !== this.applicationId) {
      return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    }
    const unknownMessage = { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    if (route === 'webhookFollowup') {
      if (state.responseType === null) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
      const message = this.messageFrom(body ?? {}, { channelId: String(state.payload.channel_id), webhook: true });
      state.followups.set(String(message.id), message);
      return { status: 200, body: message };
    }
    const isOriginal = params.messageId === '@original';
    const current = isOriginal ? state.original : (state.followups.get(String(params.messageId)) ?? null);
    if (!current) return unknownMessage;
    if (route === 'webhookMessageGet') return { status: 200, body: current };
    if (route === 'webhookMessageDelete') {
      if (isOriginal) state.original = null;
      else state.followups.delete(String(params.messageId));
      return { status: 204 };
    }
    const flags = Number(current.flags ?? 0) & ~128;
    const edited = {
      ...current,
      ...pickMessageFields(body ?? {}),
      flags,
      edited_timestamp: new Date().toISOString(),
    };
    if (isOriginal) state.original = edited;
    else state.followups.set(String(params.messageId), edited);
    return { status: 200, body: edited };
  }

  private messageFrom(body: DiscordJson, where: { channelId: string; webhook?: boolean }): DiscordJson {
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

function pickMessageFields(body: DiscordJson): DiscordJson {
  const out: DiscordJson = {};
  for (const key of ['content', 'embeds', 'components', 'allowed_mentions'] as const) {
    if (body[key] !== undefined) out[key] = body[key];
  }
  return out;
}

/** Types option values from the registered command, as Discord does; falls back to the JavaScript type. */
function typedOptions(
  registered: DiscordJson | undefined,
  subcommand: string | undefined,
  values: Readonly<Record<string, string | number | boolean>>,
): FakeDiscordOption[] {
  type Opt = { name: string; type: number; options?: Opt[] };
  let spec = (registered?.options as Opt[] | undefined) ?? [];
  if (subcommand) spec = spec.find((o) => o.name === subcommand)?.options ?? [];
  return Object.entries(values).map(([name, value]) => {
    const declared = spec.find((o) => o.name === name)?.type;
    const inferred =
      typeof value === 'boolean'
        ? OPTION_TYPES.boolean
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? OPTION_TYPES.integer
            : OPTION_TYPES.number
          : OPTION_TYPES.string;
    return { name, type: declared ?? (inferred as number), value };
  });
}
