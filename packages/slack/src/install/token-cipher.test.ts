import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InMemorySlackInstallationStore } from './memory-slack-installation.store.js';
import { SlackInstallations } from './slack-installations.js';
import { createTokenCipher } from './token-cipher.js';

const key = randomBytes(32).toString('base64');
const token = 'xoxb-1234-5678-secretsecretsecret';

describe('createTokenCipher', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const cipher = createTokenCipher(key);
    const a = cipher.encrypt(token, 'T1');
    const b = cipher.encrypt(token, 'T1');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\./);
    expect(a).not.toContain('secret');
    expect(cipher.decrypt(a, 'T1')).toBe(token);
  });

  it('refuses altered ciphertext, another team and another key', () => {
    const cipher = createTokenCipher(key);
    const sealed = cipher.encrypt(token, 'T1');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] as string, 'base64url');
    body[0] = (body[0] as number) ^ 1;
    const altered = [...parts.slice(0, 3), body.toString('base64url')].join('.');
    expect(() => cipher.decrypt(altered, 'T1')).toThrow();
    expect(() => cipher.decrypt(sealed, 'T2')).toThrow();
    expect(() => createTokenCipher(randomBytes(32).toString('base64')).decrypt(sealed, 'T1')).toThrow();
  });

  it('needs a 32-byte key', () => {
    expect(() => createTokenCipher(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('SlackInstallations', () => {
  it('stores the bot token only encrypted and gives it back decrypted', async () => {
    const store = new InMemorySlackInstallationStore();
    const installations = new SlackInstallations(store, createTokenCipher(key));
    await installations.save({
      teamId: 'T1',
      teamName: 'Club',
      enterpriseId: null,
      communityId: 'c1',
      appId: 'A1',
      botUserId: 'UB',
      botId: 'BB',
      botToken: token,
      scopes: ['commands', 'chat:write'],
      installedBy: 'U1',
      installedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(store.dump()).not.toContain(token);
    expect(store.dump()).not.toContain('secretsecret');
    expect((await store.find('T1'))?.botTokenCiphertext).toMatch(/^v1\./);
    expect(await installations.find('T1')).toMatchObject({ teamId: 'T1', communityId: 'c1', botToken: token });
    await installations.delete('T1');
    expect(await installations.find('T1')).toBeNull();
  });
});
