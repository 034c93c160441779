import type { ApiServerDeps } from '@snowball/admin-api';
import type { Messenger, Platform, RoleSync } from '@snowball/core';
import type { Logger } from 'pino';
import type { Config } from '../config.js';

type FastifyInstance = Parameters<NonNullable<ApiServerDeps['mount']>>[0];

import type { System } from './open-system.js';

export interface Platforms {
  readonly messengers: Partial<Record<Platform, Messenger>>;
  readonly roleSyncs: Partial<Record<Platform, RoleSync>>;
  /** Connects what needs the core (bots) once the system is open. */
  attach(system: System): Promise<void>;
  /** Adds the platform webhooks to the API server. */
  mount(app: FastifyInstance, system: System): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the Discord and Slack pieces that the configuration enables. */
export async function startPlatforms(_config: Config, _options: { bot: boolean; logger: Logger }): Promise<Platforms> {
  return {
    messengers: {},
    roleSyncs: {},
    async attach() {},
    async mount() {},
    async stop() {},
  };
}
