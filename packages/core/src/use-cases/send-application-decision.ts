import { applicationActionId } from '../domain/action-id.js';
import type { Application } from '../domain/application.js';
import { type Community, communityName, paymentInstructionsFor } from '../domain/community.js';
import { keyInstant } from '../domain/delivery-key.js';
import type { PlatformAccount } from '../domain/member.js';
import { formatMoney } from '../domain/money.js';
import { DomainError } from '../errors/domain-error.js';
import type { Locale } from '../i18n/locale.js';
import { notificationText } from '../i18n/notification-messages.js';
import { DeliveryError, type OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends one DM to an applicant on the platform account they applied from, at most once per key. An approved
 * applicant is a member (their account is linked), so the member path is used; anyone else has no member
 * record, and the delivery is recorded without one.
 */
async function notifyApplicant(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> & Pick<Ports, 'clock' | 'messenger'>,
  application: Application,
  input: { readonly key: string; readonly kind: string; readonly message: (locale: Locale) => OutboundMessage },
): Promise<NotifyResult> {
  if (application.memberId) {
    return notifyMember(deps, {
      communityId: application.communityId,
      memberId: application.memberId,
      key: input.key,
      kind: input.kind,
      message: ({ locale }) => input.message(locale),
    });
  }
  const result = (status: NotifyResult['status'], delivered: number, error: string | null): NotifyResult => ({
    key: input.key,
    status,
    delivered,
    error,
  });
  const { platform, workspaceId, platformUserId } = application;
  if (!platform || !workspaceId || !platformUserId) return result('skipped', 0, 'applied without a platform account');
  const now = deps.clock.now();
  const { delivery } = await deps.uow.run((repos) =>
    repos.deliveries.claim({
      key: input.key,
      communityId: application.communityId,
      memberId: null,
      kind: input.kind,
      status: 'pending',
      attempts: 0,
      error: null,
      createdAt: now,
      sentAt: null,
    }),
  );
  if (delivery.status === 'sent') return result('already_sent', 0, null);
  if (delivery.status === 'failed') return result('failed', 0, delivery.error);
  // Messengers address the platform user; no member is linked yet.
  const account: PlatformAccount = {
    communityId: application.communityId,
    platform,
    workspaceId,
    platformUserId,
    memberId: '',
    linkedAt: application.submittedAt,
  };
  try {
    await deps.messenger.send(account, input.message(application.locale));
  } catch (error) {
    const permanent = error instanceof DeliveryError && error.permanent;
    await deps.uow.run((repos) => repos.deliveries.markFailed(input.key, errorMessage(error), permanent));
    if (permanent) return result('failed', 0, errorMessage(error));
    throw error;
  }
  await deps.uow.run((repos) => repos.deliveries.markSent(input.key, deps.clock.now()));
  return result('sent', 1, null);
}

/** The DM for the application's current state, or null when that state tells the applicant nothing. */
function decisionMessage(
  community: Community,
  application: Application,
): { key: string; kind: string; message: (locale: Locale) => OutboundMessage } | null {
  const { settings } = community;
  const name = application.name;
  if (application.status === 'approved') {
    return {
      key: `application-approved:${application.id}`,
      kind: 'application.approved',
      message: (locale) => {
        const fee = formatMoney(settings.fee, locale);
        const instructions = paymentInstructionsFor(settings, locale);
        return {
          title: notificationText(locale, 'application.approved.title'),
          text: notificationText(locale, 'application.approved.text', {
            name,
            club: communityName(community, locale),
            fee,
          }),
          fields: [
            { name: notificationText(locale, 'field.fee'), value: `${fee} (${settings.fee.currency})` },
            ...(instructions ? [{ name: notificationText(locale, 'field.how_to_pay'), value: instructions }] : []),
            {
              name: notificationText(locale, 'field.how_to_confirm'),
              value: notificationText(locale, 'application.approved.confirm'),
            },
          ],
        };
      },
    };
  }
  if (application.status === 'rejected') {
    const reason = application.reasonShared ? application.decisionReason : null;
    return {
      key: `application-rejected:${application.id}`,
      kind: 'application.rejected',
      message: (locale) => ({
        title: notificationText(locale, 'application.rejected.title'),
        text: notificationText(locale, 'application.rejected.text', { name, club: communityName(community, locale) }),
        fields: reason ? [{ name: notificationText(locale, 'field.reason'), value: reason }] : [],
      }),
    };
  }
  if (application.status === 'info_requested' && application.decisionReason) {
    const question = application.decisionReason;
    // One message per round: a new round starts after the previous answer.
    const round = keyInstant(application.infoAnsweredAt ?? application.submittedAt);
    return {
      key: `application-info:${application.id}:${round}`,
      kind: 'application.info_requested',
      message: (locale) => ({
        title: notificationText(locale, 'application.info.title'),
        text: notificationText(locale, 'application.info.text'),
        fields: [{ name: notificationText(locale, 'field.question'), value: question }],
        buttons: [
          {
            action: applicationActionId('applyAnswer', application.id),
            label: notificationText(locale, 'application.info.answer'),
            style: 'primary',
          },
        ],
      }),
    };
  }
  return null;
}

/**
 * Tells the applicant about the decision on their application, by DM on the platform they applied from and in
 * their language, once per decision (a retry or a second call sends nothing): approved → fee, payment
 * instructions and how to confirm payment; rejected → a respectful message, with the reason only when the
 * reviewer chose to share it; more information requested → the question and a button to answer. Call it after
 * the decision is committed: the decision stands whatever happens to the message, so a failed send is returned
 * (and stays pending in deliveries, sent by the next call), never thrown. Null: the state tells the applicant
 * nothing (pending, withdrawn).
 */
export async function sendApplicationDecision(
  deps: Uow<'accounts' | 'applications' | 'communities' | 'deliveries' | 'members'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly applicationId: string },
): Promise<NotifyResult | null> {
  const loaded = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const application = community ? await repos.applications.get(community.id, input.applicationId) : null;
    return community && application ? { community, application } : null;
  });
  if (!loaded) throw new DomainError('application.not_found', { applicationId: input.applicationId });
  const notice = decisionMessage(loaded.community, loaded.application);
  if (!notice) return null;
  try {
    return await notifyApplicant(deps, loaded.application, notice);
  } catch (error) {
    return { key: notice.key, status: 'failed', delivered: 0, error: errorMessage(error) };
  }
}
