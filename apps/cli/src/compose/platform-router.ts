import {
  DeliveryError,
  type Messenger,
  type OutboundMessage,
  type Platform,
  type PlatformAccount,
  type RoleSync,
} from '@snowball/core';

/** Sends each account's message through the messenger of its platform; an unconfigured platform is a permanent failure. */
export class PlatformMessenger implements Messenger {
  constructor(private readonly byPlatform: Partial<Record<Platform, Messenger>>) {}
  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    const messenger = this.byPlatform[account.platform];
    if (!messenger) throw new DeliveryError(`${account.platform} is not configured`, true);
    await messenger.send(account, message);
  }
  /** Groups the accounts when they are all on one platform whose messenger can; false otherwise. */
  async introduce(accounts: readonly PlatformAccount[], message: OutboundMessage): Promise<boolean> {
    const platform = accounts[0]?.platform;
    if (!platform || accounts.some((a) => a.platform !== platform)) return false;
    const messenger = this.byPlatform[platform];
    return messenger?.introduce ? messenger.introduce(accounts, message) : false;
  }
}

/** Grants and revokes roles through the platform of each account; unconfigured platforms are skipped. */
export class PlatformRoleSync implements RoleSync {
  constructor(private readonly byPlatform: Partial<Record<Platform, RoleSync>>) {}
  async grant(account: PlatformAccount): Promise<void> {
    await this.byPlatform[account.platform]?.grant(account);
  }
  async revoke(account: PlatformAccount): Promise<void> {
    await this.byPlatform[account.platform]?.revoke(account);
  }
}
