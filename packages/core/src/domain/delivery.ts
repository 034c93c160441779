export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/**
 * A message a member sees (reminder, intro, answer), recorded under a unique key before it is sent,
 * so a retried job never sends it twice. A permanent failure (the member blocks DMs) is kept for staff.
 */
export interface Delivery {
  readonly key: string;
  readonly communityId: string;
  /** Null for a message to an applicant who is not a member yet. */
  readonly memberId: string | null;
  readonly kind: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly error: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
}
