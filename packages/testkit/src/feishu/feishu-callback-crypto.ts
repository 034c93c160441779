import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Encrypts an event body as Feishu does with the app's Encrypt Key: AES-256-CBC, key = SHA-256(encrypt key),
 * a random IV prepended to the ciphertext, all base64. The SDK's `AESCipher` decrypts it.
 */
export function encryptFeishuBody(encryptKey: string, plaintext: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

/** `X-Lark-Signature`: hex SHA-256 of timestamp + nonce + encrypt key + the raw body. */
export function feishuSignature(timestamp: string, nonce: string, encryptKey: string, rawBody: string): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey + rawBody)
    .digest('hex');
}
