import {
  type AccessRoster,
  DeliveryError,
  type Messenger,
  type OutboundMessage,
  type Platform,
  type PlatformAccount,
  type RoleFailureReason,
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

/** Lists each workspace's roster through the roster of its platform; a platform without one is not checked. */
export class PlatformAccessRoster implements AccessRoster {
  constructor(private readonly byPlatform: Partial<Record<Platform, AccessRoster>>) {}
  async roster(platform: Platform, workspaceId: string) {
    return (await this.byPlatform[platform]?.roster(platform, workspaceId)) ?? null;
  }
  failureReason(platform: Platform, error: unknown): RoleFailureReason {
    return this.byPlatform[platform]?.failureReason(platform, error) ?? 'other';
  }
}
