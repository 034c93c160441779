import { DateTime } from 'luxon';
import { communityName } from '../domain/community.js';
import { membershipState } from '../domain/membership.js';
import { formatMoney } from '../domain/money.js';
import type { MemberYear } from '../domain/vitality.js';
import { formatDate } from '../i18n/format-date-time.js';
import type { Locale } from '../i18n/locale.js';
import { valueReceiptText } from '../i18n/value-receipt-messages.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';
import { type NotifyStatus, notifyMember } from './notify-member.js';

const DAY = 86_400_000;
/** The receipt goes out this many days before the end of the member's membership, or soon after. */
export const VALUE_RECEIPT_DAYS = 30;
/** Receipts are sent between these local hours of the club (a DM at 3 a.m. reads as spam). */
export const VALUE_RECEIPT_HOURS = { from: 9, to: 21 } as const;

export interface ValueReceiptResult {
  /** `member`: the receipt went to the member; `owners`: they got little, so the owners were alerted instead. */
  readonly to: 'member' | 'owners' | null;
  readonly status: NotifyStatus | 'not_due';
  readonly year: MemberYear | null;
}

/** A member "got little" when the year shows nothing taken part in and nothing given. */
export function gotLittle(year: MemberYear): boolean {
  const got = year.lessonsAttended + year.questionsAnswered + year.introductions + year.deals.length;
  return got === 0 && year.contributions === 0;
}

function receipt(year: MemberYear, locale: Locale, club: string, endDate: string): OutboundMessage {
  const t = (key: Parameters<typeof valueReceiptText>[1], params?: Record<string, unknown>) =>
    valueReceiptText(locale, key, params);
  const got: string[] = [];
  if (year.lessonsAttended > 0) got.push(t('receipt.lessons', { count: year.lessonsAttended }));
  if (year.questionsAnswered > 0) {
    got.push(
      year.answeredBy.length > 0
        ? t('receipt.questionsBy', {
            count: year.questionsAnswered,
            names: year.answeredBy.join(locale === 'zh-CN' ? '、' : ', '),
          })
        : t('receipt.questions', { count: year.questionsAnswered }),
    );
  }
  if (year.introductions > 0) got.push(t('receipt.intros', { count: year.introductions }));
  for (const d of year.deals) {
    got.push(t('receipt.deals', { count: d.count, value: formatMoney(d, locale) }));
  }
  const gave =
    year.contributions > 0
      ? t('receipt.contributions', { count: year.contributions, points: year.points })
      : t('receipt.nothingGiven');
  return {
    title: t('receipt.title', { club }),
    text: `${t('receipt.intro', { endDate })}\n\n${t('receipt.outro')}`,
    fields: [
      ...(got.length > 0 ? [{ name: t('receipt.got'), value: got.map((line) => `• ${line}`).join('\n') }] : []),
      { name: t('receipt.gave'), value: gave },
    ],
  };
}

/**
 * The renewal value receipt of one member: when their membership ends within `VALUE_RECEIPT_DAYS`, a DM in their
 * language with what the year gave them and what they gave, once per membership end (the delivery key). A member
 * who got little gets no sales message: the club's owners are alerted instead, once each.
 */
export async function sendValueReceipt(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> &
    Pick<Ports, 'clock' | 'messenger' | 'communities' | 'members' | 'memberships' | 'staff' | 'vitality'>,
  input: { readonly communityId: string; readonly memberId: string },
): Promise<ValueReceiptResult> {
  const now = deps.clock.now();
  const notDue: ValueReceiptResult = { to: null, status: 'not_due', year: null };
  const community = await loadCommunity(deps, input.communityId);
  const member = await deps.members.get(community.id, input.memberId);
  if (!member || member.deletedAt) return notDue;
  const periods = await deps.memberships.listForMember(community.id, member.id);
  const { endsAt } = membershipState(periods, now, community.settings);
  if (!endsAt || endsAt.getTime() <= now.getTime() || endsAt.getTime() - now.getTime() > VALUE_RECEIPT_DAYS * DAY) {
    return notDue;
  }
  const year = await deps.vitality.memberYear(community.id, member.id, new Date(endsAt.getTime() - 365 * DAY), now);
  const end = endsAt.toISOString();
  if (gotLittle(year)) {
    const owners = (await deps.staff.list(community.id)).filter((s) => s.role === 'owner' && s.memberId !== member.id);
    let status: NotifyStatus = 'skipped';
    for (const owner of owners) {
      const result = await notifyMember(deps, {
        communityId: community.id,
        memberId: owner.memberId,
        key: `value-receipt-alert:${member.id}:${end}:${owner.memberId}`,
        kind: 'value_receipt.owner_alert',
        message: ({ locale, timezone }) => ({
          title: valueReceiptText(locale, 'receipt.alert.title'),
          text: valueReceiptText(locale, 'receipt.alert.text', {
            name: member.displayName,
            endDate: formatDate(endsAt, timezone, locale),
          }),
        }),
      });
      if (status !== 'sent') status = result.status;
    }
    return { to: 'owners', status, year };
  }
  const result = await notifyMember(deps, {
    communityId: community.id,
    memberId: member.id,
    key: `value-receipt:${member.id}:${end}`,
    kind: 'value_receipt',
    message: ({ locale, timezone }) =>
      receipt(year, locale, communityName(community, locale), formatDate(endsAt, timezone, locale)),
  });
  return { to: 'member', status: result.status, year };
}

/**
 * Sends the value receipts due in a club: members whose membership ends in the next `VALUE_RECEIPT_DAYS` days
 * and at least 7 days from now (a week of hourly runs to reach each), read a page at a time from the index on
 * the latest end; only between the club's local `VALUE_RECEIPT_HOURS`. Each receipt is sent at most once.
 */
export async function sendValueReceipts(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> &
    Pick<Ports, 'clock' | 'messenger' | 'communities' | 'members' | 'memberships' | 'staff' | 'vitality' | 'figures'>,
  input: { readonly communityId: string },
): Promise<{ readonly considered: number; readonly sent: number }> {
  const now = deps.clock.now();
  const community = await loadCommunity(deps, input.communityId);
  const hour = DateTime.fromJSDate(now, { zone: community.settings.timezone }).hour;
  if (hour < VALUE_RECEIPT_HOURS.from || hour >= VALUE_RECEIPT_HOURS.to) return { considered: 0, sent: 0 };
  const until = new Date(now.getTime() + VALUE_RECEIPT_DAYS * DAY);
  let from = new Date(now.getTime() + (VALUE_RECEIPT_DAYS - 7) * DAY);
  let considered = 0;
  let sent = 0;
  const seen = new Set<string>();
  for (;;) {
    const page = await deps.figures.renewalsDue(community.id, from, until, 200);
    const fresh = page.next.filter((due) => !seen.has(due.memberId));
    for (const due of fresh) {
      seen.add(due.memberId);
      considered += 1;
      const result = await sendValueReceipt(deps, { communityId: community.id, memberId: due.memberId });
      if (result.status === 'sent') sent += 1;
    }
    const last = page.next.at(-1);
    if (!last || page.next.length < 200 || fresh.length === 0) break;
    // The next page starts at the last end seen (members sharing it are skipped by `seen`).
    from = new Date(last.endsAt.getTime() - 1);
  }
  return { considered, sent };
}
