import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A workspace the fake knows: its bot token answers `auth.test` and authorises every other method. */
export interface FakeSlackWorkspace {
  readonly teamId: string;
  readonly teamName: string;
  readonly botToken: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly appId?: string;
  /** The bot scopes granted at install, sent back in the `x-oauth-scopes` header; every scope the app asks for by default. */
  readonly scopes?: readonly string[];
}

/** A person in a workspace; `dmError` makes `chat.postMessage` to their user id fail with that Slack error. */
export interface FakeSlackUser {
  readonly id: string;
  readonly teamId?: string;
  readonly name?: string;
  readonly locale?: string;
  readonly isBot?: boolean;
  readonly dmError?: string;
}

/** One Web API call the app made, as the fake saw it. */
export interface RecordedSlackCall {
  readonly method: string;
  readonly token: string | null;
  readonly body: Record<string, unknown>;
  readonly ok: boolean;
  readonly error?: string;
  readonly status: number;
  readonly at: number;
}

/** One POST to a `response_url`. */
export interface RecordedResponse {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

/** What `oauth.v2.access` answers for a code. */
export interface FakeOAuthGrant {
  readonly workspace: FakeSlackWorkspace;
  readonly installerUserId: string;
  readonly scopes: readonly string[];
}

interface RateLimitRule {
  remaining: number;
  readonly method: string | null;
  readonly style: 'http429' | 'ratelimited';
  readonly retryAfterSeconds: number | null;
}

type MethodResult =
  | { readonly ok: true; readonly [key: string]: unknown }
  | { readonly ok: false; readonly error: string };

/** The bot scopes the app's manifest asks for: what a workspace grants unless a test says otherwise. */
export const FAKE_SLACK_DEFAULT_SCOPES: readonly string[] = [
  'commands',
  'chat:write',
  'im:write',
  'mpim:write',
  'mpim:history',
  'users:read',
  'channels:read',
  'groups:read',
  'channels:manage',
  'groups:write',
  'channels:history',
  'groups:history',
  'im:history',
];

const DEFAULT_WORKSPACE: FakeSlackWorkspace = {
  teamId: 'T0SNOWBALL',
  teamName: 'Snowball Club',
  botToken: 'xoxb-test-snowball',
  botUserId: 'U0SNOWBOT',
  botId: 'B0SNOWBOT',
  appId: 'A0SNOWBALL',
};

// Form fields the Web API client sends JSON-encoded.
const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

/**
 * A fake Slack Web API on 127.0.0.1 for Bolt and WebClient (`slackApiUrl: fake.apiUrl`). It keeps
 * workspaces, users and channel membership, records every call, can rate-limit the next calls, and
 * receives `response_url` POSTs at `fake.responseUrl(id)`.
 */
export class FakeSlackApi {
  readonly calls: RecordedSlackCall[] = [];
  readonly responses: RecordedResponse[] = [];
  /** Messages that were really posted (`chat.postMessage` answered ok). */
  readonly posted: {
    readonly teamId: string;
    readonly channel: string;
    readonly body: Record<string, unknown>;
    readonly ts?: string;
  }[] = [];
  /** Messages removed with `chat.delete`. */
  readonly deleted: { readonly teamId: string; readonly channel: string; readonly ts: string }[] = [];
  private readonly deletesOthers = new Set<string>();
  clientId = 'fake-client-id';
  clientSecret = 'fake-client-secret';

  private readonly workspaces = new Map<string, FakeSlackWorkspace>();
  private readonly users = new Map<string, FakeSlackUser>();
  private readonly channels = new Map<string, Set<string>>();
  private readonly privateChannels = new Set<string>();
  private readonly grantedScopes = new Map<string, readonly string[]>();
  private readonly mpims = new Map<string, { readonly teamId: string; readonly members: readonly string[] }>();
  private readonly grants = new Map<string, FakeOAuthGrant>();
  private readonly rateLimits: RateLimitRule[] = [];
  private readonly deadResponseUrls = new Set<string>();
  private readonly expiredTriggers = new Set<string>();
  private readonly waiters = new Set<() => void>();
  private counter = 0;
  /** Messages people wrote (`userWrote`), for `conversations.history`. */
  private readonly written: { channel: string; user: string; text: string; ts: string }[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    this.addWorkspace(DEFAULT_WORKSPACE);
  }

  /** Starts the fake on a free loopback port. */
  static async start(): Promise<FakeSlackApi> {
    let fake: FakeSlackApi | undefined;
    const server = createServer((req, res) => {
      fake?.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  /** The base URL to give Bolt's `clientOptions.slackApiUrl` (with the trailing slash WebClient expects). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** The workspace every fixture uses by default. */
  get defaultWorkspace(): FakeSlackWorkspace {
    return DEFAULT_WORKSPACE;
  }

  addWorkspace(workspace: FakeSlackWorkspace): void {
    this.workspaces.set(workspace.botToken, workspace);
  }

  /** Lets the app remove members' messages in a workspace (as with an admin's token); by default it cannot. */
  allowDeletingMembersMessages(teamId: string, allowed = true): void {
    if (allowed) this.deletesOthers.add(teamId);
    else this.deletesOthers.delete(teamId);
  }

  addUser(user: FakeSlackUser): void {
    this.users.set(user.id, user);
  }

  /** Creates (or resets) a channel with these members; a private one is invisible to a bot that is not in it. */
  addChannel(channelId: string, members: readonly string[] = [], options: { readonly private?: boolean } = {}): void {
    this.channels.set(channelId, new Set(members));
    if (options.private) this.privateChannels.add(channelId);
    else this.privateChannels.delete(channelId);
  }

  /** Changes the bot scopes a workspace granted (as after an install with fewer scopes, or a reinstall). */
  setScopes(teamId: string, scopes: readonly string[]): void {
    this.grantedScopes.set(teamId, scopes);
  }

  /** The multi-person DMs `conversations.open` created: channel id, team and members (the bot included). */
  multiPersonDms(): { readonly id: string; readonly teamId: string; readonly members: readonly string[] }[] {
    return [...this.mpims].map(([id, m]) => ({ id, ...m }));
  }

  /** A person writes in a conversation (seen by `conversations.history`), e.g. in an introduction's group DM. */
  userWrote(channel: string, user: string, text: string): void {
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.counter).padStart(6, '0')}`;
    this.written.push({ channel, user, text, ts });
  }

  channelMembers(channelId: string): ReadonlySet<string> {
    return this.channels.get(channelId) ?? new Set();
  }

  /** Makes `oauth.v2.access` exchange `code` (once) for this installation. */
  addOAuthCode(code: string, grant: FakeOAuthGrant): void {
    this.grants.set(code, grant);
  }

  /**
   * The next `count` calls (to `method`, or any) are refused for rate limiting: HTTP 429 with `Retry-After`
   * (1 s unless given), or HTTP 200 `{ ok: false, error: 'ratelimited' }` (with `Retry-After` only if given).
   */
  rateLimitNext(
    count: number,
    options: { method?: string; style?: 'http429' | 'ratelimited'; retryAfterSeconds?: number } = {},
  ): void {
    this.rateLimits.push({
      remaining: count,
      method: options.method ?? null,
      style: options.style ?? 'http429',
      retryAfterSeconds: options.retryAfterSeconds ?? (options.style === 'ratelimited' ? null : 1),
    });
  }

  /** A URL that records what is POSTed to it, like a command's `response_url`. */
  responseUrl(id = `r${++this.counter}`): string {
    return `${this.url}/response/${id}`;
  }

  /** Makes a response URL answer 404, like one that expired. */
  expireResponseUrl(id: string): void {
    this.deadResponseUrls.add(id);
  }

  /** Makes `views.open` refuse this trigger id with `expired_trigger_id`. */
  expireTrigger(triggerId: string): void {
    this.expiredTriggers.add(triggerId);
  }

  callsTo(method: string): RecordedSlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(id: string): RecordedResponse[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves with the first call to `method` matching `predicate`, waiting for it if needed. */
  waitForCall(
    method: string,
    predicate: (call: RecordedSlackCall) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<RecordedSlackCall> {
    return this.waitFor(() => this.calls.find((c) => c.method === method && predicate(c)), timeoutMs, method);
  }

  /** Resolves with the first POST to the response URL `id`, waiting for it if needed. */
  waitForResponse(id: string, timeoutMs = 5_000): Promise<RecordedResponse> {
    return this.waitFor(() => this.responses.find((r) => r.id === id), timeoutMs, `response ${id}`);
  }

  /** Forgets recorded calls and responses (workspaces, users and channels stay). */
  clearRecords(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.posted.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = find();
        if (value === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`fake Slack: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (path.startsWith('/response/')) return this.handleResponseUrl(path.slice('/response/'.length), raw, res);
    if (!path.startsWith('/api/')) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const method = path.slice('/api/'.length);
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : typeof body.token === 'string' ? body.token : null;

    const limit = this.rateLimits.find((r) => r.remaining > 0 && (r.method === null || r.method === method));
    if (limit) {
      limit.remaining -= 1;
      const status = limit.style === 'http429' ? 429 : 200;
      this.record({ method, token, body, ok: false, error: 'ratelimited', status });
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      if (limit.retryAfterSeconds !== null) res.setHeader('retry-after', String(limit.retryAfterSeconds));
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }

    const result = this.call(method, token, body, auth);
    this.record({ method, token, body, ok: result.ok, error: result.ok ? undefined : result.error, status: 200 });
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json');
    // Like Slack: every call made with a valid token says which scopes that token has.
    const caller = token ? this.workspaces.get(token) : undefined;
    if (caller) res.setHeader('x-oauth-scopes', this.scopesOf(caller).join(','));
    res.end(JSON.stringify(result));
  }

  private handleResponseUrl(id: string, raw: string, res: ServerResponse): void {
    if (this.deadResponseUrls.has(id)) {
      res.statusCode = 404;
      res.end('expired_url');
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      body = { raw };
    }
    this.responses.push({ id, body, at: Date.now() });
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json');
    res.end('{"ok":true}');
    this.notify();
  }

  private record(call: Omit<RecordedSlackCall, 'at'>): void {
    this.calls.push({ ...call, at: Date.now() });
    this.notify();
  }

  private call(method: string, token: string | null, body: Record<string, unknown>, auth: string): MethodResult {
    if (method === 'oauth.v2.access') return this.oauthAccess(body, auth);
    const ws = token ? this.workspaces.get(token) : undefined;
    if (!ws) return { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
    const str = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: `https://${ws.teamId.toLowerCase()}.slack.com/`,
          team: ws.teamName,
          user: 'snowball',
          team_id: ws.teamId,
          user_id: ws.botUserId,
          bot_id: ws.botId,
          is_enterprise_install: false,
        };
      case 'chat.postMessage': {
        const channel = str('channel');
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (!str('text') && !body.blocks) return { ok: false, error: 'no_text' };
        if (/^[UW]/.test(channel)) {
          const user = this.users.get(channel);
          if (user?.dmError) return { ok: false, error: user.dmError };
          if (user?.isBot) return { ok: false, error: 'cannot_dm_bot' };
        }
        const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.counter).padStart(6, '0')}`;
        const target = /^[UW]/.test(channel) ? `D${channel.slice(1)}` : channel;
        this.posted.push({ teamId: ws.teamId, channel, body, ts });
        return {
          ok: true,
          channel: target,
          ts,
          message: { type: 'message', user: ws.botUserId, ts, text: str('text') },
        };
      }
      case 'chat.update': {
        const channel = str('channel');
        const ts = str('ts');
        if (!channel || !ts) return { ok: false, error: 'invalid_arguments' };
        if (!str('text') && !body.blocks) return { ok: false, error: 'no_text' };
        const index = this.posted.findIndex((p) => p.teamId === ws.teamId && p.channel === channel && p.ts === ts);
        const before = this.posted[index];
        if (!before) return { ok: false, error: 'message_not_found' };
        if (this.deleted.some((d) => d.teamId === ws.teamId && d.channel === channel && d.ts === ts)) {
          return { ok: false, error: 'message_not_found' };
        }
        // A bot edits only its own messages; Slack replaces text and blocks together.
        this.posted[index] = { ...before, body: { ...body } };
        return { ok: true, channel, ts, text: str('text') };
      }
      case 'chat.delete': {
        const channel = str('channel');
        const ts = str('ts');
        if (!channel || !ts) return { ok: false, error: 'invalid_arguments' };
        const own = this.posted.some((p) => p.teamId === ws.teamId && p.ts === ts);
        // A bot token removes only the app's own posts; an app granted more (an admin's token) removes anyone's.
        if (!own && !this.deletesOthers.has(ws.teamId)) return { ok: false, error: 'cant_delete_message' };
        if (this.deleted.some((d) => d.teamId === ws.teamId && d.channel === channel && d.ts === ts)) {
          return { ok: false, error: 'message_not_found' };
        }
        this.deleted.push({ teamId: ws.teamId, channel, ts });
        return { ok: true, channel, ts };
      }
      case 'chat.postEphemeral':
        if (!str('channel') || !str('user')) return { ok: false, error: 'invalid_arguments' };
        return { ok: true, message_ts: `${Math.floor(Date.now() / 1000)}.${String(++this.counter).padStart(6, '0')}` };
      case 'views.open': {
        const trigger = str('trigger_id');
        if (!trigger) return { ok: false, error: 'invalid_arguments' };
        if (this.expiredTriggers.has(trigger)) return { ok: false, error: 'expired_trigger_id' };
        if (!body.view || typeof body.view !== 'object') return { ok: false, error: 'invalid_arguments' };
        return { ok: true, view: { ...(body.view as object), id: `V${++this.counter}` } };
      }
      case 'views.publish':
        if (!str('user_id') || !body.view) return { ok: false, error: 'invalid_arguments' };
        return { ok: true, view: { ...(body.view as object), id: `V${++this.counter}` } };
      case 'conversations.open': {
        const users = str('users');
        if (!users) return { ok: false, error: 'users_list_not_supplied' };
        const ids = [
          ...new Set(
            users
              .split(',')
              .map((u) => u.trim())
              .filter(Boolean),
          ),
        ];
        if (ids.some((id) => this.users.get(id)?.isBot)) return { ok: false, error: 'cannot_dm_bot' };
        if (ids.length === 1) return { ok: true, channel: { id: `D${users.slice(1)}` } };
        // A multi-person DM (the bot and 2-8 people): one per set of people, like Slack's `mpdm-...` channels.
        if (ids.length > 8) return { ok: false, error: 'too_many_users' };
        const members = [ws.botUserId, ...ids].sort();
        const same = [...this.mpims].find(([, m]) => m.teamId === ws.teamId && m.members.join() === members.join());
        const id = same?.[0] ?? `G0MPIM${String(++this.counter).padStart(6, '0')}`;
        this.channels.set(id, new Set(members));
        this.mpims.set(id, { teamId: ws.teamId, members });
        return { ok: true, channel: { id, is_mpim: true } };
      }
      case 'conversations.history': {
        const channel = str('channel');
        if (!channel || !this.channels.has(channel)) return { ok: false, error: 'channel_not_found' };
        const oldest = Number(str('oldest') ?? 0);
        const bots = this.posted
          .filter((p) => p.teamId === ws.teamId && p.channel === channel && p.ts)
          .map((p) => ({ type: 'message', user: ws.botUserId, bot_id: ws.botId, ts: p.ts as string, text: '' }));
        const people = this.written
          .filter((w) => w.channel === channel)
          .map((w) => ({ type: 'message', user: w.user, ts: w.ts, text: w.text }));
        const messages = [...bots, ...people]
          .filter((m) => Number(m.ts) >= oldest)
          .sort((a, b) => Number(b.ts) - Number(a.ts));
        return { ok: true, messages, has_more: false };
      }
      case 'conversations.info': {
        const channel = str('channel');
        const members = this.channels.get(channel);
        const isPrivate = this.privateChannels.has(channel);
        if (!members || (isPrivate && !members.has(ws.botUserId))) return { ok: false, error: 'channel_not_found' };
        const needs = isPrivate ? 'groups:read' : 'channels:read';
        if (!this.scopesOf(ws).includes(needs)) return { ok: false, error: 'missing_scope' };
        return {
          ok: true,
          channel: {
            id: channel,
            name: channel.toLowerCase(),
            is_channel: !isPrivate,
            is_group: isPrivate,
            is_private: isPrivate,
            is_member: members.has(ws.botUserId),
            is_archived: false,
          },
        };
      }
      case 'conversations.invite': {
        const channel = str('channel');
        const members = this.channels.get(channel);
        if (!members) return { ok: false, error: 'channel_not_found' };
        const users = str('users').split(',').filter(Boolean);
        if (users.length === 0) return { ok: false, error: 'no_user' };
        for (const user of users) if (members.has(user)) return { ok: false, error: 'already_in_channel' };
        for (const user of users) members.add(user);
        return { ok: true, channel: { id: channel } };
      }
      case 'conversations.members': {
        // Slack pages members with an opaque cursor; here the cursor is the offset.
        const channel = str('channel');
        const members = this.channels.get(channel);
        if (!members) return { ok: false, error: 'channel_not_found' };
        const limit = Math.min(1000, Math.max(1, Number(str('limit') || 100)));
        const offset = Number(str('cursor') || 0);
        const all = [...members];
        const next = offset + limit < all.length ? String(offset + limit) : '';
        return { ok: true, members: all.slice(offset, offset + limit), response_metadata: { next_cursor: next } };
      }
      case 'conversations.kick': {
        const channel = str('channel');
        const members = this.channels.get(channel);
        if (!members) return { ok: false, error: 'channel_not_found' };
        if (!members.delete(str('user'))) return { ok: false, error: 'not_in_channel' };
        return { ok: true };
      }
      case 'users.info': {
        const id = str('user');
        const user = this.users.get(id);
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            team_id: user.teamId ?? ws.teamId,
            name: user.name ?? user.id.toLowerCase(),
            real_name: user.name ?? user.id,
            is_bot: user.isBot ?? false,
            deleted: false,
            ...(body.include_locale === 'true' || body.include_locale === true
              ? { locale: user.locale ?? 'en-US' }
              : {}),
          },
        };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private scopesOf(ws: FakeSlackWorkspace): readonly string[] {
    return this.grantedScopes.get(ws.teamId) ?? ws.scopes ?? FAKE_SLACK_DEFAULT_SCOPES;
  }

  private oauthAccess(body: Record<string, unknown>, auth: string): MethodResult {
    let clientId = typeof body.client_id === 'string' ? body.client_id : '';
    let clientSecret = typeof body.client_secret === 'string' ? body.client_secret : '';
    if (auth.startsWith('Basic ')) {
      [clientId = '', clientSecret = ''] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
    }
    if (clientId !== this.clientId) return { ok: false, error: 'invalid_client_id' };
    if (clientSecret !== this.clientSecret) return { ok: false, error: 'bad_client_secret' };
    const code = typeof body.code === 'string' ? body.code : '';
    const grant = this.grants.get(code);
    if (!grant) return { ok: false, error: 'invalid_code' };
    this.grants.delete(code);
    this.addWorkspace(grant.workspace);
    this.grantedScopes.set(grant.workspace.teamId, grant.scopes);
    return {
      ok: true,
      app_id: grant.workspace.appId ?? 'A0SNOWBALL',
      authed_user: { id: grant.installerUserId },
      scope: grant.scopes.join(','),
      token_type: 'bot',
      access_token: grant.workspace.botToken,
      bot_user_id: grant.workspace.botUserId,
      team: { id: grant.workspace.teamId, name: grant.workspace.teamName },
      enterprise: null,
      is_enterprise_install: false,
    };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON after all: keep the string.
      }
    }
    out[key] = value;
  }
  return out;
}

/** A random bot token in Slack's shape, for workspaces created in tests. */
export function fakeBotToken(): string {
  return `xoxb-${randomBytes(4).readUInt32BE()}-${randomBytes(4).readUInt32BE()}-${randomBytes(12).toString('hex')}`;
}
