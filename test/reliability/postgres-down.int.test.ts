/**
 * Guarantee: with PostgreSQL down, a member who runs a command on Discord (HTTP interactions) or Slack still
 * gets an answer within the platform's deadline, "temporarily unavailable" in both languages; once the
 * database is back, the same running process answers normally (no restart).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, createDispatcher, type Dispatcher } from '../../packages/commands/src/index.js';
import { createCore, randomIds, systemClock } from '../../packages/core/src/index.js';
import { createTestPorts } from '../../packages/core/src/testing/index.js';
import {
  createDrizzleRepositories,
  type DatabaseHandle,
  isDatabaseUnavailable,
  openDatabase,
  runMigrations,
} from '../../packages/db/src/index.js';
import { createScratchDatabase, type ScratchDatabase } from '../../packages/db/src/testing/index.js';
import { handleDiscordHttpInteraction } from '../../packages/discord/src/index.js';
import { type SlackHarness, startSlackHarness } from '../../packages/slack/src/testing/slack-harness.js';
import { type DiscordJson, discordTextIn, FakeDiscord, slashCommandRequest } from '../../packages/testkit/src/index.js';
import { CuttableTcpProxy } from './support/cuttable-tcp-proxy.js';

const UNAVAILABLE_EN = 'temporarily unavailable';
const UNAVAILABLE_ZH = '服务暂时不可用';
const SLACK_TEAM = 'T0SNOWBALL';

let scratch: ScratchDatabase;
let proxy: CuttableTcpProxy;
let handle: DatabaseHandle;
let dispatcher: Dispatcher;
let discord: FakeDiscord;
let slack: SlackHarness;
const background: Promise<void>[] = [];

beforeAll(async () => {
  const serverUrl = process.env.DATABASE_URL as string;
  scratch = await createScratchDatabase(serverUrl, { prefix: 'snowball_pgdown' });
  const direct = await openDatabase({ url: scratch.url });
  await runMigrations(direct);
  await direct.close();
  const target = new URL(scratch.url);
  proxy = await CuttableTcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
  handle = await openDatabase({ url: proxy.rewrite(scratch.url), connectTimeoutSeconds: 2, statementTimeoutMs: 2_000 });
  const ports = { ...createTestPorts(createDrizzleRepositories(handle.db)), ids: randomIds, clock: systemClock };
  const core = createCore(ports);
  const { community } = await core.createCommunity({
    slug: 'down-club',
    name: 'Down Club',
    owner: { displayName: 'Olivia Owner' },
    settings: { defaultLocale: 'en' },
  });
  discord = await FakeDiscord.start();
  await ports.communities.attachWorkspace(community.id, 'discord', discord.guild.id);
  await ports.communities.attachWorkspace(community.id, 'slack', SLACK_TEAM);
  dispatcher = createDispatcher({ core, commands: catalogue, isUnavailable: isDatabaseUnavailable });
  slack = await startSlackHarness({ wrapDispatcher: () => dispatcher });
});

afterAll(async () => {
  await Promise.allSettled(background);
  await slack?.close();
  await discord?.close();
  await handle?.close();
  await proxy?.close();
  await scratch?.drop();
});

async function discordAnswer(userName: string): Promise<string> {
  const user = discord.newUser(userName);
  const result = await discord.deliverHttpInteraction({ kind: 'command', user, name: 'me' }, (request) =>
    handleDiscordHttpInteraction({
      publicKey: discord.publicKey,
      rawBody: request.rawBody,
      headers: request.headers,
      dispatcher,
      apiUrl: discord.url,
      waitUntil: (work) => background.push(work),
    }),
  );
  expect(result.status).toBe(200);
  const body = result.body as DiscordJson;
  // A message (4) or a deferral (5) is what Discord accepts as the first response within its deadline.
  expect([4, 5]).toContain(Number(body.type));
  if (Number(body.type) === 4) return discordTextIn(body);
  const edit = await discord.waitForCall('webhookMessageEdit', (c) => c.params.token === result.interaction.token);
  return discordTextIn(edit.body);
}

async function slackAnswer(userId: string): Promise<string> {
  const responseId = `pgdown-${userId}`;
  const response = await slack.post(
    slashCommandRequest({
      command: '/me',
      teamId: SLACK_TEAM,
      userId,
      responseUrl: slack.fake.responseUrl(responseId),
    }),
  );
  // The ack is the HTTP answer Slack waits 3 s for: a 200 always, with the reply in it or through response_url.
  expect(response.status).toBe(200);
  if (response.text) return response.text;
  const delivered = await slack.fake.waitForResponse(responseId, 10_000);
  return JSON.stringify(delivered.body);
}

describe('PostgreSQL down: bots answer "temporarily unavailable" in both languages and recover', () => {
  it('answers normally while the database is up', async () => {
    const text = await discordAnswer('before');
    expect(text).not.toContain(UNAVAILABLE_EN);
    expect(await slackAnswer('U0BEFORE')).not.toContain(UNAVAILABLE_EN);
  });

  it('with the database refusing connections: bilingual unavailable on Discord and Slack', async () => {
    await proxy.refuse();
    const discordText = await discordAnswer('during');
    expect(discordText).toContain(UNAVAILABLE_EN);
    expect(discordText).toContain(UNAVAILABLE_ZH);
    const slackText = await slackAnswer('U0DURING');
    expect(slackText).toContain(UNAVAILABLE_EN);
    expect(slackText).toContain(UNAVAILABLE_ZH);
  });

  it('with the network to the database hanging: still answered (after a deferral), bilingual', async () => {
    await proxy.restore();
    proxy.blackhole();
    const discordText = await discordAnswer('hung');
    expect(discordText).toContain(UNAVAILABLE_EN);
    expect(discordText).toContain(UNAVAILABLE_ZH);
    const slackText = await slackAnswer('U0HUNG');
    expect(slackText).toContain(UNAVAILABLE_ZH);
  });

  it('recovers without a restart once the database is back', async () => {
    await proxy.restore();
    let text = '';
    // postgres-js reconnects on the next query; the first one may still meet a connection being torn down.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      text = await discordAnswer(`after-${attempt}`);
      if (!text.includes(UNAVAILABLE_EN)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(text).not.toContain(UNAVAILABLE_EN);
    expect(await slackAnswer('U0AFTER')).not.toContain(UNAVAILABLE_EN);
  });
});
