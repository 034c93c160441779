import { z } from 'zod';
import { count, dateTime, uuid } from './common.contract.js';

/** A member's pending erasure (null: none), shown on the member page. */
export const erasureStatus = z
  .object({
    requestId: uuid,
    status: z.enum(['pending', 'done', 'cancelled']),
    dueAt: dateTime.describe('When the erasure runs (the club’s cooling-off after the request).'),
  })
  .nullable();

/** Staff ran `/privacy export` for a member: the single-use link went to the member by DM, not to staff. */
export const exportSent = z.object({
  expiresAt: dateTime,
  delivered: count.describe('Platform accounts the link reached (0: the member has none reachable).'),
  status: z.enum(['sent', 'already_sent', 'failed', 'skipped']),
});

export const privacyState = z.object({
  erasure: erasureStatus,
  coolingOffHours: count,
});
