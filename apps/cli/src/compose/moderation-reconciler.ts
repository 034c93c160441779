import {
  AUTOMOD_RULE_NAME,
  type AutoModMirror,
  autoModMirrorOf,
  type ChatModerator,
  moderationSettingsOf,
  type Platform,
  type Ports,
  reconcileModerationActions,
  routeChatModerators,
} from '@snowball/core';
import type { Logger } from 'pino';

/** The bots' reconcile loop for automatic moderation's platform actions; `stop()` waits for a pass under way. */
export interface ModerationReconciler {
  /** One pass now (tests, start-up); passes never overlap. */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

/** How often the bots look for moderation actions to retry (the first retry is due 30 s after a failure). */
export const MODERATION_RECONCILE_EVERY_MS = 15_000;
/** The AutoMod rules are checked on the first pass and then every this many passes (5 minutes by default). */
export const AUTOMOD_SYNC_EVERY_PASSES = 20;

/** Keeps snowball's keyword rule in a Discord server's native AutoMod (`DiscordAutoModMirror`). */
export interface AutoModSyncer {
  sync(guildId: string, mirror: AutoModMirror | null, name: string): Promise<string>;
}

/**
 * Runs in the bot process, which holds the platforms' API clients: every `everyMs` it retries the deletes,
 * timeouts, DMs and log entries that failed (or whose process stopped mid-way), with backoff, each taken by one
 * process only; after the last attempt the case is flagged for the moderators.
 */
export function startModerationReconciler(options: {
  readonly ports: Ports;
  readonly moderators: Partial<Record<Platform, ChatModerator>>;
  readonly logger: Logger;
  readonly everyMs?: number;
  /** Discord's AutoMod, mirrored from each club's rules; absent: no mirroring. */
  readonly autoMod?: AutoModSyncer;
}): ModerationReconciler {
  const deps = { ...options.ports, chat: routeChatModerators(options.moderators) };
  const { logger, autoMod } = options;
  // What each server's rule was last made to say (per process): an unchanged rule costs no call.
  const mirrored = new Map<string, string>();
  let passes = 0;
  const syncAutoMod = async () => {
    if (!autoMod) return;
    for (const community of await options.ports.communities.list()) {
      const settings = moderationSettingsOf(community.settings);
      const mirror = autoModMirrorOf(settings, community.settings.defaultLocale);
      for (const workspace of await options.ports.communities.listWorkspaces(community.id)) {
        if (workspace.platform !== 'discord') continue;
        const wanted = JSON.stringify(mirror);
        if (mirrored.get(workspace.workspaceId) === wanted) continue;
        try {
          const done = await autoMod.sync(workspace.workspaceId, mirror, AUTOMOD_RULE_NAME);
          mirrored.set(workspace.workspaceId, wanted);
          if (done !== 'unchanged' && done !== 'absent') {
            logger.info({ guildId: workspace.workspaceId, done }, 'moderation: Discord AutoMod rule synced');
          }
        } catch (err) {
          // Without Manage Server the bot cannot keep AutoMod rules; the bot's own moderation still runs.
          logger.warn({ err, guildId: workspace.workspaceId }, 'moderation: could not sync the Discord AutoMod rule');
        }
      }
    }
  };
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const pass = async () => {
    if (passes % AUTOMOD_SYNC_EVERY_PASSES === 0) {
      await syncAutoMod().catch((err) => logger.error({ err }, 'moderation: AutoMod sync failed'));
    }
    passes += 1;
    try {
      const result = await reconcileModerationActions(deps);
      if (result.tried > 0) logger.info(result, 'moderation: retried platform actions');
      if (result.gaveUp > 0) logger.warn(result, 'moderation: gave up on platform actions; their cases are flagged');
    } catch (err) {
      logger.error({ err }, 'moderation: reconcile pass failed');
    }
  };
  const runOnce = () => {
    running = running.then(pass);
    return running;
  };
  const tick = () => {
    if (!stopped) void runOnce();
  };
  // A first pass at start (AutoMod synced, actions a stopped process left behind retried), then periodically.
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, options.everyMs ?? MODERATION_RECONCILE_EVERY_MS);
  first.unref();
  timer.unref();
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
