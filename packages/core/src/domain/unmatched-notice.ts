import type { JobRequest } from '../ports/job-queue.js';

/** The job that tells one member why a matching round found nobody for them (`sendUnmatchedNotice`). */
export const UNMATCHED_NOTICE_JOB = 'matching.unmatched';

/**
 * Why a member took part in a round but got no introduction, each with the one thing that would help:
 * `paused` (they paused introductions: /settings resumes them), `no_offers` / `no_needs` (the profile lacks what
 * they can offer / look for: /profile), `no_match` (nobody complementary yet: more detail widens the search).
 */
export type UnmatchedReason = 'paused' | 'no_offers' | 'no_needs' | 'no_match';

/** What of a member's matching profile decides the reason. */
export interface UnmatchedCandidate {
  readonly id: string;
  readonly offers?: string | readonly string[] | null;
  readonly skills?: string | readonly string[] | null;
  readonly needs?: string | readonly string[] | null;
  readonly snoozed?: boolean;
  readonly excluded?: boolean;
  readonly optedOut?: boolean;
}

function filled(field: string | readonly string[] | null | undefined): boolean {
  if (!field) return false;
  return (typeof field === 'string' ? field : field.join(' ')).trim().length > 0;
}

/**
 * Why this member got no introduction in a round, or null when they should not be told: members who turned
 * introductions off or whom staff excluded chose (or were put) out, and are not told every round.
 */
export function unmatchedReason(member: UnmatchedCandidate): UnmatchedReason | null {
  if (member.optedOut || member.excluded) return null;
  if (member.snoozed) return 'paused';
  if (!filled(member.offers) && !filled(member.skills)) return 'no_offers';
  if (!filled(member.needs)) return 'no_needs';
  return 'no_match';
}

/**
 * `unmatched:<member>:<reason>:<YYYY-MM>`: the delivery key and job id. A member hears a reason at most once a
 * calendar month (UTC), however many rounds run: a weekly "still nobody" would be noise.
 */
export function unmatchedNoticeKey(memberId: string, reason: UnmatchedReason, at: Date): string {
  return `unmatched:${memberId}:${reason}:${at.toISOString().slice(0, 7)}`;
}

export function unmatchedNoticeJob(
  communityId: string,
  memberId: string,
  reason: UnmatchedReason,
  at: Date,
): JobRequest {
  return {
    name: UNMATCHED_NOTICE_JOB,
    id: unmatchedNoticeKey(memberId, reason, at),
    data: { communityId, memberId, reason, key: unmatchedNoticeKey(memberId, reason, at) },
    runAt: at,
  };
}
