import type { NotifyResult } from './notify-member.js';

/** How a fan-out of notifyMember calls went; `retry`: left pending by a temporary error, sent on the next run. */
export interface FanOutSummary {
  readonly sent: number;
  readonly alreadySent: number;
  readonly failed: number;
  readonly retry: number;
}

/** Counts the results of a fan-out; `'retry'` stands for a call that threw a temporary error. */
export function summarize(results: readonly (NotifyResult | 'retry')[]): FanOutSummary {
  const count = (status: string) => results.filter((r) => (r === 'retry' ? 'retry' : r.status) === status).length;
  return { sent: count('sent'), alreadySent: count('already_sent'), failed: count('failed'), retry: count('retry') };
}
