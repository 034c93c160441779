import type { IntroTrio } from '../domain/intro-trio.js';
import type { IntroAnswer, Introduction } from '../domain/introduction.js';
import { DomainError } from '../errors/domain-error.js';
import { type IntroResponse, introExpired } from './intro-answer.js';

const DAY = 86_400_000;

const ANSWER: Readonly<Record<IntroResponse, IntroAnswer>> = {
  accept: 'accepted',
  decline: 'declined',
  snooze: 'snoozed',
};

/** True when a proposed group of three has waited out the response window (as an introduction of two). */
export function trioExpired(trio: IntroTrio, now: Date): boolean {
  return trio.pairs.some((p) => introExpired(p, now));
}

/**
 * The opt-in of a group of three: every one of the three must accept. A member's answer is written on both of
 * their pairs; one decline closes the whole group (all three pairs declined, never suggested again); three
 * accepts make all three pairs `introduced`, with the follow-up date `followUpDays` ahead. Returns the pair rows
 * to store. Expiry is checked by the caller (`trioExpired`) so it can be recorded before the error is shown.
 */
export function answerTrio(
  trio: IntroTrio,
  memberId: string,
  response: IntroResponse,
  now: Date,
  followUpDays: number,
): Introduction[] {
  const answer = ANSWER[response];
  if (!answer) throw new DomainError('validation.invalid', { field: 'answer', reason: 'accept, decline, snooze' });
  if (!trio.members.includes(memberId)) throw new DomainError('intro.not_party');
  if (trio.status !== 'proposed') throw new DomainError(trio.status === 'expired' ? 'intro.expired' : 'intro.closed');
  const mine = trio.answers[memberId];
  if (mine === 'accepted' || mine === 'declined') throw new DomainError('intro.already_decided');
  const answers = { ...trio.answers, [memberId]: answer };
  const values = Object.values(answers);
  const declined = values.includes('declined');
  const introduced = values.length === 3 && values.every((v) => v === 'accepted');
  return trio.pairs.map((p): Introduction => {
    const answered = {
      ...p,
      answerA: answers[p.memberA] ?? p.answerA,
      answerB: answers[p.memberB] ?? p.answerB,
    };
    if (declined) return { ...answered, status: 'declined' };
    if (introduced) {
      return {
        ...answered,
        status: 'introduced',
        introducedAt: now,
        followUpAt: new Date(now.getTime() + followUpDays * DAY),
      };
    }
    return answered;
  });
}
