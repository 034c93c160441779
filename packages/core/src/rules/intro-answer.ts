import type { IntroAnswer, Introduction } from '../domain/introduction.js';
import { DomainError } from '../errors/domain-error.js';

/** A proposed introduction not answered by both members within this many days expires. */
export const INTRO_RESPONSE_DAYS = 14;

const DAY = 86_400_000;

/** What a member clicks on an introduction DM. */
export type IntroResponse = 'accept' | 'decline' | 'snooze';

const ANSWER: Readonly<Record<IntroResponse, IntroAnswer>> = {
  accept: 'accepted',
  decline: 'declined',
  snooze: 'snoozed',
};

/** Proposals created at or before this instant have waited out the response window (see `introExpired`). */
export function introExpiryCutoff(now: Date): Date {
  return new Date(now.getTime() - INTRO_RESPONSE_DAYS * DAY);
}

/** True when a proposed introduction has waited longer than the response window. */
export function introExpired(intro: Introduction, now: Date): boolean {
  return intro.status === 'proposed' && now.getTime() >= intro.createdAt.getTime() + INTRO_RESPONSE_DAYS * DAY;
}

/**
 * The double opt-in state machine. A member answers once (a snooze can be changed later); one decline
 * closes the introduction, two accepts make it `introduced` with a follow-up date. Expiry is checked by
 * the caller (see `introExpired`) so it can be recorded before the error is shown.
 */
export function answerIntro(
  intro: Introduction,
  memberId: string,
  response: IntroResponse,
  now: Date,
  followUpDays: number,
): Introduction {
  const answer = ANSWER[response];
  if (!answer) throw new DomainError('validation.invalid', { field: 'answer', reason: 'accept, decline, snooze' });
  const side = intro.memberA === memberId ? 'A' : intro.memberB === memberId ? 'B' : null;
  if (!side) throw new DomainError('intro.not_party');
  if (intro.status !== 'proposed') throw new DomainError(intro.status === 'expired' ? 'intro.expired' : 'intro.closed');
  const mine = side === 'A' ? intro.answerA : intro.answerB;
  if (mine === 'accepted' || mine === 'declined') throw new DomainError('intro.already_decided');
  const answerA = side === 'A' ? answer : intro.answerA;
  const answerB = side === 'B' ? answer : intro.answerB;
  if (answerA === 'declined' || answerB === 'declined') {
    return { ...intro, answerA, answerB, status: 'declined' };
  }
  if (answerA === 'accepted' && answerB === 'accepted') {
    return {
      ...intro,
      answerA,
      answerB,
      status: 'introduced',
      introducedAt: now,
      followUpAt: new Date(now.getTime() + followUpDays * DAY),
    };
  }
  return { ...intro, answerA, answerB };
}
