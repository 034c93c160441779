import type { SlackClients } from '../ports/slack-clients.js';
import type { SlackInstallations } from './slack-installations.js';

/** The bot of one workspace: the token to call the Web API with, and who the bot is (to ignore its own posts). */
export interface SlackBot {
  readonly teamId: string;
  readonly token: string;
  readonly botUserId: string | null;
  readonly botId: string | null;
}

/** Finds the bot token of a team: one configured token, or the installation store. */
export interface SlackBotSource {
  /** Null when the app is not installed in that team. */
  botFor(teamId: string): Promise<SlackBot | null>;
  /** Drops anything cached for the team (after an uninstall or a reinstall). */
  forget(teamId: string): void;
}

/**
 * Single-workspace mode (`SLACK_BOT_TOKEN`): the token's own team, learnt from `auth.test` on first use.
 * Requests from any other team are refused.
 */
export function singleWorkspaceBots(token: string, clients: SlackClients): SlackBotSource {
  let identity: Promise<SlackBot> | null = null;
  const load = async (): Promise<SlackBot> => {
    const result = await clients.clientFor(token).auth.test();
    if (!result.team_id) throw new Error('auth.test returned no team id for SLACK_BOT_TOKEN');
    return { teamId: result.team_id, token, botUserId: result.user_id ?? null, botId: result.bot_id ?? null };
  };
  return {
    async botFor(teamId) {
      identity ??= load().catch((error: unknown) => {
        identity = null;
        throw error;
      });
      const bot = await identity;
      return bot.teamId === teamId ? bot : null;
    },
    forget() {},
  };
}

/** Multi-workspace mode: bots from the installation store, cached briefly so events do not each hit the database. */
export function installedBots(installations: SlackInstallations, options: { ttlMs?: number } = {}): SlackBotSource {
  const ttlMs = options.ttlMs ?? 60_000;
  const cache = new Map<string, { bot: SlackBot | null; until: number }>();
  return {
    async botFor(teamId) {
      const hit = cache.get(teamId);
      if (hit && hit.until > Date.now()) return hit.bot;
      const installation = await installations.find(teamId);
      const bot = installation
        ? { teamId, token: installation.botToken, botUserId: installation.botUserId, botId: installation.botId }
        : null;
      cache.set(teamId, { bot, until: Date.now() + (bot ? ttlMs : Math.min(ttlMs, 5_000)) });
      return bot;
    },
    forget(teamId) {
      cache.delete(teamId);
    },
  };
}
