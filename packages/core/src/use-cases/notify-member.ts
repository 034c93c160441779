import type { Community } from '../domain/community.js';
import type { Delivery } from '../domain/delivery.js';
import type { Member, PlatformAccount } from '../domain/member.js';
import type { Locale } from '../i18n/locale.js';
import type { DeliveryRepository } from '../ports/delivery.repository.js';
import { DeliveryError, type OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { accountsToNotify } from '../rules/notify-platforms.js';

/** Who a notification goes to, with the language and timezone to write it in. */
export interface Recipient {
  readonly community: Community;
  readonly member: Member;
  readonly locale: Locale;
  readonly timezone: string;
}

/**
 * A message in both languages (serialisable, e.g. in job data), or a function that writes it for the
 * recipient (for times in their own timezone) and the account it goes to (for platform mentions that only
 * resolve on that platform).
 */
export type NotificationContent =
  | Readonly<Record<Locale, OutboundMessage>>
  | ((recipient: Recipient, account: PlatformAccount) => OutboundMessage);

export interface NotifyMemberInput {
  readonly communityId: string;
  readonly memberId: string;
  /** Unique per message a member should see once, e.g. `lesson-reminder:<lesson>:<member>:<lead>:<start>`. */
  readonly key: string;
  /** What kind of message it is, for staff views of deliveries: `lesson.reminder`, `renewal.lapsed`... */
  readonly kind: string;
  readonly message: NotificationContent;
}

/**
 * `sent`: delivered now, to at least one platform account. `already_sent`: the key was delivered before
 * (a retried job); nothing was sent. (Another run delivering it now throws `heldElsewhere`, a temporary failure
 * the job retries, so a sender that died mid-send never makes a message count as sent.) `failed`: permanently
 * undeliverable (DMs blocked, no linked account), recorded for staff and never retried. `skipped`: the member is gone.
 */
export type NotifyStatus = 'sent' | 'already_sent' | 'failed' | 'skipped';

export interface NotifyResult {
  readonly key: string;
  readonly status: NotifyStatus;
  /** Platform accounts the message reached in this call. */
  readonly delivered: number;
  readonly error: string | null;
}

/**
 * How long a sender holds a delivery it is sending: a run that finds it held for less leaves it to that sender
 * (and retries later); after that the sender is taken to have crashed, and the next run that finds it pending
 * sends it. A minute: far longer than a platform call takes, and short enough that a worker killed mid-send
 * delays its messages by about a minute (the jobs' retries take them over) instead of five.
 */
export const DELIVERY_HOLD_MS = 60_000;

/**
 * Claims a delivery (creating it pending) and says whether this caller may send it: `held` when it created it, or
 * took an existing pending one that no other sender holds (or whose sender crashed); never for two overlapping runs.
 */
/**
 * Another run holds this delivery (it is sending it now, or it crashed within the hold): a temporary failure, so
 * the job retries with its backoff and takes the delivery over once the hold has lapsed — never reported as sent,
 * which would lose the message if the holder died before sending.
 */
export function heldElsewhere(key: string): DeliveryError {
  return new DeliveryError(`delivery ${key} is being sent by another run`, false);
}

export async function takeDelivery(
  repos: { readonly deliveries: DeliveryRepository },
  delivery: Delivery,
): Promise<{ readonly delivery: Delivery; readonly held: boolean }> {
  const claimed = await repos.deliveries.claim(delivery);
  if (claimed.created) return { delivery: claimed.delivery, held: true };
  const now = delivery.createdAt;
  const held =
    claimed.delivery.status === 'pending' &&
    (await repos.deliveries.hold(delivery.key, now, new Date(now.getTime() - DELIVERY_HOLD_MS)));
  return { delivery: claimed.delivery, held };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The recipient's language and timezone: their own settings, else the club's. */
export function recipientOf(community: Community, member: Member): Recipient {
  return {
    community,
    member,
    locale: member.locale ?? community.settings.defaultLocale,
    timezone: member.timezone ?? community.settings.timezone,
  };
}

/**
 * Sends one direct message to a member on every platform account they linked (or only those on the platforms
 * they chose, `accountsToNotify`), at most once per key:
 * the key is claimed in `deliveries` before anything is sent, and a key already sent is skipped.
 * A permanent DeliveryError is recorded as failed and not thrown; any other error is recorded and
 * rethrown so the job retries (a retry re-sends only while the delivery is still pending).
 */
export async function notifyMember(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> & Pick<Ports, 'clock' | 'messenger'>,
  input: NotifyMemberInput,
): Promise<NotifyResult> {
  const now = deps.clock.now();
  const claimed = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const member = community ? await repos.members.get(community.id, input.memberId) : null;
    if (!community || !member || member.deletedAt) return null;
    const accounts = accountsToNotify(member, await repos.accounts.listForMember(community.id, member.id));
    const { delivery, held } = await takeDelivery(repos, {
      key: input.key,
      communityId: community.id,
      memberId: member.id,
      kind: input.kind,
      status: 'pending',
      attempts: 0,
      error: null,
      createdAt: now,
      sentAt: null,
    });
    return { community, member, accounts, delivery, held };
  });
  const result = (status: NotifyStatus, delivered: number, error: string | null): NotifyResult => ({
    key: input.key,
    status,
    delivered,
    error,
  });
  if (!claimed) return result('skipped', 0, 'member not found');
  const { community, member, accounts, delivery, held } = claimed;
  if (delivery.status === 'sent') return result('already_sent', 0, null);
  if (delivery.status === 'failed') return result('failed', 0, delivery.error);
  if (!held) throw heldElsewhere(input.key);
  if (accounts.length === 0) {
    const error = 'no linked platform account';
    await deps.uow.run((repos) => repos.deliveries.markFailed(input.key, error, true));
    return result('failed', 0, error);
  }

  const recipient = recipientOf(community, member);
  const content = input.message;
  const messageFor = (account: PlatformAccount) =>
    typeof content === 'function' ? content(recipient, account) : content[recipient.locale];
  let delivered = 0;
  const permanent: string[] = [];
  let retryable: unknown = null;
  for (const account of accounts) {
    try {
      await deps.messenger.send(account, messageFor(account));
      delivered += 1;
    } catch (error) {
      if (error instanceof DeliveryError && error.permanent) permanent.push(`${account.platform}: ${error.message}`);
      else retryable ??= error;
    }
  }
  // Reaching the member on one platform is enough: retrying for another would repeat the message here.
  if (delivered > 0) {
    await deps.uow.run((repos) => repos.deliveries.markSent(input.key, deps.clock.now()));
    const problems = retryable ? [...permanent, errorMessage(retryable)] : permanent;
    return result('sent', delivered, problems.length ? problems.join('; ') : null);
  }
  if (retryable) {
    await deps.uow.run((repos) => repos.deliveries.markFailed(input.key, errorMessage(retryable), false));
    throw retryable;
  }
  const error = permanent.join('; ');
  await deps.uow.run((repos) => repos.deliveries.markFailed(input.key, error, true));
  return result('failed', 0, error);
}
