import type { JobRequest } from '../ports/job-queue.js';
import { INTRO_RESPONSE_DAYS } from '../rules/intro-answer.js';
import type { Introduction } from './introduction.js';

/** The job that tells both members about an introduction at its current stage (`notifyIntro`). */
export const INTRO_NOTIFY_JOB = 'intro.notify';

/** The stages of an introduction that members are told about. */
export type IntroStage = 'proposed' | 'introduced';

/** A connection message not sent within this long after both accepted is still worth sending; later, not. */
export const INTRODUCED_CATCH_UP_DAYS = 2;

const DAY_MS = 86_400_000;

/** The key under which one member's message about one stage is claimed: `intro:<id>:<member>`, `intro-introduced:<id>:<member>`. */
export function introDeliveryKey(stage: IntroStage, introductionId: string, memberId: string): string {
  return `${stage === 'proposed' ? 'intro' : 'intro-introduced'}:${introductionId}:${memberId}`;
}

/** One job per introduction and stage: `intro-notify:<id>:<stage>`, so scheduling it again is harmless. */
export function introNotifyJob(communityId: string, introductionId: string, stage: IntroStage, at: Date): JobRequest {
  return {
    name: INTRO_NOTIFY_JOB,
    id: `intro-notify:${introductionId}:${stage}`,
    data: { communityId, introductionId },
    runAt: at,
  };
}

/** Introductions created or introduced since these instants may still need announcing (see `introStageToAnnounce`). */
export function introAnnouncementWindow(now: Date): { readonly proposedSince: Date; readonly introducedSince: Date } {
  return {
    proposedSince: new Date(now.getTime() - INTRO_RESPONSE_DAYS * DAY_MS),
    introducedSince: new Date(now.getTime() - INTRODUCED_CATCH_UP_DAYS * DAY_MS),
  };
}

/**
 * The stage worth (re-)announcing now: a proposal while members can still answer it, a connection within
 * `INTRODUCED_CATCH_UP_DAYS` of both accepting; null otherwise (declined, expired, or too late to be useful).
 */
export function introStageToAnnounce(
  intro: Pick<Introduction, 'status' | 'createdAt' | 'introducedAt'>,
  now: Date,
): IntroStage | null {
  const window = introAnnouncementWindow(now);
  if (intro.status === 'proposed' && intro.createdAt > window.proposedSince) return 'proposed';
  if (intro.status === 'introduced' && intro.introducedAt && intro.introducedAt > window.introducedSince) {
    return 'introduced';
  }
  return null;
}

/**
 * The members to tell about a stage: both once introduced; for a proposal, those who have not accepted yet (a
 * member who asked for the introduction accepted by asking, and is not asked again).
 */
export function introRecipients(
  intro: Pick<Introduction, 'memberA' | 'memberB' | 'answerA' | 'answerB'>,
  stage: IntroStage,
): string[] {
  if (stage === 'introduced') return [intro.memberA, intro.memberB];
  return [
    ...(intro.answerA === 'accepted' ? [] : [intro.memberA]),
    ...(intro.answerB === 'accepted' ? [] : [intro.memberB]),
  ];
}
