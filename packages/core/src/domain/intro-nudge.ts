import type { JobRequest } from '../ports/job-queue.js';
import { INTRO_RESPONSE_DAYS } from '../rules/intro-answer.js';
import type { Introduction } from './introduction.js';

/** The job that sends one member one loop notice (`sendIntroNudge`); its id is the notice's delivery key. */
export const INTRO_NUDGE_JOB = 'intro.nudge';

/**
 * `reminder`: a proposal is still waiting for this member's answer (none yet, or Later) and closes in
 * INTRO_REMINDER_DAYS_LEFT days. `closed`: a proposal this member was part of will not go ahead (the other
 * declined, or the answers did not come in time); it never says which.
 */
export type IntroNudgeKind = 'reminder' | 'closed' | 'quiet';

/**
 * `quiet`: both accepted this long ago, were put in one conversation (a Slack multi-person DM), and neither
 * wrote there (nor said they met): one gentle nudge in that conversation. Where the platform cannot tell
 * (Discord DMs, no shared platform), nothing is sent: the follow-up still asks about business.
 */
export const INTRO_QUIET_HOURS = 48;

/** The quiet nudge is still worth sending this many days after it became due; later, not. */
export const INTRO_QUIET_WINDOW_DAYS = 5;

/** The one reminder goes out this many days before a proposal expires. */
export const INTRO_REMINDER_DAYS_LEFT = 4;

/**
 * Introductions created within this many days are looked at: the response window plus a few days, so a
 * closing notice still goes out after an outage of the worker.
 */
export const INTRO_NUDGE_LOOKBACK_DAYS = INTRO_RESPONSE_DAYS + 3;

const DAY_MS = 86_400_000;

/** `intro-reminder:<id>:<member>` and `intro-closed:<id>:<member>`: one of each per member, ever. */
export function introNudgeKey(kind: IntroNudgeKind, introductionId: string, memberId: string): string {
  return `intro-${kind}:${introductionId}:${memberId}`;
}

/** When an introduction's quiet nudge is due. */
export function introQuietAt(intro: Pick<Introduction, 'introducedAt' | 'createdAt'>): Date {
  return new Date((intro.introducedAt ?? intro.createdAt).getTime() + INTRO_QUIET_HOURS * 3_600_000);
}

/** When a proposal's reminder is due. */
export function introReminderAt(intro: Pick<Introduction, 'createdAt'>): Date {
  return new Date(intro.createdAt.getTime() + (INTRO_RESPONSE_DAYS - INTRO_REMINDER_DAYS_LEFT) * DAY_MS);
}

/**
 * The loop notices an introduction calls for now, per member: a reminder to each side that has not answered
 * (or said Later) once the reminder is due and while the proposal is open; once it is closed without being
 * made, a notice to every side that did not decline it; once made, the quiet nudge (see INTRO_QUIET_HOURS)
 * unless one said they met. Nothing for introductions older than the lookback.
 */
export function introNudgesDue(
  intro: Pick<
    Introduction,
    'memberA' | 'memberB' | 'answerA' | 'answerB' | 'status' | 'createdAt' | 'introducedAt' | 'metA' | 'metB'
  >,
  now: Date,
): { readonly memberId: string; readonly kind: IntroNudgeKind }[] {
  if (now.getTime() - intro.createdAt.getTime() > INTRO_NUDGE_LOOKBACK_DAYS * DAY_MS) return [];
  const sides = [
    { memberId: intro.memberA, answer: intro.answerA },
    { memberId: intro.memberB, answer: intro.answerB },
  ];
  if (intro.status === 'proposed') {
    const open = now.getTime() < intro.createdAt.getTime() + INTRO_RESPONSE_DAYS * DAY_MS;
    if (!open || now < introReminderAt(intro)) return [];
    return sides
      .filter((s) => s.answer === 'pending' || s.answer === 'snoozed')
      .map((s) => ({ memberId: s.memberId, kind: 'reminder' as const }));
  }
  if (intro.status === 'introduced') {
    if (!intro.introducedAt || intro.metA || intro.metB) return [];
    const due = intro.introducedAt.getTime() + INTRO_QUIET_HOURS * 3_600_000;
    if (now.getTime() < due || now.getTime() > due + INTRO_QUIET_WINDOW_DAYS * DAY_MS) return [];
    // One nudge per introduction, in the conversation both are in; recorded under memberA.
    return [{ memberId: intro.memberA, kind: 'quiet' as const }];
  }
  if (intro.status === 'declined' || intro.status === 'expired') {
    return sides.filter((s) => s.answer !== 'declined').map((s) => ({ memberId: s.memberId, kind: 'closed' as const }));
  }
  return [];
}

/** The job that sends one notice; scheduling it again is harmless (the id is the delivery key). */
export function introNudgeJob(
  communityId: string,
  introductionId: string,
  memberId: string,
  kind: IntroNudgeKind,
  at: Date,
): JobRequest {
  return {
    name: INTRO_NUDGE_JOB,
    id: introNudgeKey(kind, introductionId, memberId),
    data: { communityId, introductionId, memberId, kind },
    runAt: at,
  };
}
