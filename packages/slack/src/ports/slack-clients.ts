import { webApi } from '@slack/bolt';
import type { CallLimiter, PlatformCallObserver } from '@snowball/rate-limit';
import { boltLogger, type SlackLogger, silentLogger } from '../config/slack-logger.js';
import { slackCallRules, slackTokenKey } from './slack-call-pace.js';

/** Slack's Web API client (the one Bolt uses). */
export type SlackWebClient = webApi.WebClient;

/**
 * Web API clients for the ports (messenger, role sync), one per bot token. They never retry on their
 * own: a retried `chat.postMessage` after a timeout could post twice, so rate limits are retried by
 * `withRateLimitRetry`, which knows Slack did not act. With a `limiter`, every call first takes a slot of
 * its method's tier for the token's workspace (shared across processes when the limiter is Redis-backed).
 */
export class SlackClients {
  private readonly clients = new Map<string, SlackWebClient>();

  constructor(
    private readonly options: {
      readonly apiUrl?: string;
      readonly logger?: SlackLogger;
      readonly limiter?: CallLimiter;
      readonly observer?: PlatformCallObserver;
    } = {},
  ) {}

  clientFor(token?: string): SlackWebClient {
    const key = token ?? '';
    let client = this.clients.get(key);
    if (!client) {
      client = new PacedWebClient(
        token,
        {
          ...(this.options.apiUrl ? { slackApiUrl: this.options.apiUrl } : {}),
          retryConfig: { retries: 0 },
          rejectRateLimitedCalls: true,
          timeout: 10_000,
          logger: boltLogger(this.options.logger ?? silentLogger),
        },
        { tokenKey: slackTokenKey(token), limiter: this.options.limiter, observer: this.options.observer },
      );
      this.clients.set(key, client);
    }
    return client;
  }
}

/**
 * A WebClient whose every call is paced and counted. Its helpers (`chat.postMessage`...) bind `apiCall` when
 * the client is built, so the pacing lives in an override of `apiCall`, not in a wrapper set afterwards.
 */
class PacedWebClient extends webApi.WebClient {
  constructor(
    token: string | undefined,
    options: webApi.WebClientOptions,
    private readonly pace: {
      readonly tokenKey: string;
      readonly limiter?: CallLimiter | undefined;
      readonly observer?: PlatformCallObserver | undefined;
    },
  ) {
    super(token, options);
  }

  override async apiCall(method: string, options?: Record<string, unknown>): Promise<webApi.WebAPICallResult> {
    if (this.pace.limiter) {
      for (const rule of slackCallRules(this.pace.tokenKey, method, options)) await this.pace.limiter.acquire(rule);
    }
    try {
      const result = await super.apiCall(method, options);
      this.pace.observer?.called('slack', 200);
      return result;
    } catch (error) {
      const code = (error as { code?: string }).code;
      this.pace.observer?.called(
        'slack',
        code === webApi.ErrorCode.RateLimitedError ? 429 : code === webApi.ErrorCode.PlatformError ? 200 : 'error',
      );
      throw error;
    }
  }
}
