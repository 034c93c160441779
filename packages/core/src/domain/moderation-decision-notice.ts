import type { JobRequest } from '../ports/job-queue.js';
import type { ModerationCase } from './moderation.js';

/** The job that (re)sends the DM telling a member of a moderator's decision on a case of theirs. */
export const MODERATION_DECISION_JOB = 'moderation.decision';

/** The safety-net job waits this long: the decision sends the DM at once; the job finds it sent, or sends it. */
export const MODERATION_DECISION_RETRY_DELAY_MS = 2 * 60_000;

/**
 * What the member is told: a strike given, a strike taken back, or an appeal turned down; and what the member who
 * reported a message is told of the outcome (`report_*`; the reported member is never named to them).
 */
export const MODERATION_NOTICES = [
  'upheld',
  'strike_removed',
  'appeal_denied',
  'report_upheld',
  'report_dismissed',
] as const;
export type ModerationNotice = (typeof MODERATION_NOTICES)[number];

/** Who receives a notice: the reporter for the `report_*` notices, the case's member otherwise. */
export function noticeRecipient(
  c: Pick<ModerationCase, 'memberId' | 'reporterId'>,
  notice: ModerationNotice,
): string | null {
  return notice === 'report_upheld' || notice === 'report_dismissed' ? c.reporterId : c.memberId;
}

/** One delivery per case and notice: a case gets each notice at most once. */
export function moderationDecisionKey(caseId: string, notice: ModerationNotice): string {
  return `moderation-decision:${caseId}:${notice}`;
}

/** Whether the case still says what the notice tells (a later decision makes an unsent older notice moot). */
export function noticeStillTrue(
  c: Pick<ModerationCase, 'status' | 'appealOutcome'>,
  notice: ModerationNotice,
): boolean {
  if (notice === 'upheld') return c.status === 'upheld' || c.status === 'appealed';
  if (notice === 'strike_removed' || notice === 'report_dismissed') return c.status === 'dismissed';
  if (notice === 'report_upheld') return c.status === 'upheld' || c.status === 'appealed';
  return c.status === 'upheld' && c.appealOutcome === 'denied';
}

/** One job per decision DM (`moderation-decision:<case>:<notice>`), so scheduling it again is harmless. */
export function moderationDecisionJob(
  communityId: string,
  caseId: string,
  notice: ModerationNotice,
  at: Date,
): JobRequest {
  return {
    name: MODERATION_DECISION_JOB,
    id: moderationDecisionKey(caseId, notice),
    data: { communityId, caseId, notice },
    runAt: at,
  };
}
