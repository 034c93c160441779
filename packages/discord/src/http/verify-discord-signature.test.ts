import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyDiscordSignature } from './verify-discord-signature.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url').toString('hex');
const body = '{"type":1}';
const timestamp = '1767225600';
const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');

describe('verifyDiscordSignature', () => {
  it('accepts what the key signed, as a string or as bytes', () => {
    expect(verifyDiscordSignature({ publicKey: publicKeyHex, signature, timestamp, rawBody: body })).toBe(true);
    expect(verifyDiscordSignature({ publicKey: publicKeyHex, signature, timestamp, rawBody: Buffer.from(body) })).toBe(
      true,
    );
  });

  it('refuses a changed body, another timestamp, a missing or malformed signature, another key', () => {
    const other = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x;
    const otherHex = Buffer.from(String(other), 'base64url').toString('hex');
    const check = (over: Partial<Parameters<typeof verifyDiscordSignature>[0]>) =>
      verifyDiscordSignature({ publicKey: publicKeyHex, signature, timestamp, rawBody: body, ...over });
    expect(check({ rawBody: '{"type":2}' })).toBe(false);
    expect(check({ timestamp: '1767225601' })).toBe(false);
    expect(check({ signature: undefined })).toBe(false);
    expect(check({ timestamp: undefined })).toBe(false);
    expect(check({ signature: 'zz' })).toBe(false);
    expect(check({ publicKey: otherHex })).toBe(false);
  });

  it('rejects a public key that is not 64 hex characters as a configuration error', () => {
    expect(() => verifyDiscordSignature({ publicKey: 'abc', signature, timestamp, rawBody: body })).toThrow(
      /64 hex characters/,
    );
  });
});
