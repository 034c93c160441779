import { type ChatMessage, catalogue, createDispatcher, type Dispatcher } from '@snowball/commands';
import { type Actor, type Community, type Core, createCore, type UnitOfWork } from '@snowball/core';
import { createTestPorts, type TestPorts } from '@snowball/core/testing';
import {
  FakeSlackApi,
  type PostSlackRequestOptions,
  postSlackRequest,
  type SlackRequestFixture,
  type SlackRequestResult,
  type SlashCommandFixtureInput,
  slashCommandRequest,
} from '@snowball/testkit';
import { createSlackApp, type SlackRuntime } from '../app/create-slack-app.js';
import { createSlackPorts, type SlackPorts } from '../app/create-slack-ports.js';
import type { SlackSettings } from '../config/slack-settings.js';
import { type SlackHttpServer, startSlackHttpServer } from '../http/slack-http-server.js';
import { InMemorySlackInstallationStore } from '../install/memory-slack-installation.store.js';

/** The signing secret the harness app verifies with. */
export const SIGNING_SECRET = 'test-signing-secret';
/** The members-only channels the harness configures (and the fake holds). */
export const MEMBER_CHANNELS = ['C0MEMBERS1', 'C0MEMBERS2'] as const;

/** The real Slack adapter (Bolt, HTTP receiver, ports) on the in-memory core, against the fake Slack API. */
export interface SlackHarness {
  readonly fake: FakeSlackApi;
  readonly ports: TestPorts;
  readonly core: Core;
  readonly slack: SlackPorts;
  /** The dispatcher over the catalogue, before any `wrapDispatcher`. */
  readonly dispatcher: Dispatcher;
  readonly runtime: SlackRuntime;
  readonly server: SlackHttpServer;
  readonly installationStore: InMemorySlackInstallationStore;
  readonly settings: SlackSettings;
  readonly messages: ChatMessage[];
  /** Deleted channel messages, and whether a library entry went with them (`core.forgetDeletedMessage`). */
  readonly deletions: { readonly messageId: string; readonly removed: boolean }[];
  /** Makes the next `times` units of work (all, by default) wait this long first: a slow database. */
  setDatabaseDelay(ms: number, times?: number): void;
  /** Signs and POSTs a fixture to `/slack/events`. */
  post(fixture: SlackRequestFixture, options?: Partial<PostSlackRequestOptions>): Promise<SlackRequestResult>;
  /**
   * Types a slash command as Slack would (signed, with a response URL of the fake) and waits for the answer:
   * `ack` is Slack's HTTP exchange (always an empty ack), `json` the message posted to the response URL, or
   * null when the command opened a modal instead (`modal`: the `views.open` call's view).
   */
  command(input: Omit<SlashCommandFixtureInput, 'responseUrl'>): Promise<SlackCommandResult>;
  close(): Promise<void>;
}

/** A slash command's ack and its answer (see `SlackHarness.command`). */
export interface SlackCommandResult {
  readonly ack: SlackRequestResult;
  readonly status: number;
  readonly elapsedMs: number;
  readonly json: Record<string, unknown> | null;
  readonly modal: Record<string, unknown> | null;
}

let commandCounter = 0;

/**
 * Starts a harness: one workspace with `SLACK_BOT_TOKEN` by default, or OAuth installs (`multi`).
 * `wrapDispatcher` decorates the dispatcher the app uses (to record what it answered).
 */
export async function startSlackHarness(
  options: {
    readonly mode?: 'single' | 'multi';
    readonly wrapDispatcher?: (dispatcher: Dispatcher) => Dispatcher;
    /** Slash commands worked on at once after their ack (the app's default unless given). */
    readonly commandConcurrency?: number;
  } = {},
): Promise<SlackHarness> {
  const fake = await FakeSlackApi.start();
  for (const channel of MEMBER_CHANNELS) fake.addChannel(channel);
  const ports = createTestPorts();
  let delayMs = 0;
  let delayedCalls = 0;
  const uow: UnitOfWork = {
    run: async (work) => {
      if (delayMs && delayedCalls > 0) {
        delayedCalls -= 1;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
      return ports.uow.run(work);
    },
  };
  const settings: SlackSettings =
    options.mode === 'multi'
      ? {
          signingSecret: SIGNING_SECRET,
          clientId: fake.clientId,
          clientSecret: fake.clientSecret,
          stateSecret: 'test-state-secret',
          tokenKey: Buffer.alloc(32, 7).toString('base64'),
          apiUrl: fake.apiUrl,
          memberChannelIds: [...MEMBER_CHANNELS],
          publicUrl: 'http://127.0.0.1',
        }
      : {
          signingSecret: SIGNING_SECRET,
          botToken: fake.defaultWorkspace.botToken,
          apiUrl: fake.apiUrl,
          memberChannelIds: [...MEMBER_CHANNELS],
        };
  const installationStore = new InMemorySlackInstallationStore();
  const slack = createSlackPorts(settings, {
    installationStore,
    retry: { maxWaitMs: 5_000, defaultWaitMs: 200 },
  });
  const core = createCore({ ...ports, uow, roleSync: slack.roleSync, messenger: slack.messenger });
  const messages: ChatMessage[] = [];
  const deletions: { messageId: string; removed: boolean }[] = [];
  const dispatcher = createDispatcher({ core, commands: catalogue });
  const runtime = createSlackApp(settings, slack, {
    core,
    dispatcher: options.wrapDispatcher ? options.wrapDispatcher(dispatcher) : dispatcher,
    catalogue,
    communities: ports.communities,
    ...(options.commandConcurrency ? { commandConcurrency: options.commandConcurrency } : {}),
    onMessage: async (message) => {
      messages.push(message);
    },
    onMessageDeleted: async (message) => {
      const { removed } = await core.forgetDeletedMessage(message);
      deletions.push({ messageId: message.messageId, removed });
    },
  });
  const server = await startSlackHttpServer(runtime);
  return {
    fake,
    ports,
    core,
    slack,
    dispatcher,
    runtime,
    server,
    installationStore,
    settings,
    messages,
    deletions,
    setDatabaseDelay(ms, times = Number.POSITIVE_INFINITY) {
      delayMs = ms;
      delayedCalls = times;
    },
    post: (fixture, postOptions) =>
      postSlackRequest(`${server.url}/slack/events`, fixture, { secret: SIGNING_SECRET, ...postOptions }),
    async command(input) {
      const id = `command-${++commandCounter}`;
      const triggerId = input.triggerId ?? `${Date.now()}.${commandCounter}.trigger`;
      const ack = await postSlackRequest(
        `${server.url}/slack/events`,
        slashCommandRequest({ ...input, triggerId, responseUrl: fake.responseUrl(id) }),
        { secret: SIGNING_SECRET },
      );
      const started = Date.now();
      for (;;) {
        const response = fake.responsesTo(id)[0];
        if (response) {
          return { ack, status: ack.status, elapsedMs: ack.elapsedMs, json: response.body, modal: null };
        }
        const opened = fake.callsTo('views.open').find((c) => c.body.trigger_id === triggerId);
        if (opened) {
          const raw = opened.body.view;
          const view = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
          return { ack, status: ack.status, elapsedMs: ack.elapsedMs, json: null, modal: view };
        }
        if (ack.status !== 200 || Date.now() - started > 5_000) {
          return { ack, status: ack.status, elapsedMs: ack.elapsedMs, json: null, modal: null };
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      await server.close();
      await fake.close();
    },
  };
}

/** A club with its owner linked to a Slack user of `teamId`. */
export async function createClub(
  harness: SlackHarness,
  input: { readonly slug: string; readonly teamId: string; readonly ownerSlackId: string },
): Promise<{ community: Community; ownerId: string; owner: Actor }> {
  const { community, ownerId } = await harness.core.createCommunity({
    slug: input.slug,
    name: `Club ${input.slug}`,
    owner: { displayName: 'Olivia Owner' },
  });
  await harness.ports.communities.attachWorkspace(community.id, 'slack', input.teamId);
  await harness.ports.accounts.link({
    communityId: community.id,
    platform: 'slack',
    workspaceId: input.teamId,
    platformUserId: input.ownerSlackId,
    memberId: ownerId,
    linkedAt: harness.ports.clock.now(),
  });
  return {
    community,
    ownerId,
    owner: { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] },
  };
}

/** Makes a Slack user an active member through the core (application, approval, payment). */
export async function makeMember(
  harness: SlackHarness,
  input: {
    readonly community: Community;
    readonly owner: Actor;
    readonly teamId: string;
    readonly slackId: string;
    readonly name: string;
  },
): Promise<string> {
  const application = await harness.core.submitApplication({
    communityId: input.community.id,
    name: input.name,
    answers: [{ question: 'What do you do?', answer: 'Business' }],
    valuesPledge: true,
    locale: 'en',
    account: { platform: 'slack', workspaceId: input.teamId, platformUserId: input.slackId },
  });
  const approved = await harness.core.approveApplication({
    actor: input.owner,
    communityId: input.community.id,
    applicationId: application.id,
  });
  await harness.core.recordPayment({
    actor: input.owner,
    communityId: input.community.id,
    applicationId: application.id,
    amountMinor: input.community.settings.fee.amountMinor,
    currency: input.community.settings.fee.currency,
    method: 'bank_transfer',
    reference: `REF-${application.id}`,
  });
  return approved.memberId as string;
}

type AnyBlock = {
  type: string;
  text?: { type: string; text: string };
  fields?: { text: string }[];
  elements?: { action_id?: string; text?: { text: string } | string }[];
};

/** The action ids of every button in a rendered message or view. */
export function buttonActions(payload: { blocks?: unknown } | null | undefined): string[] {
  return ((payload?.blocks ?? []) as AnyBlock[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => e.action_id ?? ''));
}

/** Every text of a rendered message or view, joined (for "contains" checks). */
export function allText(payload: { text?: unknown; blocks?: unknown } | null | undefined): string {
  const parts: string[] = typeof payload?.text === 'string' ? [payload.text] : [];
  for (const block of (payload?.blocks ?? []) as AnyBlock[]) {
    if (block.text?.text) parts.push(block.text.text);
    for (const field of block.fields ?? []) parts.push(field.text);
    for (const element of block.elements ?? []) {
      if (typeof element.text === 'string') parts.push(element.text);
      else if (element.text?.text) parts.push(element.text.text);
    }
  }
  return parts.join('\n');
}

/** Every mrkdwn string of a rendered message (where Slack would parse mentions and links). */
export function mrkdwnTexts(payload: { blocks?: unknown } | null | undefined): string[] {
  const out: string[] = [];
  for (const block of (payload?.blocks ?? []) as (AnyBlock & { text?: { type: string } })[]) {
    if (block.text?.type === 'mrkdwn') out.push(block.text.text);
    for (const field of block.fields ?? []) out.push(field.text);
  }
  return out;
}
