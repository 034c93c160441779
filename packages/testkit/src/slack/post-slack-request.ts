import { signSlackRequest } from './sign-slack-request.js';
import type { SlackRequestFixture } from './slack-fixture.js';

/** How to sign (or mis-sign) a request. */
export interface PostSlackRequestOptions {
  readonly secret: string;
  /** Seconds; an old value makes the request stale. */
  readonly timestamp?: number;
  /** Replaces the computed signature (a forged request). */
  readonly signature?: string;
  /** Leaves the signature headers out. */
  readonly unsigned?: boolean;
  readonly retryNum?: number;
  readonly retryReason?: string;
}

/** What the app answered, and how long it took. */
export interface SlackRequestResult {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, or null when it is empty or not JSON. */
  readonly json: Record<string, unknown> | null;
  readonly elapsedMs: number;
}

/** Signs a fixture and POSTs it to an app's Slack endpoint, as Slack would. */
export async function postSlackRequest(
  url: string,
  fixture: SlackRequestFixture,
  options: PostSlackRequestOptions,
): Promise<SlackRequestResult> {
  const headers: Record<string, string> = { 'content-type': fixture.contentType };
  if (!options.unsigned) {
    const signed = signSlackRequest(options.secret, fixture.body, options.timestamp);
    headers['x-slack-request-timestamp'] = signed['x-slack-request-timestamp'];
    headers['x-slack-signature'] = options.signature ?? signed['x-slack-signature'];
  }
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
  }
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body: fixture.body });
  const text = await response.text();
  const elapsedMs = performance.now() - started;
  let json: Record<string, unknown> | null = null;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json, elapsedMs };
}
