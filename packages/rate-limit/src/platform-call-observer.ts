/**
 * Told about every API call a platform adapter made and how it ended (HTTP status, or `error` for a network
 * failure), so metrics can count calls and 429s per platform without the adapters knowing Prometheus.
 */
export interface PlatformCallObserver {
  called(platform: string, status: number | 'error'): void;
}

export const silentCallObserver: PlatformCallObserver = { called() {} };
