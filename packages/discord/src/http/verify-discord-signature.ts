import { createPublicKey, type KeyObject, verify } from 'node:crypto';

const keys = new Map<string, KeyObject>();

/** The application's public key (64 hex characters, from the Developer Portal) as a node:crypto key. */
function publicKeyObject(publicKeyHex: string): KeyObject {
  const cached = keys.get(publicKeyHex);
  if (cached) return cached;
  if (!/^[0-9a-f]{64}$/i.test(publicKeyHex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters');
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyHex, 'hex').toString('base64url') },
    format: 'jwk',
  });
  keys.set(publicKeyHex, key);
  return key;
}

/**
 * Whether Discord signed this request: an Ed25519 signature (`X-Signature-Ed25519`, hex) over
 * `X-Signature-Timestamp` followed by the raw body, checked with the application's public key.
 */
export function verifyDiscordSignature(input: {
  readonly publicKey: string;
  readonly signature: string | undefined;
  readonly timestamp: string | undefined;
  readonly rawBody: string | Buffer;
}): boolean {
  const { signature, timestamp } = input;
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature)) return false;
  const body = typeof input.rawBody === 'string' ? Buffer.from(input.rawBody, 'utf8') : input.rawBody;
  const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, message, publicKeyObject(input.publicKey), Buffer.from(signature, 'hex'));
}
