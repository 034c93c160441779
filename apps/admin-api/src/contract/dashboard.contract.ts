import { z } from 'zod';
import { count, dateTime, uuid, type Wire } from './common.contract.js';

export const dashboard = z.object({
  at: dateTime,
  members: z.object({ active: count, expiring: count, grace: count, lapsed: count, none: count }),
  applications: z.object({ pending: count, infoRequested: count }),
  renewalsDue: z.object({
    total: count,
    next: z.array(z.object({ memberId: uuid, displayName: z.string(), endsAt: dateTime })),
  }),
  vitality: z.object({ contributors: count, members: count, ratio: z.number().nullable() }),
  questions: z.object({ open: count, claimed: count }),
  introductions: z
    .object({
      year: z.number().int(),
      made: count,
      declined: count,
      proposed: count,
      acceptanceRate: z.number().nullable().describe('made / (made + declined); null before any.'),
    })
    .describe('Introductions this year: made (both accepted), declined, still proposed.'),
  deals: z.object({
    year: z.number().int(),
    count,
    totals: z.array(z.object({ currency: z.string(), amountMinor: z.number().int(), count })),
  }),
});

export type Dashboard = Wire<z.output<typeof dashboard>>;
