import { DomainError } from '../errors/domain-error.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { loadCase } from '../rules/moderation-cases.js';
import { cleanText } from '../rules/text.js';
import { REPORT_REASON_MAX } from './report-message.js';

/** The reporter adds (or changes) the reason of their own report while it is still open. */
export async function addReportReason(
  deps: Uow<'moderation'>,
  input: { readonly actor: Actor; readonly caseId: string; readonly reason: string },
): Promise<void> {
  const reporterId = actorId(input.actor);
  if (!reporterId) throw new DomainError('auth.forbidden');
  const reason = cleanText(input.reason, 'reason', REPORT_REASON_MAX, { required: true });
  await deps.uow.run(async (repos) => {
    const found = await loadCase(repos, input.actor.communityId, input.caseId);
    // Someone else's report is "not found": a reporter never learns about other reports.
    if (found.kind !== 'report' || found.reporterId !== reporterId) {
      throw new DomainError('case.not_found', { caseId: input.caseId });
    }
    if (found.status !== 'open') throw new DomainError('case.already_decided');
    if (found.reason !== reason) await repos.moderation.update({ ...found, reason });
  });
}
