import { DeliveryError, type Messenger, type OutboundMessage, type PlatformAccount } from '@snowball/core';
import type { SnowballMetrics } from './snowball-metrics.js';

/** The reason label of a failed DM: permanent refusals, transient failures (retried), anything else. */
export function dmFailureReason(error: unknown): string {
  if (error instanceof DeliveryError) return error.permanent ? 'permanent' : 'transient';
  return 'unexpected';
}

/** A messenger that counts its failed DMs in `snowball_dm_failures_total`; it sends exactly as the inner one. */
export class MeteredMessenger implements Messenger {
  constructor(
    private readonly inner: Messenger,
    private readonly metrics: Pick<SnowballMetrics, 'dmFailures'>,
  ) {}

  async send(account: PlatformAccount, message: OutboundMessage): Promise<void> {
    try {
      await this.inner.send(account, message);
    } catch (error) {
      this.metrics.dmFailures.inc({ platform: account.platform, reason: dmFailureReason(error) });
      throw error;
    }
  }

  async introduce(accounts: readonly PlatformAccount[], message: OutboundMessage): Promise<boolean> {
    if (!this.inner.introduce) return false;
    try {
      return await this.inner.introduce(accounts, message);
    } catch (error) {
      this.metrics.dmFailures.inc({ platform: accounts[0]?.platform ?? 'unknown', reason: dmFailureReason(error) });
      throw error;
    }
  }
}
