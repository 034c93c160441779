import { createHash } from 'node:crypto';
import type { CallRule } from '@snowball/rate-limit';

/**
 * Slack's Web API tiers: calls per minute per method per workspace, and the short burst each tolerates
 * (https://docs.slack.dev/apis/web-api/rate-limits). We pace at the documented rate; Slack answers 429 with
 * `Retry-After` beyond it, which `withRateLimitRetry` waits out.
 */
export const SLACK_TIERS = {
  tier1: { perMinute: 1, burst: 1 },
  tier2: { perMinute: 20, burst: 3 },
  tier3: { perMinute: 50, burst: 5 },
  tier4: { perMinute: 100, burst: 10 },
} as const;

export type SlackTier = keyof typeof SLACK_TIERS;

/** The tier of each method our ports call; anything else is paced as Tier 3. */
export const SLACK_METHOD_TIERS: Readonly<Record<string, SlackTier>> = {
  'auth.test': 'tier4',
  'chat.delete': 'tier3',
  'conversations.open': 'tier3',
  'conversations.invite': 'tier3',
  'conversations.kick': 'tier3',
  'conversations.members': 'tier4',
  'conversations.info': 'tier3',
  'conversations.list': 'tier2',
  'users.info': 'tier4',
  'users.lookupByEmail': 'tier3',
  'team.info': 'tier3',
  'views.publish': 'tier4',
};

/**
 * `chat.postMessage` has its own rule: about one message per second per channel, and "several hundred per
 * minute" per workspace (we take 300).
 */
export const SLACK_POST_PER_CHANNEL_PER_SECOND = 1;
export const SLACK_POST_PER_WORKSPACE_PER_MINUTE = 300;

/** A stable, non-secret name for a bot token's workspace in limiter keys. */
export function slackTokenKey(token: string | undefined): string {
  return createHash('sha256')
    .update(token ?? '')
    .digest('hex')
    .slice(0, 16);
}

/** The paces one Web API call must take a slot of, in order. */
export function slackCallRules(tokenKey: string, method: string, options: Record<string, unknown> = {}): CallRule[] {
  if (method === 'chat.postMessage') {
    const rules: CallRule[] = [
      {
        key: `slack:${tokenKey}:chat.postMessage`,
        limit: SLACK_POST_PER_WORKSPACE_PER_MINUTE,
        periodMs: 60_000,
        burst: 10,
      },
    ];
    if (typeof options.channel === 'string') {
      rules.push({
        key: `slack:${tokenKey}:chat.postMessage:${options.channel}`,
        limit: SLACK_POST_PER_CHANNEL_PER_SECOND,
        periodMs: 1000,
      });
    }
    return rules;
  }
  const tier = SLACK_TIERS[SLACK_METHOD_TIERS[method] ?? 'tier3'];
  return [{ key: `slack:${tokenKey}:${method}`, limit: tier.perMinute, periodMs: 60_000, burst: tier.burst }];
}
