import { z } from 'zod';
import { dateTime, pagedQuery, uuid, type Wire } from './common.contract.js';

export const faqEntry = z.object({
  id: uuid,
  questionId: uuid.nullable().describe('The member’s question it came from; null for an entry staff wrote.'),
  question: z.string(),
  answer: z.string(),
  publishedAt: dateTime,
  updatedAt: dateTime,
});

export const faqQuery = pagedQuery({});

export const publishFaqBody = z.object({
  question: z.string().min(1).max(4000).describe('The question as published: anonymised and edited by staff.'),
  answer: z.string().min(1).max(4000),
});

export const editFaqBody = z.object({
  question: z.string().min(1).max(4000).optional(),
  answer: z.string().min(1).max(4000).optional(),
});

export type FaqEntry = Wire<z.output<typeof faqEntry>>;
