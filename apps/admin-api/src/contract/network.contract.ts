import { z } from 'zod';
import {
  afterQuery,
  count,
  dateTime,
  keysetPage,
  memberRef,
  page,
  pagedQuery,
  queryInt,
  uuid,
  type Wire,
} from './common.contract.js';

// Introductions from the matching rounds, the deals that followed, and the supplier directory.

export const introStatus = z.enum(['proposed', 'introduced', 'declined', 'expired']);
const answer = z.enum(['pending', 'accepted', 'declined', 'snoozed']);

export const introduction = z.object({
  id: uuid,
  memberA: memberRef.nullable(),
  memberB: memberRef.nullable(),
  answerA: answer,
  answerB: answer,
  status: introStatus,
  score: z.number(),
  reason: z.string().describe('Why they were matched, in the request’s language.'),
  introducedAt: dateTime.nullable(),
  createdAt: dateTime,
  memberProposed: z.boolean().describe('A member asked for it (`/intros propose`) rather than a matching round.'),
  met: z.boolean().describe('Both members said they met (for a group: on all three pairs).'),
  group: z
    .object({
      groupId: uuid,
      status: introStatus.describe('The group’s state: its three pairs are answered, made and closed together.'),
      members: z
        .array(z.object({ member: memberRef.nullable(), answer }))
        .describe('The three members (null when gone) with each one’s answer.'),
    })
    .nullable()
    .describe(
      'Set on a group introduction of three, listed once: `memberA`/`memberB` are one of its pairs; `deals` are the whole group’s.',
    ),
  deals: z.array(
    z.object({
      id: uuid,
      amountMinor: z.number().int(),
      currency: z.string(),
      note: z.string(),
      confirmedByCounterpart: z.boolean(),
      closedAt: dateTime,
    }),
  ),
});

export const introductionsQuery = pagedQuery({ status: introStatus.optional(), ...afterQuery });

export const introFunnelQuery = z.object({ months: queryInt(1, 36).default(12) });

/** One month of introductions (by when they were suggested, in the club's timezone) and how far they got. */
export const introFunnelMonth = z.object({
  month: z.string().describe('`YYYY-MM`.'),
  suggested: count.describe('Introductions suggested; a group introduction of three counts once at every stage.'),
  accepted: count.describe('Both accepted (a group of three: all three).'),
  met: count.describe('Both said they met, or a deal came of it (a group of three: any two of them).'),
  deals: count.describe('Introductions with at least one deal (a group of three: between any two of them).'),
  value: z.array(z.object({ currency: z.string(), amountMinor: z.number().int() })),
});

export const introFunnel = z.object({ timezone: z.string(), months: z.array(introFunnelMonth) });

/** Staff propose a group introduction of three: each of the three is asked, and introduced once all three accept. */
export const introGroupBody = z.object({
  memberIds: z.array(uuid).length(3).describe('The three members, the one whose need the two others meet first.'),
  reason: z.string().min(1).max(500).describe('Why they should meet; shown to the three as it is written.'),
});

export const introGroupCreated = z.object({
  groupId: uuid,
  introductionIds: z.array(uuid).describe('The three pair introductions of the group.'),
});
export const introductionPage = keysetPage(introduction);

const total = {
  currency: z.string(),
  amountMinor: z.number().int(),
  count,
  confirmedAmountMinor: z.number().int(),
  confirmedCount: count,
};

export const deal = z.object({
  id: uuid,
  introductionId: z.string().nullable().describe('The introduction the deal came from.'),
  recordedBy: memberRef.nullable(),
  counterpart: memberRef.nullable(),
  amountMinor: z.number().int(),
  currency: z.string(),
  note: z.string(),
  confirmed: z.boolean().describe('The counterpart confirmed the deal.'),
  closedAt: dateTime,
});

export const dealsQuery = pagedQuery({ year: queryInt(2000, 2100).optional() });

export const dealSummary = z.object({
  year: z.number().int().nullable(),
  deals: page(deal),
  quarters: z
    .array(z.object({ year: z.number().int(), quarter: z.number().int().min(1).max(4), ...total }))
    .describe('Per quarter (club timezone) and currency; amounts in different currencies are never added.'),
  totals: z.array(z.object(total)),
});

export const vettingStatus = z.enum(['pending', 'vetted', 'rejected']);

export const supplier = z.object({
  id: uuid,
  name: z.string(),
  categories: z.array(z.string()),
  region: z.string(),
  contact: z.string(),
  description: z.string(),
  status: vettingStatus,
  vettingNotes: z.string(),
  recommendedBy: memberRef.nullable(),
  endorsements: count,
  createdAt: dateTime,
});

export const suppliersQuery = pagedQuery({ status: vettingStatus.optional() });
export const supplierPage = page(supplier);
export const vetBody = z.object({ decision: z.enum(['vetted', 'rejected']), notes: z.string().max(2000).optional() });

export type IntroStatus = z.output<typeof introStatus>;
export type IntroFunnel = Wire<z.output<typeof introFunnel>>;
export type Introduction = Wire<z.output<typeof introduction>>;
export type Deal = Wire<z.output<typeof deal>>;
export type DealSummary = Wire<z.output<typeof dealSummary>>;
export type DealTotal = DealSummary['totals'][number];
export type VettingStatus = z.output<typeof vettingStatus>;
export type Supplier = Wire<z.output<typeof supplier>>;
