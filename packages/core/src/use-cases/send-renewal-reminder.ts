import { paymentInstructionsFor } from '../domain/community.js';
import { membershipState } from '../domain/membership.js';
import { formatMoney } from '../domain/money.js';
import { parseRenewalNoticeKey, planRenewalNotices } from '../domain/renewal.js';
import { DomainError } from '../errors/domain-error.js';
import { formatDate, formatDuration } from '../i18n/format-date-time.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type NotifyStatus, notifyMember } from './notify-member.js';

/** Why a renewal job sent nothing. */
export type RenewalSkipReason = 'member_gone' | 'renewed' | 'not_due' | 'superseded';

export interface SendRenewalResult {
  readonly key: string;
  readonly status: NotifyStatus;
  readonly reason: RenewalSkipReason | null;
}

/** Jobs may fire a little before their time on a host whose clock runs ahead. */
const EARLY_TOLERANCE_MS = 5 * 60_000;

/**
 * Runs one `renewal.reminder` job (data `{ communityId, key }`): a reminder N days before the end, or the
 * grace notice at the end. Re-checks that the key's end is still the member's latest (a renewal makes it
 * stale) and that no later step is due, then DMs the fee and the club's payment instructions, once per key.
 */
export async function sendRenewalReminder(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members' | 'memberships'> & Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly key: string },
): Promise<SendRenewalResult> {
  const parsed = parseRenewalNoticeKey(input.key);
  if (!parsed || parsed.kind === 'lapse') {
    throw new DomainError('validation.invalid', { field: 'key', reason: 'not a renewal reminder key' });
  }
  const now = deps.clock.now();
  const skip = (reason: RenewalSkipReason): SendRenewalResult => ({ key: input.key, status: 'skipped', reason });
  const checked = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const member = community ? await repos.members.get(community.id, parsed.memberId) : null;
    if (!community || !member || member.deletedAt) return 'member_gone' as const;
    const periods = await repos.memberships.listForMember(community.id, member.id);
    const state = membershipState(periods, now, community.settings);
    if (state.endsAt?.getTime() !== parsed.endsAt.getTime()) return 'renewed' as const;
    const planned = planRenewalNotices([{ memberId: member.id, endsAt: state.endsAt }], community.settings, now).find(
      (n) => n.key === input.key,
    );
    if (!planned) return 'superseded' as const;
    if (planned.at.getTime() > now.getTime() + EARLY_TOLERANCE_MS) return 'not_due' as const;
    return { settings: community.settings, endsAt: state.endsAt, graceEndsAt: state.graceEndsAt ?? state.endsAt };
  });
  if (typeof checked === 'string') return skip(checked);
  const { settings, endsAt, graceEndsAt } = checked;
  const grace = parsed.kind === 'grace';
  const result = await notifyMember(deps, {
    communityId: input.communityId,
    memberId: parsed.memberId,
    key: input.key,
    kind: grace ? 'renewal.grace' : 'renewal.reminder',
    message: ({ locale, timezone }): OutboundMessage => {
      const params = {
        endDate: formatDate(endsAt, timezone, locale),
        graceEndDate: formatDate(graceEndsAt, timezone, locale),
        remaining: formatDuration(endsAt.getTime() - now.getTime(), locale),
        fee: formatMoney(settings.fee, locale),
      };
      return {
        title: notificationText(locale, grace ? 'renewal.grace.title' : 'renewal.reminder.title'),
        text: notificationText(locale, grace ? 'renewal.grace.text' : 'renewal.reminder.text', params),
        fields: [
          { name: notificationText(locale, 'field.how_to_pay'), value: paymentInstructionsFor(settings, locale) },
        ],
      };
    },
  });
  return { key: input.key, status: result.status, reason: null };
}
