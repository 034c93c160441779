import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { encryptFeishuBody, feishuSignature } from './feishu-callback-crypto.js';
import type { FeishuEventEnvelope, FeishuEventSource } from './feishu-events.js';
import { decodeFeishuFrame, encodeFeishuFrame, type FeishuFrame, frameHeader } from './feishu-frame.js';

/** A person in the tenant, known by the app's open_id. */
export interface FakeFeishuUser {
  readonly openId: string;
  readonly name: string;
  /** Sending to this person fails with this Feishu code (e.g. 230013: the bot is not available to them). */
  readonly sendErrorCode?: number;
}

/** One Open API call the app made, as the fake saw it. */
export interface RecordedFeishuCall {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: Record<string, unknown>;
  readonly status: number;
  readonly code: number;
  readonly at: number;
}

/** A message the fake delivered (`im/v1/messages` answered code 0 for a new uuid). */
export interface FeishuSentMessage {
  readonly messageId: string;
  readonly receiveIdType: string;
  readonly receiveId: string;
  readonly msgType: string;
  /** `content` parsed: the card JSON for `interactive`. */
  readonly content: Record<string, unknown>;
  readonly uuid: string | null;
}

/** What a signed callback POST answered. */
export interface FeishuCallbackResult {
  readonly status: number;
  readonly text: string;
  readonly json: Record<string, unknown> | null;
  readonly elapsedMs: number;
}

/** How to post (or forge) an event callback. */
export interface PostFeishuEventOptions {
  /** Encrypt with the app's Encrypt Key (default true when the fake has one). */
  readonly encrypt?: boolean;
  /** Seconds since the epoch; an old value makes the request stale. */
  readonly timestamp?: number;
  readonly nonce?: string;
  /** Replaces the computed signature (a forged request). */
  readonly signature?: string;
  /** Leaves the signature headers out. */
  readonly unsigned?: boolean;
  /** Encrypts and signs with this key instead of the app's. */
  readonly encryptKey?: string;
}

interface RateLimitRule {
  remaining: number;
  readonly path: string | null;
  readonly status: 429 | 400;
  readonly resetSeconds: number;
}

/** Feishu's "too many requests" code (HTTP 429, or 400 on older gateways). */
export const FEISHU_RATE_LIMITED = 99991400;
const TOKEN_INVALID = 99991663;
const USER_NOT_FOUND = 41050;
const CHAT_NOT_FOUND = 232010;
const BAD_RECEIVE_ID = 230001;

/**
 * A fake Feishu / Lark open platform on 127.0.0.1 for the real `@larksuiteoapi/node-sdk`: give the SDK
 * `domain: fake.url`. It serves the Open API routes snowball calls (tenant token, messages, chat members,
 * contact users), the long-connection endpoint and WebSocket (protobuf frames as the SDK's WSClient speaks
 * them), and posts encrypted, signed event callbacks to an app's URL.
 */
export class FakeFeishu implements FeishuEventSource {
  readonly calls: RecordedFeishuCall[] = [];
  readonly messages: FeishuSentMessage[] = [];
  readonly appId: string;
  readonly appSecret: string;
  readonly encryptKey: string;
  readonly verificationToken: string;
  readonly tenantKey: string;
  /** Messages the app recalled (`DELETE /open-apis/im/v1/messages/:message_id`), by id. */
  readonly recalled: string[] = [];
  private recallAllowed = true;
  /** Answers the long-connection client sent, by message id. */
  readonly wsAnswers = new Map<string, { code: number; data: unknown }>();

  private readonly users = new Map<string, FakeFeishuUser>();
  private readonly chats = new Map<string, Set<string>>();
  private readonly tokens = new Set<string>();
  private readonly uuids = new Map<string, string>();
  private readonly chatUuids = new Map<string, string>();
  /** Group chats the app created (`POST /open-apis/im/v1/chats`), by chat id: name and members. */
  readonly createdChats = new Map<string, { readonly name: string; readonly members: readonly string[] }>();
  private readonly rateLimits: RateLimitRule[] = [];
  private lostAnswers = 0;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<() => void>();
  private counter = 0;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly url: string,
    options: Partial<Pick<FakeFeishu, 'appId' | 'appSecret' | 'encryptKey' | 'verificationToken' | 'tenantKey'>>,
  ) {
    // A new app id per fake: the SDK caches tenant tokens per app id for the whole process.
    this.appId = options.appId ?? `cli_${randomBytes(8).toString('hex')}`;
    this.appSecret = options.appSecret ?? 'fake-app-secret';
    this.encryptKey = options.encryptKey ?? 'fake-encrypt-key';
    this.verificationToken = options.verificationToken ?? 'fake-verification-token';
    this.tenantKey = options.tenantKey ?? 'tenant_snowball';
  }

  /** Starts the fake on a free loopback port. */
  static async start(
    options: Partial<Pick<FakeFeishu, 'appId' | 'appSecret' | 'encryptKey' | 'verificationToken' | 'tenantKey'>> = {},
  ): Promise<FakeFeishu> {
    let fake: FakeFeishu | undefined;
    const server = createServer((req, res) => {
      fake?.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    const wss = new WebSocketServer({ server, path: '/ws/v2' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeFeishu(server, wss, `http://127.0.0.1:${port}`, options);
    const self = fake;
    wss.on('connection', (socket) => self.accept(socket));
    return fake;
  }

  addUser(user: FakeFeishuUser): void {
    this.users.set(user.openId, user);
  }

  /** Creates (or resets) a group chat with these members. */
  /**
   * Whether the app may recall people's messages (it may as the group's owner or an administrator); when not,
   * a recall is refused with 230027 (no permission).
   */
  allowRecall(allowed: boolean): void {
    this.recallAllowed = allowed;
  }

  addChat(chatId: string, members: readonly string[] = []): void {
    this.chats.set(chatId, new Set(members));
  }

  chatMembers(chatId: string): ReadonlySet<string> {
    return this.chats.get(chatId) ?? new Set();
  }

  /**
   * The next `count` calls (whose path starts with `path`, or any but the token's) are refused for rate limiting:
   * code 99991400 with `x-ogw-ratelimit-reset`, as HTTP 429 (default) or 400.
   */
  rateLimitNext(count: number, options: { path?: string; status?: 429 | 400; resetSeconds?: number } = {}): void {
    this.rateLimits.push({
      remaining: count,
      path: options.path ?? null,
      status: options.status ?? 429,
      resetSeconds: options.resetSeconds ?? 1,
    });
  }

  /**
   * The next `count` message sends are carried out, but the connection drops before the answer: the app
   * cannot tell whether its message went out (what a timeout looks like).
   */
  loseAnswerNext(count = 1): void {
    this.lostAnswers += count;
  }

  callsTo(method: string, pathPrefix: string): RecordedFeishuCall[] {
    return this.calls.filter((c) => c.method === method && c.path.startsWith(pathPrefix));
  }

  /** Messages delivered to one person (by open_id) or chat. */
  messagesTo(receiveId: string): FeishuSentMessage[] {
    return this.messages.filter((m) => m.receiveId === receiveId);
  }

  /** Resolves with the first delivered message matching `predicate`, waiting for it if needed. */
  waitForMessage(predicate: (m: FeishuSentMessage) => boolean, timeoutMs = 5_000): Promise<FeishuSentMessage> {
    return this.waitFor(() => this.messages.find(predicate), timeoutMs, 'message');
  }

  clearRecords(): void {
    this.calls.length = 0;
    this.messages.length = 0;
    this.createdChats.clear();
  }

  /**
   * POSTs an event to an app's callback URL as Feishu does: the JSON body encrypted with the Encrypt Key
   * (`{"encrypt": ...}`), and signed with `X-Lark-Request-Timestamp`, `X-Lark-Request-Nonce`, `X-Lark-Signature`.
   */
  async postEvent(
    url: string,
    body: FeishuEventEnvelope | Record<string, unknown>,
    options: PostFeishuEventOptions = {},
  ): Promise<FeishuCallbackResult> {
    const key = options.encryptKey ?? this.encryptKey;
    const encrypt = options.encrypt ?? Boolean(key);
    const raw = encrypt
      ? JSON.stringify({ encrypt: encryptFeishuBody(key, JSON.stringify(body)) })
      : JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (!options.unsigned) {
      const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
      const nonce = options.nonce ?? randomBytes(8).toString('hex');
      headers['x-lark-request-timestamp'] = timestamp;
      headers['x-lark-request-nonce'] = nonce;
      headers['x-lark-signature'] = options.signature ?? feishuSignature(timestamp, nonce, key, raw);
    }
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers, body: raw });
    const text = await response.text();
    const elapsedMs = performance.now() - started;
    let json: Record<string, unknown> | null = null;
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      json = null;
    }
    return { status: response.status, text, json, elapsedMs };
  }

  /** True while an app holds the long connection. */
  get connected(): boolean {
    return this.sockets.size > 0;
  }

  /** Resolves once an app holds the long connection. */
  waitForConnection(timeoutMs = 5_000): Promise<true> {
    return this.waitFor(() => (this.connected ? true : undefined), timeoutMs, 'long connection');
  }

  /**
   * Pushes an event down the long connection (a data frame of type `event`, split in `parts` fragments) and
   * resolves with the answer frame's payload: `{ code, data }` (`data` decoded from base64 JSON when present).
   */
  async pushEvent(
    event: FeishuEventEnvelope,
    options: { parts?: number; timeoutMs?: number } = {},
  ): Promise<{ code: number; data: unknown }> {
    const socket = [...this.sockets][0];
    if (!socket) throw new Error('fake Feishu: no long connection');
    const messageId = randomUUID();
    const bytes = new TextEncoder().encode(JSON.stringify(event));
    const parts = Math.max(1, Math.min(options.parts ?? 1, bytes.length));
    const size = Math.ceil(bytes.length / parts);
    for (let seq = 0; seq < parts; seq += 1) {
      const frame: FeishuFrame = {
        SeqID: ++this.counter,
        LogID: this.counter,
        service: 1,
        method: 1,
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: String(parts) },
          { key: 'seq', value: String(seq) },
          { key: 'trace_id', value: `trace-${messageId}` },
        ],
        payload: bytes.subarray(seq * size, (seq + 1) * size),
      };
      socket.send(encodeFeishuFrame(frame));
    }
    return this.waitFor(() => this.wsAnswers.get(messageId), options.timeoutMs ?? 5_000, `answer to ${messageId}`);
  }

  /** Drops the long connection (the SDK reconnects by itself). */
  dropConnections(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    this.sockets.add(socket);
    this.notify();
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.notify();
    });
    socket.on('message', (data: Buffer) => {
      const frame = decodeFeishuFrame(new Uint8Array(data));
      const type = frameHeader(frame, 'type');
      if (frame.method === 0 && type === 'ping') {
        const pong = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 };
        socket.send(
          encodeFeishuFrame({
            ...frame,
            headers: [{ key: 'type', value: 'pong' }],
            payload: new TextEncoder().encode(JSON.stringify(pong)),
          }),
        );
        return;
      }
      const messageId = frameHeader(frame, 'message_id');
      if (frame.method === 1 && messageId && frame.payload) {
        const answer = JSON.parse(new TextDecoder().decode(frame.payload)) as { code: number; data?: string };
        const decoded = answer.data
          ? (JSON.parse(Buffer.from(answer.data, 'base64').toString('utf8')) as unknown)
          : null;
        this.wsAnswers.set(messageId, { code: answer.code, data: decoded });
        this.notify();
      }
    });
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
        reject(new Error(`fake Feishu: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      body = {};
    }
    const send = (status: number, payload: Record<string, unknown>, headers: Record<string, string> = {}) => {
      this.calls.push({ method, path, query, body, status, code: Number(payload.code ?? 0), at: Date.now() });
      res.statusCode = status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.end(JSON.stringify(payload));
      this.notify();
    };

    if (method === 'POST' && path === '/open-apis/auth/v3/tenant_access_token/internal') {
      if (body.app_id !== this.appId || body.app_secret !== this.appSecret) {
        return send(200, { code: 10014, msg: 'app secret invalid' });
      }
      const token = `t-${randomBytes(12).toString('hex')}`;
      this.tokens.add(token);
      return send(200, { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
    }
    if (method === 'POST' && path === '/callback/ws/endpoint') {
      if (body.AppID !== this.appId || body.AppSecret !== this.appSecret) {
        return send(200, { code: 1000040343, msg: 'invalid app credentials', data: {} });
      }
      const wsUrl = `${this.url.replace(/^http/, 'ws')}/ws/v2?fpid=1&device_id=fake-device&service_id=1&ticket=${randomUUID()}`;
      return send(200, {
        code: 0,
        msg: 'ok',
        data: {
          URL: wsUrl,
          ClientConfig: { PingInterval: 120, ReconnectCount: 3, ReconnectInterval: 1, ReconnectNonce: 0 },
        },
      });
    }
    if (!path.startsWith('/open-apis/')) return send(404, { code: 404, msg: 'not found' });

    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !this.tokens.has(auth.slice(7))) {
      return send(400, { code: TOKEN_INVALID, msg: 'Invalid access token for authorization' });
    }
    const limit = this.rateLimits.find((r) => r.remaining > 0 && (r.path === null || path.startsWith(r.path)));
    if (limit) {
      limit.remaining -= 1;
      return send(
        limit.status,
        { code: FEISHU_RATE_LIMITED, msg: 'request trigger frequency limit' },
        { 'x-ogw-ratelimit-limit': '5', 'x-ogw-ratelimit-reset': String(limit.resetSeconds) },
      );
    }
    const [status, payload] = this.route(method, path, query, body);
    if (this.lostAnswers > 0 && method === 'POST' && path === '/open-apis/im/v1/messages') {
      this.lostAnswers -= 1;
      this.calls.push({ method, path, query, body, status: 0, code: Number(payload.code ?? 0), at: Date.now() });
      res.destroy();
      this.notify();
      return;
    }
    return send(status, payload);
  }

  private route(
    method: string,
    path: string,
    query: Readonly<Record<string, string>>,
    body: Record<string, unknown>,
  ): [number, Record<string, unknown>] {
    if (method === 'POST' && path === '/open-apis/im/v1/messages') return this.sendMessage(query, body);
    if (method === 'POST' && path === '/open-apis/im/v1/chats') return this.createChat(query, body);
    const recall = /^\/open-apis\/im\/v1\/messages\/([^/]+)$/.exec(path);
    if (recall && method === 'PATCH') return this.updateCard(decodeURIComponent(recall[1] as string), body);
    if (recall && method === 'DELETE') {
      const messageId = decodeURIComponent(recall[1] as string);
      if (!this.recallAllowed) return [400, { code: 230027, msg: 'Lack of necessary permissions' }];
      if (this.recalled.includes(messageId)) return [400, { code: 230011, msg: 'The message is recalled.' }];
      this.recalled.push(messageId);
      return [200, { code: 0, msg: 'success', data: {} }];
    }
    const members = /^\/open-apis\/im\/v1\/chats\/([^/]+)\/members$/.exec(path);
    if (members && method === 'GET') {
      const chat = this.chats.get(decodeURIComponent(members[1] as string));
      if (!chat) return [400, { code: CHAT_NOT_FOUND, msg: 'chat not found' }];
      // The page token is the offset here; Feishu's is opaque.
      const size = Math.min(100, Math.max(1, Number(query.page_size ?? 20)));
      const offset = Number(query.page_token ?? 0);
      const all = [...chat];
      const more = offset + size < all.length;
      return [
        200,
        {
          code: 0,
          msg: 'success',
          data: {
            items: all.slice(offset, offset + size).map((id) => ({
              member_id_type: 'open_id',
              member_id: id,
              name: this.users.get(id)?.name ?? id,
              tenant_key: 'tenant',
            })),
            has_more: more,
            page_token: more ? String(offset + size) : '',
            member_total: all.length,
          },
        },
      ];
    }
    if (members && (method === 'POST' || method === 'DELETE')) {
      const chat = this.chats.get(decodeURIComponent(members[1] as string));
      if (!chat) return [400, { code: CHAT_NOT_FOUND, msg: 'chat not found' }];
      if (query.member_id_type && query.member_id_type !== 'open_id') {
        return [400, { code: 232001, msg: 'only open_id in this fake' }];
      }
      const ids = Array.isArray(body.id_list) ? (body.id_list as string[]) : [];
      if (ids.length === 0) return [400, { code: 232001, msg: 'id_list is empty' }];
      const invalid = ids.filter((id) => !this.users.has(id));
      for (const id of ids.filter((i) => this.users.has(i))) {
        if (method === 'POST') chat.add(id);
        else chat.delete(id);
      }
      return [
        200,
        {
          code: 0,
          msg: 'success',
          data:
            method === 'POST'
              ? { invalid_id_list: invalid, not_existed_id_list: [], pending_approval_id_list: [] }
              : { invalid_id_list: invalid },
        },
      ];
    }
    const user = /^\/open-apis\/contact\/v3\/users\/([^/]+)$/.exec(path);
    if (user && method === 'GET') {
      const found = this.users.get(decodeURIComponent(user[1] as string));
      if (!found || (query.user_id_type ?? 'open_id') !== 'open_id') {
        return [400, { code: USER_NOT_FOUND, msg: 'no user authority error' }];
      }
      return [200, { code: 0, msg: 'success', data: { user: { open_id: found.openId, name: found.name } } }];
    }
    return [404, { code: 404, msg: `no route ${method} ${path}` }];
  }

  private createChat(
    query: Readonly<Record<string, string>>,
    body: Record<string, unknown>,
  ): [number, Record<string, unknown>] {
    if ((query.user_id_type ?? 'open_id') !== 'open_id')
      return [400, { code: 232001, msg: 'only open_id in this fake' }];
    const ids = Array.isArray(body.user_id_list) ? (body.user_id_list as string[]) : [];
    if (ids.some((id) => !this.users.has(id))) return [400, { code: 232043, msg: 'some users are invalid' }];
    // Feishu creates at most one chat per uuid (for 10 hours): a repeat answers the first chat.
    const earlier = query.uuid ? this.chatUuids.get(query.uuid) : undefined;
    const chatId = earlier ?? `oc_created_${(++this.counter).toString(16).padStart(6, '0')}`;
    if (!earlier) {
      if (query.uuid) this.chatUuids.set(query.uuid, chatId);
      this.chats.set(chatId, new Set(ids));
      this.createdChats.set(chatId, { name: typeof body.name === 'string' ? body.name : '', members: ids });
    }
    return [200, { code: 0, msg: 'success', data: { chat_id: chatId, name: body.name } }];
  }

  /** `PATCH /im/v1/messages/:id`: replaces the content of a card the app sent (one with `update_multi`). */
  private updateCard(messageId: string, body: Record<string, unknown>): [number, Record<string, unknown>] {
    const index = this.messages.findIndex((m) => m.messageId === messageId);
    const before = this.messages[index];
    if (!before) return [400, { code: 230001, msg: 'invalid message_id' }];
    if (this.recalled.includes(messageId)) return [400, { code: 230011, msg: 'The message is recalled.' }];
    if (before.msgType !== 'interactive') return [400, { code: 230001, msg: 'only cards can be updated' }];
    if (typeof body.content !== 'string') return [400, { code: 230001, msg: 'invalid request' }];
    let content: Record<string, unknown>;
    try {
      content = JSON.parse(body.content) as Record<string, unknown>;
    } catch {
      return [400, { code: 230001, msg: 'content is not JSON' }];
    }
    this.messages[index] = { ...before, content };
    return [200, { code: 0, msg: 'success', data: {} }];
  }

  private sendMessage(
    query: Readonly<Record<string, string>>,
    body: Record<string, unknown>,
  ): [number, Record<string, unknown>] {
    const receiveIdType = query.receive_id_type ?? '';
    const receiveId = typeof body.receive_id === 'string' ? body.receive_id : '';
    const msgType = typeof body.msg_type === 'string' ? body.msg_type : '';
    const uuid = typeof body.uuid === 'string' && body.uuid ? body.uuid : null;
    if (!['open_id', 'chat_id'].includes(receiveIdType) || !receiveId || !msgType || typeof body.content !== 'string') {
      return [400, { code: 230001, msg: 'invalid request' }];
    }
    if (receiveIdType === 'open_id') {
      const user = this.users.get(receiveId);
      if (!user) return [400, { code: BAD_RECEIVE_ID, msg: 'invalid receive_id' }];
      if (user.sendErrorCode) return [400, { code: user.sendErrorCode, msg: 'cannot send to this user' }];
    } else if (!this.chats.has(receiveId) && !receiveId.startsWith('oc_p2p_')) {
      return [400, { code: CHAT_NOT_FOUND, msg: 'chat not found' }];
    }
    // Feishu sends a message at most once per uuid (for an hour): a repeat answers the first message.
    const earlier = uuid ? this.uuids.get(uuid) : undefined;
    const messageId = earlier ?? `om_${(++this.counter).toString(16).padStart(8, '0')}`;
    if (!earlier) {
      let content: Record<string, unknown>;
      try {
        content = JSON.parse(body.content) as Record<string, unknown>;
      } catch {
        return [400, { code: 230001, msg: 'content is not JSON' }];
      }
      if (uuid) this.uuids.set(uuid, messageId);
      this.messages.push({ messageId, receiveIdType, receiveId, msgType, content, uuid });
    }
    return [200, { code: 0, msg: 'success', data: { message_id: messageId, msg_type: msgType } }];
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
