import type { SlackInstallationStore, StoredSlackInstallation } from './slack-installation.store.js';
import type { TokenCipher } from './token-cipher.js';

/** An installation with its bot token in the clear, for use in memory only. */
export interface SlackInstallation extends Omit<StoredSlackInstallation, 'botTokenCiphertext'> {
  readonly botToken: string;
}

/** Installations over a store, encrypting bot tokens on the way in and decrypting on the way out. */
export class SlackInstallations {
  constructor(
    private readonly store: SlackInstallationStore,
    private readonly cipher: TokenCipher,
  ) {}

  async save(installation: SlackInstallation): Promise<void> {
    const { botToken, ...rest } = installation;
    await this.store.save({ ...rest, botTokenCiphertext: this.cipher.encrypt(botToken, installation.teamId) });
  }

  async find(teamId: string): Promise<SlackInstallation | null> {
    const row = await this.store.find(teamId);
    if (!row) return null;
    const { botTokenCiphertext, ...rest } = row;
    return { ...rest, botToken: this.cipher.decrypt(botTokenCiphertext, row.teamId) };
  }

  delete(teamId: string): Promise<void> {
    return this.store.delete(teamId);
  }
}
