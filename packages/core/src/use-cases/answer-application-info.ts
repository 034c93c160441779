import type { Application } from '../domain/application.js';
import { keyInstant } from '../domain/delivery-key.js';
import { DomainError } from '../errors/domain-error.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { cleanText } from '../rules/text.js';
import type { ApplicantAccount } from './get-my-application.js';
import { notifyMember } from './notify-member.js';

/**
 * The applicant answers the reviewer's question: the application goes back to the vetting queue marked
 * "answered" (`infoAnsweredAt`), and the reviewer who asked is told by DM.
 */
export async function answerApplicationInfo(
  deps: Uow<'accounts' | 'applications' | 'communities' | 'deliveries' | 'members'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: {
    readonly communityId: string;
    readonly account: ApplicantAccount;
    readonly applicationId: string;
    readonly answer: string;
  },
): Promise<Application> {
  const answer = cleanText(input.answer, 'answer', 2000, { required: true });
  const now = deps.clock.now();
  const answered = await deps.uow.run(async (repos) => {
    const before = await repos.applications.get(input.communityId, input.applicationId);
    const own =
      before?.platform === input.account.platform &&
      before.workspaceId === input.account.workspaceId &&
      before.platformUserId === input.account.platformUserId;
    if (!before || !own) throw new DomainError('application.not_found', { applicationId: input.applicationId });
    if (before.status !== 'info_requested') throw new DomainError('application.not_awaiting_info');
    const after: Application = { ...before, status: 'pending', infoAnswer: answer, infoAnsweredAt: now };
    await repos.applications.update(after);
    return after;
  });
  if (answered.decidedBy) {
    const reviewer = answered.decidedBy;
    try {
      await notifyMember(deps, {
        communityId: answered.communityId,
        memberId: reviewer,
        key: `application-answered:${answered.id}:${keyInstant(now)}`,
        kind: 'application.answered',
        message: ({ locale }) => ({
          title: notificationText(locale, 'application.answered.title'),
          text: notificationText(locale, 'application.answered.text', { name: answered.name }),
          fields: [
            ...(answered.decisionReason
              ? [{ name: notificationText(locale, 'field.question'), value: answered.decisionReason }]
              : []),
            { name: notificationText(locale, 'application.info.answer'), value: answer },
          ],
        }),
      });
    } catch {
      // The answer is saved and the application is in the queue; the notice stays pending in deliveries.
    }
  }
  return answered;
}
