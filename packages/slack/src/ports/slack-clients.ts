import { webApi } from '@slack/bolt';
import { boltLogger, type SlackLogger, silentLogger } from '../app/slack-logger.js';

/** Slack's Web API client (the one Bolt uses). */
export type SlackWebClient = webApi.WebClient;

/**
 * Web API clients for the ports (messenger, role sync), one per bot token. They never retry on their
 * own: a retried `chat.postMessage` after a timeout could post twice, so rate limits are retried by
 * `withRateLimitRetry`, which knows Slack did not act.
 */
export class SlackClients {
  private readonly clients = new Map<string, SlackWebClient>();

  constructor(private readonly options: { readonly apiUrl?: string; readonly logger?: SlackLogger } = {}) {}

  clientFor(token?: string): SlackWebClient {
    const key = token ?? '';
    let client = this.clients.get(key);
    if (!client) {
      client = new webApi.WebClient(token, {
        ...(this.options.apiUrl ? { slackApiUrl: this.options.apiUrl } : {}),
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 10_000,
        logger: boltLogger(this.options.logger ?? silentLogger),
      });
      this.clients.set(key, client);
    }
    return client;
  }
}
