import { MODERATION_NOTICES, type ModerationNotice, noticeStillTrue } from '../domain/moderation-decision-notice.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { cleanId } from '../rules/text.js';
import type { NotifyResult } from './notify-member.js';
import { sendModerationDecision } from './send-moderation-decision.js';

/**
 * The `moderation.decision` job: sends a decision's DM unless it went out already (same delivery key), and
 * nothing when a later decision made it untrue (a strike given, then taken back before the DM could be sent).
 * A failure to reach the platform throws, so the job is retried.
 */
export async function deliverModerationDecision(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members' | 'moderation'> & Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly caseId: string; readonly notice: string },
): Promise<NotifyResult | null> {
  const caseId = cleanId(input.caseId, 'caseId');
  if (!caseId || !(MODERATION_NOTICES as readonly string[]).includes(input.notice)) {
    throw new DomainError('validation.invalid', { field: 'notice', reason: MODERATION_NOTICES.join(' | ') });
  }
  const notice = input.notice as ModerationNotice;
  const decided = await deps.uow.run((repos) => repos.moderation.get(input.communityId, caseId));
  if (!decided || !noticeStillTrue(decided, notice)) return null;
  return sendModerationDecision(deps, { decided, notice });
}
