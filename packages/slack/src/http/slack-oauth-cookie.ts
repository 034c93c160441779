/** The cookie binding an install to the browser that started it. */
export const OAUTH_COOKIE = 'snowball_slack_oauth';

/** The `Set-Cookie` value carrying the state nonce (Max-Age 0 clears it). */
export function oauthCookie(nonce: string, secure: boolean, maxAgeSeconds = 600): string {
  return `${OAUTH_COOKIE}=${nonce}; Path=/slack; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** One cookie's value from a `Cookie` header, or null. */
export function readCookie(cookieHeader: string | undefined, name: string): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
