import { describe, expect, it } from 'vitest';
import { signOAuthState, verifyOAuthState } from './oauth-state.js';

describe('OAuth state', () => {
  const now = Date.UTC(2026, 0, 1);

  it('carries the community id, signed, until it expires', () => {
    const { state, nonce } = signOAuthState('s3cret', 'community-1', now);
    expect(verifyOAuthState('s3cret', state, now + 60_000)).toEqual({
      communityId: 'community-1',
      nonce,
      expiresAt: now + 600_000,
    });
    expect(verifyOAuthState('s3cret', state, now + 600_001)).toBeNull();
  });

  it('refuses another secret and any change', () => {
    const { state } = signOAuthState('s3cret', 'community-1', now);
    expect(verifyOAuthState('other', state, now)).toBeNull();
    const [payload, mac] = state.split('.');
    const forged = Buffer.from(JSON.stringify({ c: 'community-2', n: 'x', e: now + 1e9 })).toString('base64url');
    expect(verifyOAuthState('s3cret', `${forged}.${mac}`, now)).toBeNull();
    expect(verifyOAuthState('s3cret', `${payload}`, now)).toBeNull();
    expect(verifyOAuthState('s3cret', '', now)).toBeNull();
  });
});
