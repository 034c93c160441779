import { z } from 'zod';
import { count, queryInt, type Wire } from './common.contract.js';

export const coachingQuery = z.strictObject({
  months: queryInt(1, 24).default(6).describe('How many calendar months back, this one included.'),
});

const seconds = z.number().min(0).nullable();

export const coachingMonth = z.object({
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe('YYYY-MM in the club’s timezone; questions count in the month they were asked.'),
  asked: count,
  askers: count.describe('Distinct members who asked; asked / askers is questions per asking member.'),
  answered: count,
  unanswered: count.describe('Of the month’s questions, those still open or claimed now.'),
  firstResponseP50: seconds.describe('Median seconds from asking to the first answer (percentile_cont).'),
  firstResponseP90: seconds.describe('90th percentile seconds from asking to the first answer.'),
  resolutionP50: seconds.describe('Median seconds from asking to the member marking it resolved.'),
  resolutionP90: seconds.describe('90th percentile seconds from asking to resolution.'),
  ratings: count,
  satisfaction: z.number().min(1).max(5).nullable().describe('Mean rating 1–5; null without ratings.'),
});

export const coachingFigures = z.object({
  slaHours: z.number().int().describe('The club’s response-time promise, in hours.'),
  waiting: count.describe('Questions waiting now (open or claimed).'),
  overdue: count.describe('Of them, those past the promise.'),
  months: z.array(coachingMonth).describe('Oldest first; a month without questions has zeros and nulls.'),
});

export type CoachingMonth = Wire<z.output<typeof coachingMonth>>;
export type CoachingFigures = Wire<z.output<typeof coachingFigures>>;
