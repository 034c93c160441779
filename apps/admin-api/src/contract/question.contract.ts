import { QUESTION_FILTERS } from '@snowball/core';
import { z } from 'zod';
import { count, dateTime, memberRef, pagedQuery, uuid, type Wire } from './common.contract.js';

export const questionStatus = z.enum(['open', 'claimed', 'answered', 'closed']);
export const questionFilter = z.enum(QUESTION_FILTERS);

export const question = z.object({
  id: uuid,
  body: z.string(),
  status: questionStatus,
  answer: z.string().nullable(),
  answeredAt: dateTime.nullable(),
  createdAt: dateTime,
  member: memberRef.nullable(),
  answeredBy: memberRef.nullable(),
  claimedBy: memberRef.nullable().describe('The coach who took the question; null when nobody has.'),
  resolvedAt: dateTime.nullable().describe('When the member marked it resolved (status closed).'),
  rating: z.number().int().min(1).max(5).nullable().describe('The member’s rating of the answer.'),
  ratingComment: z.string().nullable(),
  faqConsent: z.boolean().describe('The member agreed it may be published, anonymised, to the FAQ.'),
  faq: z.boolean().describe('Published to the FAQ.'),
  awaitingMemberSince: dateTime
    .nullish()
    .describe('Since when a coach’s follow-up waits for the member’s reply; null when nothing is asked of them.'),
});

/** One message of the conversation under a question (stored verbatim: render it as text). */
export const questionMessage = z.object({
  id: uuid,
  from: z.enum(['coach', 'member']).describe('A coach’s (or guest’s) follow-up, or the member’s reply.'),
  body: z.string(),
  createdAt: dateTime,
});

/** A question in the coaches' queue, with its SLA. */
export const queuedQuestion = question.extend({
  dueAt: dateTime.nullable().describe('When the club’s SLA (questionSlaHours) runs out; null once answered or closed.'),
  overdue: z.boolean().describe('Still waiting (open or claimed) and past `dueAt`.'),
  thread: z.array(questionMessage).optional().describe('The latest follow-ups and replies under it, oldest first.'),
});

export const followUpBody = z.object({ body: z.string().min(1).max(4000) });

export const followedUpQuestion = question.extend({
  delivery: z
    .enum(['sent', 'already_sent', 'failed', 'skipped'])
    .describe('Whether the follow-up reached the member by DM (they also see it in /questions).'),
});

export const questionsQuery = pagedQuery({ status: questionFilter.optional() });

export const questionPage = z.object({
  items: z.array(queuedQuestion),
  total: count,
  slaHours: z.number().int().describe('The club’s answer time for questions, in hours.'),
});

export const answerBody = z.object({ answer: z.string().min(1).max(4000) });

export const answeredQuestion = question.extend({
  delivery: z
    .enum(['sent', 'already_sent', 'failed', 'skipped', 'retry'])
    .describe('Whether the answer reached the member by DM (`retry`: saved, sending failed for now).'),
});

export const routeBody = z.object({ guestId: uuid.describe('A member holding the club’s guest role.') });

export const routedQuestion = question.extend({
  delivery: z
    .enum(['sent', 'already_sent', 'failed', 'skipped', 'retry'])
    .describe('Whether the guest was told by DM (`retry`: routed, telling them failed for now).'),
});

export const guestList = z.object({ items: z.array(memberRef).describe('The club’s guest experts (嘉宾).') });

export type QuestionStatus = z.output<typeof questionStatus>;
export type QuestionFilter = z.output<typeof questionFilter>;
export type Question = Wire<z.output<typeof question>>;
export type QueuedQuestion = Wire<z.output<typeof queuedQuestion>>;
export type QuestionPage = Wire<z.output<typeof questionPage>>;
export type AnsweredQuestion = Wire<z.output<typeof answeredQuestion>>;
export type RoutedQuestion = Wire<z.output<typeof routedQuestion>>;
export type QuestionMessage = Wire<z.output<typeof questionMessage>>;
export type FollowedUpQuestion = Wire<z.output<typeof followedUpQuestion>>;
export type GuestList = Wire<z.output<typeof guestList>>;
