/** Makes ids and secrets, as a port so tests are repeatable. */
export interface Ids {
  /** A new unique id (UUID). */
  id(): string;
  /** A short human-typable one-time code. */
  code(): string;
  /** A long unguessable token for links and sessions. */
  token(): string;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomString(length: number, alphabet: string): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** Production ids: random UUIDs, 8-character codes without look-alike letters, 256-bit tokens. */
export const randomIds: Ids = {
  id: () => globalThis.crypto.randomUUID(),
  code: () => randomString(8, CODE_ALPHABET),
  token: () => randomString(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
};
