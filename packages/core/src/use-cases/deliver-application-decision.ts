import { applicationActionId } from '../domain/action-id.js';
import type { Application } from '../domain/application.js';
import { applicationDecisionKey } from '../domain/application-decision-notice.js';
import { type Community, communityName, paymentInstructionsFor } from '../domain/community.js';
import type { PlatformAccount } from '../domain/member.js';
import { formatMoney, type Money } from '../domain/money.js';
import { DomainError } from '../errors/domain-error.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import type { Locale } from '../i18n/locale.js';
import { notificationText } from '../i18n/notification-messages.js';
import { paymentText } from '../i18n/payment-messages.js';
import { DeliveryError, type OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { heldElsewhere, type NotifyResult, notifyMember, takeDelivery } from './notify-member.js';
import { startCheckout } from './start-checkout.js';

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
  const { delivery, held } = await deps.uow.run((repos) =>
    takeDelivery(repos, {
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
  if (!held) throw heldElsewhere(input.key);
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

/** A Checkout link for the approved applicant's joining payment, at the price snowball computed. */
interface ApprovalCheckout {
  readonly url: string;
  readonly amount: Money;
  readonly expiresAt: Date;
}

/** The DM for the application's current state, or null when that state tells the applicant nothing. */
function decisionMessage(
  community: Community,
  application: Application,
  checkout: ApprovalCheckout | null = null,
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
        if (checkout) return approvedWithCheckout(community, name, checkout, locale);
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
            // formatMoney already names the currency ("1,000 CNY").
            { name: notificationText(locale, 'field.fee'), value: fee },
            { name: notificationText(locale, 'field.how_to_pay'), value: instructions },
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

/** The approval DM when the club takes online payment: the amount snowball computed and the Checkout link. */
function approvedWithCheckout(
  community: Community,
  name: string,
  checkout: ApprovalCheckout,
  locale: Locale,
): OutboundMessage {
  const amount = formatMoney(checkout.amount, locale);
  return {
    title: notificationText(locale, 'application.approved.title'),
    text: notificationText(locale, 'application.approved.text', {
      name,
      club: communityName(community, locale),
      fee: amount,
    }),
    fields: [
      { name: notificationText(locale, 'field.fee'), value: `${amount} (${checkout.amount.currency})` },
      {
        name: paymentText(locale, 'checkout.title'),
        value: paymentText(locale, 'checkout.text', { amount, url: checkout.url }),
      },
      {
        name: notificationText(locale, 'field.how_to_confirm'),
        value: paymentText(locale, 'checkout.approved.confirm', {
          until: formatDateTime(checkout.expiresAt, community.settings.timezone, locale),
        }),
      },
    ],
  };
}

/**
 * The Checkout link for an approved applicant when the deployment takes online payment and the DM is still to be
 * sent; null otherwise (no gateway, the DM went out already, or nothing is due, e.g. they paid by hand since).
 * A provider failure is thrown: the DM is retried rather than sent without the link.
 */
async function approvalCheckout(
  deps: DecisionDeliveryDeps,
  application: Application,
  key: string,
): Promise<ApprovalCheckout | null> {
  if (!deps.paymentGateway || application.status !== 'approved' || !application.memberId) return null;
  const delivery = await deps.uow.run((repos) => repos.deliveries.get(key));
  if (delivery && delivery.status !== 'pending') return null;
  try {
    const { intent } = await startCheckout(deps, {
      communityId: application.communityId,
      memberId: application.memberId,
    });
    if (!intent.url) return null;
    return {
      url: intent.url,
      amount: { amountMinor: intent.amountMinor, currency: intent.currency },
      expiresAt: intent.expiresAt,
    };
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/**
 * Deps of the decision DM: the application, the club, and the applicant's delivery record; with a payment gateway,
 * what a Checkout link for the approval needs (the price, the member's periods, the checkout intent).
 */
export type DecisionDeliveryDeps = Uow<
  'accounts' | 'applications' | 'billing' | 'communities' | 'deliveries' | 'members' | 'memberships'
> &
  Pick<Ports, 'clock' | 'ids' | 'messenger' | 'paymentGateway'>;

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
  const key = applicationDecisionKey(loaded.application);
  let checkout: ApprovalCheckout | null = null;
  try {
    checkout = key ? await approvalCheckout(deps, loaded.application, key) : null;
  } catch (error) {
    if (onRetryableFailure === 'throw') throw error;
    return { key: key ?? '', status: 'failed', delivered: 0, error: errorMessage(error) };
  }
  const notice = decisionMessage(loaded.community, loaded.application, checkout);
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
