import { applicationActionId } from '../domain/action-id.js';
import type { Application } from '../domain/application.js';
import { applicationDecisionKey } from '../domain/application-decision-notice.js';
import { type Community, communityName, paymentInstructionsFor } from '../domain/community.js';
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
  // The DM goes to the platform the applicant applied from; one who applied without a chat account (added by
  // staff, imported, the demo) is told by staff, and nothing is recorded as undeliverable.
  if (!application.platform || !application.workspaceId || !application.platformUserId) {
    return { key: input.key, status: 'skipped', delivered: 0, error: 'applied without a platform account' };
  }
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
  const key = applicationDecisionKey(application);
  if (!key) return null;
  const { settings } = community;
  const name = application.name;
  if (application.status === 'approved') {
    return {
      key,
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
      key,
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
    return {
      key,
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

/** Deps of the decision DM: the application, the club, and the applicant's delivery record. */
export type DecisionDeliveryDeps = Uow<'accounts' | 'applications' | 'communities' | 'deliveries' | 'members'> &
  Pick<Ports, 'clock' | 'messenger'>;

/**
 * The DM for the application's current state, claimed under `applicationDecisionKey`. A retryable failure is
 * thrown (`'throw'`, for the job) or returned as `failed` with the delivery left pending (`'return'`).
 */
export async function deliverDecision(
  deps: DecisionDeliveryDeps,
  input: { readonly communityId: string; readonly applicationId: string },
  onRetryableFailure: 'throw' | 'return',
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
    if (onRetryableFailure === 'throw') throw error;
    return { key: notice.key, status: 'failed', delivered: 0, error: errorMessage(error) };
  }
}

/**
 * Tells the applicant about the decision on their application, by DM on the platform they applied from and in
 * their language, once per decision (a rerun sends nothing twice): approved → fee, payment instructions and how
 * to confirm payment; rejected → a respectful message, with the reason only when the reviewer chose to share
 * it; more information requested → the question and a button to answer. The `application.decision` job runs
 * it: a permanent failure (DMs closed) is recorded and returned, any other is recorded and thrown so the job
 * retries. Null: the state tells the applicant nothing (pending, withdrawn).
 */
export async function deliverApplicationDecision(
  deps: DecisionDeliveryDeps,
  input: { readonly communityId: string; readonly applicationId: string },
): Promise<NotifyResult | null> {
  return deliverDecision(deps, input, 'throw');
}
