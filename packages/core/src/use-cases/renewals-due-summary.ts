import { DateTime } from 'luxon';
import { membershipState } from '../domain/membership.js';
import { formatDate, localDate } from '../i18n/format-date-time.js';
import type { Locale } from '../i18n/locale.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

/** One member in the owners' renewal summary. */
export interface RenewalSummaryEntry {
  readonly memberId: string;
  readonly displayName: string;
  readonly endsAt: Date;
}

export interface RenewalsDueSummary {
  /** The club-local date the summary is for (`yyyy-MM-dd`); part of each owner's delivery key. */
  readonly date: string;
  /** Membership ends within the next `days` days, soonest first. */
  readonly due: readonly RenewalSummaryEntry[];
  readonly inGrace: readonly RenewalSummaryEntry[];
  /** Grace ran out yesterday (club-local day): access was just removed. */
  readonly lapsedYesterday: readonly RenewalSummaryEntry[];
  /** One result per owner; empty when there was nothing to report (no message is sent then). */
  readonly sent: readonly NotifyResult[];
}

const DAY_MS = 86_400_000;
/** Names listed per section; Discord embeds and Slack blocks cap field length. */
const MAX_LISTED = 15;

function section(locale: Locale, timezone: string, entries: readonly RenewalSummaryEntry[]): string {
  const lines = entries.slice(0, MAX_LISTED).map((e) =>
    notificationText(locale, 'renewals.summary.entry', {
      name: e.displayName,
      date: formatDate(e.endsAt, timezone, locale),
    }),
  );
  if (entries.length > MAX_LISTED) {
    lines.push(notificationText(locale, 'renewals.summary.more', { count: entries.length - MAX_LISTED }));
  }
  return lines.join('\n');
}

/**
 * The daily renewal summary for owners: who is due in the next `days` days (default 30), who is in the grace
 * period, and who lapsed yesterday. Each owner gets it by DM once per club-local day (key
 * `renewals-summary:<communityId>:<date>:<ownerId>`), so the daily job may run more than once.
 */
export async function renewalsDueSummary(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members' | 'memberships' | 'staff'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly days?: number },
): Promise<RenewalsDueSummary> {
  const days = Math.min(Math.max(Math.trunc(input.days ?? 30) || 30, 1), 120);
  const now = deps.clock.now();
  const data = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const { settings } = community;
    const today = DateTime.fromJSDate(now, { zone: settings.timezone }).startOf('day');
    const yesterday = today.minus({ days: 1 });
    const due: RenewalSummaryEntry[] = [];
    const inGrace: RenewalSummaryEntry[] = [];
    const lapsedYesterday: RenewalSummaryEntry[] = [];
    // Only ends that can fall in a section are read: from the start of the grace that ran out yesterday up to
    // `days` ahead (a day of margin either side for the club's timezone).
    const near = await repos.memberships.latestEndsBetween(
      community.id,
      new Date(yesterday.toMillis() - (settings.graceDays + 1) * DAY_MS),
      new Date(now.getTime() + days * DAY_MS),
    );
    const candidates: { readonly memberId: string; readonly endsAt: Date; readonly bucket: RenewalSummaryEntry[] }[] =
      [];
    for (const { memberId, endsAt } of near) {
      const state = membershipState([{ endsAt }], now, settings);
      const graceEnd = state.graceEndsAt?.getTime() ?? 0;
      const bucket =
        endsAt > now && endsAt.getTime() <= now.getTime() + days * DAY_MS
          ? due
          : state.status === 'grace'
            ? inGrace
            : state.status === 'lapsed' && graceEnd >= yesterday.toMillis() && graceEnd < today.toMillis()
              ? lapsedYesterday
              : null;
      if (bucket) candidates.push({ memberId, endsAt, bucket });
    }
    const members = new Map(
      (await repos.members.getMany(community.id, [...new Set(candidates.map((e) => e.memberId))])).map((m) => [
        m.id,
        m,
      ]),
    );
    for (const { memberId, endsAt, bucket } of candidates) {
      const member = members.get(memberId);
      if (!member || member.deletedAt) continue;
      bucket.push({ memberId, displayName: member.displayName, endsAt });
    }
    for (const list of [due, inGrace, lapsedYesterday]) list.sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime());
    const owners = (await repos.staff.list(community.id)).filter((s) => s.role === 'owner').map((s) => s.memberId);
    return { community, due, inGrace, lapsedYesterday, owners: [...new Set(owners)].sort() };
  });
  const { community, due, inGrace, lapsedYesterday, owners } = data;
  const date = localDate(now, community.settings.timezone);
  const summary = { date, due, inGrace, lapsedYesterday };
  if (due.length + inGrace.length + lapsedYesterday.length === 0) return { ...summary, sent: [] };
  const sent: NotifyResult[] = [];
  for (const ownerId of owners) {
    sent.push(
      await notifyMember(deps, {
        communityId: community.id,
        memberId: ownerId,
        key: `renewals-summary:${community.id}:${date}:${ownerId}`,
        kind: 'renewals.summary',
        message: ({ locale, timezone }): OutboundMessage => {
          const fields = [
            { key: 'renewals.summary.due', entries: due },
            { key: 'renewals.summary.grace', entries: inGrace },
            { key: 'renewals.summary.lapsed', entries: lapsedYesterday },
          ] as const;
          return {
            title: notificationText(locale, 'renewals.summary.title', { date }),
            text: notificationText(locale, 'renewals.summary.text', {
              days,
              due: due.length,
              grace: inGrace.length,
              lapsed: lapsedYesterday.length,
            }),
            fields: fields
              .filter((f) => f.entries.length > 0)
              .map((f) => ({
                name: notificationText(locale, f.key, { days }),
                value: section(locale, timezone, f.entries),
              })),
          };
        },
      }),
    );
  }
  return { ...summary, sent };
}
