import type { PlatformAccount } from '../domain/member.js';
import { DeliveryError, type Messenger, type OutboundMessage, type RoleSync } from '../ports/messenger.js';

/** A messenger that keeps what it sent; `failNext` makes sends fail to test retries. */
export class RecordingMessenger implements Messenger {
  readonly sent: { account: PlatformAccount; message: OutboundMessage }[] = [];
  private failures: DeliveryError[] = [];
  failNext(error: DeliveryError = new DeliveryError('temporary failure', false)): void {
    this.failures.push(error);
  }
  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push({ account, message });
  }
}

/** Keeps the set of accounts that hold the member role. */
export class RecordingRoleSync implements RoleSync {
  readonly holders = new Set<string>();
  readonly calls: { op: 'grant' | 'revoke'; account: PlatformAccount }[] = [];
  private static key(a: PlatformAccount): string {
    return `${a.platform}:${a.workspaceId}:${a.platformUserId}`;
  }
  has(account: Pick<PlatformAccount, 'platform' | 'workspaceId' | 'platformUserId'>): boolean {
    return this.holders.has(`${account.platform}:${account.workspaceId}:${account.platformUserId}`);
  }
  async grant(account: PlatformAccount): Promise<void> {
    this.calls.push({ op: 'grant', account });
    this.holders.add(RecordingRoleSync.key(account));
  }
  async revoke(account: PlatformAccount): Promise<void> {
    this.calls.push({ op: 'revoke', account });
    this.holders.delete(RecordingRoleSync.key(account));
  }
}

/** Fails every send with a DeliveryError; for paths where no platform is configured. */
export const unreachableMessenger: Messenger = {
  async send() {
    throw new DeliveryError('no messenger configured', false);
  },
};
