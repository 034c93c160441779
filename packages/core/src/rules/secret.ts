import { createHash, timingSafeEqual } from 'node:crypto';

/** The SHA-256 (hex) of a secret token: what is stored instead of the token itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two secrets in constant time, so a wrong guess reveals nothing about the right one. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(hashSecret(a), 'hex');
  const y = Buffer.from(hashSecret(b), 'hex');
  return timingSafeEqual(x, y);
}
