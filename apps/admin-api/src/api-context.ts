import type { Core } from '@snowball/core';

/** What the admin API was built with; reachable from any route as `request.server.snowball`. */
export interface ApiContext {
  readonly core: Core;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  readonly sessionCookie: string;
  /** The Slack OAuth install page, or null when Slack is not installed by OAuth. */
  readonly slackInstallUrl: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    snowball: ApiContext;
  }
}
