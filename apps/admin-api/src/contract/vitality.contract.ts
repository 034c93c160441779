import { VITALITY_MAX_DAYS } from '@snowball/core';
import { z } from 'zod';
import { count, queryInt, uuid, type Wire } from './common.contract.js';

const localDay = z.iso.date().describe('A local date (YYYY-MM-DD) in the club’s timezone.');

export const vitalityQuery = z.strictObject({
  days: queryInt(1, VITALITY_MAX_DAYS).default(365).describe('How many local days back from today.'),
});

export const vitalityDay = z.object({
  day: localDay,
  members: count.describe('Members with access at the end of the day.'),
  contributors30: count.describe('Of them, members with a contribution in the last 30 days.'),
  contributors90: count.describe('Of them, members with a contribution in the last 90 days.'),
  takers30: count.describe('Of them, members who took in the last 30 days and gave nothing.'),
  silent30: count.describe('Of them, members who neither gave nor took in the last 30 days.'),
  newContributors30: count.describe('Contributors of the last 30 days whose first contribution is in them.'),
});

export const vitalitySeries = z.object({
  timezone: z.string(),
  fromDay: localDay,
  toDay: localDay,
  days: z
    .array(vitalityDay)
    .describe('Summarised days of the range, oldest first; days not yet summarised are absent.'),
  computedThrough: localDay.nullable().describe('The latest summarised day; null before the first summary.'),
});

export type VitalitySeries = Wire<z.output<typeof vitalitySeries>>;
export type VitalityDay = Wire<z.output<typeof vitalityDay>>;

const rate = z.number().min(0).max(1).nullable();

export const cohort = z.object({
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe('The local join month (first membership period), YYYY-MM.'),
  members: count,
  matured: count.describe('Members whose first year and its grace days are over.'),
  retained: count.describe('Of them, members with access at that moment.'),
  renewalDue: count.describe('Members whose first period ended more than the grace days ago.'),
  renewed: count.describe('Of them, members with a renewal period.'),
  contributed: count.describe('Members with at least one contribution, ever.'),
  retainedShare: rate.describe('retained / matured; null when none matured.'),
  renewalRate: rate.describe('renewed / renewalDue; null when no renewal was due.'),
  contributedShare: rate.describe('contributed / members.'),
});

export const cohorts = z.object({ timezone: z.string(), cohorts: z.array(cohort) });

export type Cohort = Wire<z.output<typeof cohort>>;
export type Cohorts = Wire<z.output<typeof cohorts>>;

const referralStage = z.object({
  applied: count,
  approved: count,
  paid: count.describe('Approved applicants who became members with a membership period.'),
  renewalDue: count.describe('Of them, those whose first period ended more than the grace days ago.'),
  renewed: count.describe('Of them, those with a renewal period.'),
});

export const referralNode = z.object({
  memberId: uuid,
  displayName: z.string(),
  referrerId: uuid.nullable().describe('Who brought them; null for a root.'),
  depth: count,
  brought: count.describe('Members they brought directly.'),
  descendants: count.describe('Members they brought, directly or down the chain.'),
  points: z.number().int().describe('Their contribution points, all time.'),
});

export const referrals = z.object({
  funnel: z.object({ referred: referralStage, direct: referralStage }),
  tree: z
    .array(referralNode)
    .describe('The biggest referral trees, shallowest first; a referrer before those they brought.'),
  truncated: z.boolean(),
});

export type ReferralNode = Wire<z.output<typeof referralNode>>;
export type Referrals = Wire<z.output<typeof referrals>>;

export const vitalityFigures = z.object({
  timezone: z.string(),
  asOf: z.iso.datetime().describe('The instant the figures are as of.'),
  atRisk: z.object({
    silentContributors: count.describe(
      'Members with access in the top quarter of contributors by all-time points who gave nothing in 30 days.',
    ),
    renewalsWithoutActivity: count.describe(
      'Members with access whose membership ends within 30 days and who gave and took nothing since it started.',
    ),
  }),
  newContributorsByMonth: z
    .array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), count }))
    .describe('The last 12 local months, oldest first: members whose first contribution ever is in the month.'),
  dealsByQuarter: z
    .array(
      z.object({
        quarter: z
          .string()
          .regex(/^\d{4}-Q[1-4]$/)
          .describe('Local quarter, YYYY-Qn.'),
        currency: z.string(),
        count,
        amountMinor: z.number().int().describe('Total value in minor units.'),
      }),
    )
    .describe('Deals closed in the last 8 local quarters, per quarter and currency; quarters without deals absent.'),
  dealsByIntroducer: z
    .array(
      z.object({
        introducerId: z
          .string()
          .nullable()
          .describe(
            'The member who made the introductions (not one of their two sides); null for the matching rounds.',
          ),
        introducerName: z.string().nullable().describe('Their display name; null for the matching rounds.'),
        currency: z.string(),
        count,
        amountMinor: z.number().int().describe('Total value in minor units.'),
      }),
    )
    .describe(
      'The same deals per introducer and currency: the 10 introducers whose introductions led to the most deals, each currency in code-point order, then the matching rounds (introducerId null). Deals from a member’s own proposal are in neither.',
    ),
  activation: z
    .object({
      newMembers: count.describe('Members whose access first began 104 to 14 days ago (their first 14 days over).'),
      activated: count.describe(
        'Of them, those with a filled-in profile who contributed, asked, were introduced or attended a lesson in their first 14 days.',
      ),
      share: rate.describe('activated / newMembers; null when there are none.'),
    })
    .describe('Onboarding: the share of new members activated in their first 14 days.'),
});

export type VitalityFigures = Wire<z.output<typeof vitalityFigures>>;
