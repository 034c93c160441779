import { createHmac } from 'node:crypto';

/** The two headers Slack signs every request with. */
export type SlackSignatureHeaders = {
  readonly 'x-slack-signature': string;
  readonly 'x-slack-request-timestamp': string;
};

/**
 * Signs a raw request body the way Slack does: `v0=hex(HMAC-SHA256(secret, 'v0:' + ts + ':' + body))`.
 * `timestamp` is in seconds and defaults to now; pass an old one to build a stale request.
 */
export function signSlackRequest(
  secret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): SlackSignatureHeaders {
  const hash = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${hash}`, 'x-slack-request-timestamp': String(timestamp) };
}
