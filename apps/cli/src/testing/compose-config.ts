import { createScratchDatabase } from '@snowball/db/testing';
import type { FakeDiscord, FakeFeishu, FakeSlackApi } from '@snowball/testkit';
import { type Config, loadConfig } from '../config.js';

/**
 * The configuration of a composition on a new scratch database named `<name>_…` (dropped by `cleanups`) and the
 * test's Redis under the queue prefix `<name><now>`, with `env` (see the fakes' env below) on top.
 */
export async function scratchComposeConfig(
  name: string,
  env: Record<string, string | undefined>,
  cleanups: (() => Promise<unknown>)[],
): Promise<{ readonly config: Config; readonly queuePrefix: string }> {
  const scratch = await createScratchDatabase(process.env.DATABASE_URL as string, { prefix: name });
  cleanups.push(() => scratch.drop());
  const queuePrefix = `${name}${Date.now()}`;
  const config = loadConfig({
    DATABASE_URL: scratch.url,
    REDIS_URL: process.env.REDIS_URL,
    SNOWBALL_QUEUE_PREFIX: queuePrefix,
    ...env,
  });
  return { config, queuePrefix };
}

/** The bot's settings for the fake Discord; with `guildIds`, the guilds it serves from the start. */
export function fakeDiscordEnv(discord: FakeDiscord, guildIds?: string): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.url,
    ...(guildIds === undefined ? {} : { DISCORD_GUILD_IDS: guildIds }),
  };
}

/** The Slack app's settings for the fake Slack's default workspace, signing with `signingSecret`. */
export function fakeSlackEnv(slack: FakeSlackApi, signingSecret: string): Record<string, string> {
  return {
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_BOT_TOKEN: slack.defaultWorkspace.botToken,
    SLACK_API_URL: slack.apiUrl,
  };
}

/** The Feishu app's settings for the fake Feishu. */
export function fakeFeishuEnv(feishu: FakeFeishu): Record<string, string> {
  return {
    FEISHU_APP_ID: feishu.appId,
    FEISHU_APP_SECRET: feishu.appSecret,
    FEISHU_ENCRYPT_KEY: feishu.encryptKey,
    FEISHU_VERIFICATION_TOKEN: feishu.verificationToken,
    FEISHU_API_URL: feishu.url,
  };
}
