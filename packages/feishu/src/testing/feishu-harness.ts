import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ChatMessage, catalogue, createDispatcher, type Dispatcher } from '@snowball/commands';
import { type Actor, type Community, type Core, createCore, type Messenger } from '@snowball/core';
import { createTestPorts, type TestPorts } from '@snowball/core/testing';
import {
  type FakeFeishu,
  FakeFeishu as FakeFeishuServer,
  type FeishuCallbackResult,
  type FeishuEventEnvelope,
  type PostFeishuEventOptions,
} from '@snowball/testkit';
import { createFeishuApp, type FeishuRuntime } from '../app/create-feishu-app.js';
import type { FeishuEventDeduplicator } from '../app/event-deduplicator.js';
import type { FeishuSettings } from '../config/feishu-settings.js';
import { createFeishuPorts, type FeishuPorts } from '../ports/create-feishu-ports.js';

/** The members-only group chats the harness configures (and the fake holds). */
export const MEMBER_CHATS = ['oc_members_1', 'oc_members_2'] as const;

/** The real Feishu adapter (SDK client, event dispatcher, ports) on the in-memory core, against the fake. */
export interface FeishuHarness {
  readonly fake: FakeFeishu;
  readonly ports: TestPorts;
  readonly core: Core;
  readonly feishu: FeishuPorts;
  /** The dispatcher over the catalogue, before any `wrapDispatcher`. */
  readonly dispatcher: Dispatcher;
  readonly runtime: FeishuRuntime;
  readonly settings: FeishuSettings;
  readonly messages: ChatMessage[];
  /** Recalled messages, and whether a library entry went with them (`core.forgetDeletedMessage`). */
  readonly deletions: { readonly messageId: string; readonly removed: boolean }[];
  /** `http://127.0.0.1:PORT/feishu/events`, served by `runtime.handleEvents`. */
  readonly callbackUrl: string;
  /** Encrypts, signs and POSTs an event (or a raw body) to the callback URL. */
  post(
    body: FeishuEventEnvelope | Record<string, unknown>,
    options?: PostFeishuEventOptions,
  ): Promise<FeishuCallbackResult>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFeishuHarness(
  options: {
    readonly wrapDispatcher?: (dispatcher: Dispatcher) => Dispatcher;
    readonly deduplicator?: FeishuEventDeduplicator;
    /** Leave the Encrypt Key out (callbacks in plain JSON, checked by the verification token only). */
    readonly plain?: boolean;
    /** The core's messenger (default: Feishu's), e.g. a router over Feishu and another platform. */
    readonly messenger?: (feishu: FeishuPorts) => Messenger;
  } = {},
): Promise<FeishuHarness> {
  const fake = await FakeFeishuServer.start();
  for (const chat of MEMBER_CHATS) fake.addChat(chat);
  const settings: FeishuSettings = {
    appId: fake.appId,
    appSecret: fake.appSecret,
    ...(options.plain ? {} : { encryptKey: fake.encryptKey }),
    verificationToken: fake.verificationToken,
    apiUrl: fake.url,
    memberChatIds: [...MEMBER_CHATS],
  };
  const ports = createTestPorts();
  const retry = { defaultWaitMs: 50, maxWaitMs: 5_000 };
  const feishu = createFeishuPorts(settings, { retry });
  const messenger = options.messenger ? options.messenger(feishu) : feishu.messenger;
  const core = createCore({ ...ports, messenger, roleSync: feishu.roleSync });
  const dispatcher = createDispatcher({ core, commands: catalogue });
  const messages: ChatMessage[] = [];
  const deletions: { messageId: string; removed: boolean }[] = [];
  const runtime = createFeishuApp(settings, feishu, {
    dispatcher: options.wrapDispatcher ? options.wrapDispatcher(dispatcher) : dispatcher,
    catalogue,
    retry,
    ...(options.deduplicator ? { deduplicator: options.deduplicator } : {}),
    onMessage: async (message) => {
      messages.push(message);
    },
    conversations: core,
    onMessageDeleted: async (message) => {
      const { removed } = await core.forgetDeletedMessage(message);
      deletions.push({ messageId: message.messageId, removed });
    },
  });
  const server = createServer((req, res) => {
    readBody(req)
      .then(async (rawBody) => {
        const answer = await runtime.handleEvents({ rawBody, headers: req.headers });
        res.statusCode = answer.status;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer.body));
      })
      .catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const callbackUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feishu/events`;
  return {
    fake,
    ports,
    core,
    feishu,
    dispatcher,
    runtime,
    settings,
    messages,
    deletions,
    callbackUrl,
    post: (body, postOptions) => fake.postEvent(callbackUrl, body, postOptions),
    async close() {
      await runtime.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}

/** A club attached to the fake's tenant, with its owner linked to a Feishu user. */
export async function createClub(
  harness: FeishuHarness,
  input: { readonly slug: string; readonly ownerOpenId: string },
): Promise<{ community: Community; ownerId: string; owner: Actor }> {
  const { community, ownerId } = await harness.core.createCommunity({
    slug: input.slug,
    name: `Club ${input.slug}`,
    owner: { displayName: 'Olivia Owner' },
  });
  await harness.ports.communities.attachWorkspace(community.id, 'feishu', harness.fake.tenantKey);
  await harness.ports.accounts.link({
    communityId: community.id,
    platform: 'feishu',
    workspaceId: harness.fake.tenantKey,
    platformUserId: input.ownerOpenId,
    memberId: ownerId,
    linkedAt: harness.ports.clock.now(),
  });
  harness.fake.addUser({ openId: input.ownerOpenId, name: 'Olivia Owner' });
  return {
    community,
    ownerId,
    owner: { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] },
  };
}
