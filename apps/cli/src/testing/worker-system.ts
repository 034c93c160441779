import { pino } from 'pino';
import { openSystem, type System } from '../compose/open-system.js';
import { startPlatforms } from '../compose/start-platforms.js';
import type { Config } from '../config.js';

/**
 * The system the worker role opens (`startPlatforms` without the bots → `openSystem` with the platforms'
 * messengers, role syncs and channel publishers), silent; `cleanups` stops both.
 */
export async function openWorkerSystem(config: Config, cleanups: (() => Promise<unknown>)[]): Promise<System> {
  const platforms = await startPlatforms(config, { bot: false, logger: pino({ level: 'silent' }) });
  cleanups.push(() => platforms.stop());
  const system = await openSystem(config, {
    messengers: platforms.messengers,
    roleSyncs: platforms.roleSyncs,
    channelPublishers: platforms.channelPublishers,
  });
  cleanups.push(() => system.close());
  return system;
}
