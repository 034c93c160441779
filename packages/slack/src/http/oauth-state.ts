import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What the OAuth `state` carries through Slack's authorize page and back. */
export interface OAuthState {
  readonly communityId: string;
  /** Also set as a cookie, so the redirect must come back to the browser that started the install. */
  readonly nonce: string;
  readonly expiresAt: number;
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A signed, expiring state: `base64url(json).base64url(hmac)` with `SLACK_STATE_SECRET`. */
export function signOAuthState(
  secret: string,
  communityId: string,
  now: number,
  ttlMs = 10 * 60_000,
): {
  readonly state: string;
  readonly nonce: string;
} {
  const nonce = randomBytes(16).toString('base64url');
  const payload = Buffer.from(JSON.stringify({ c: communityId, n: nonce, e: now + ttlMs })).toString('base64url');
  return { state: `${payload}.${mac(secret, payload)}`, nonce };
}

/** The state's content when the signature matches and it has not expired; null otherwise. */
export function verifyOAuthState(secret: string, state: string, now: number): OAuthState | null {
  const [payload, signature] = state.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      c?: unknown;
      n?: unknown;
      e?: unknown;
    };
    if (typeof data.c !== 'string' || typeof data.n !== 'string' || typeof data.e !== 'number') return null;
    if (data.e < now) return null;
    return { communityId: data.c, nonce: data.n, expiresAt: data.e };
  } catch {
    return null;
  }
}
