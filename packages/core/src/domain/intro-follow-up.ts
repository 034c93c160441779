import { keyInstant, parseKeyInstant } from './delivery-key.js';
import type { Introduction } from './introduction.js';

/** The job that asks one member of an introduction whether it led to business (notify queue: `intro.` prefix). */
export const INTRO_FOLLOW_UP_JOB = 'intro.follow-up';

/**
 * `intro-follow-up:<introId>:<memberId>:<followUpAt>`: the delivery key of one follow-up question and the id
 * of its job. The instant is part of the key, so "Not yet" (which moves `followUpAt`) makes a new question.
 */
export function introFollowUpKey(introductionId: string, memberId: string, followUpAt: Date): string {
  return `intro-follow-up:${introductionId}:${memberId}:${keyInstant(followUpAt)}`;
}

/** The parts of a follow-up key, or null when the text is not one. */
export function parseIntroFollowUpKey(
  key: string,
): { introductionId: string; memberId: string; followUpAt: Date } | null {
  const [kind, introductionId, memberId, instant, ...rest] = key.split(':');
  if (kind !== 'intro-follow-up' || !introductionId || !memberId || rest.length > 0) return null;
  const followUpAt = parseKeyInstant(instant ?? '');
  return followUpAt ? { introductionId, memberId, followUpAt } : null;
}

/** True while the members of an introduction are still to be asked about business: a deal or a "no" ends it. */
export function followUpPending(intro: Introduction): intro is Introduction & { followUpAt: Date } {
  return (
    intro.status === 'introduced' &&
    intro.followUpAt !== null &&
    intro.followUpOutcome !== 'no' &&
    intro.followUpOutcome !== 'deal'
  );
}

/**
 * The delivery key of the one message that introduces both members together (a Slack multi-person DM);
 * recorded under `memberA`.
 */
export function introGroupKey(introductionId: string): string {
  return `intro-group:${introductionId}`;
}
