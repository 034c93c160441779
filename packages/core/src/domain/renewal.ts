import { DateTime } from 'luxon';
import type { CommunitySettings } from './community.js';
import { keyInstant, parseKeyInstant } from './delivery-key.js';

/** Job names: reminders and the grace notice are messages (notify queue); a lapse changes access (tasks queue). */
export const RENEWAL_REMINDER_JOB = 'renewal.reminder';
export const RENEWAL_LAPSE_JOB = 'renewal.lapse';

/** Renewal reminders go out at this local hour of the club's timezone: nobody wants a 3 a.m. fee reminder. */
export const RENEWAL_NOTICE_LOCAL_HOUR = 10;

/** A lapse not applied within this many days (the worker was down for long) is left to staff, not replayed. */
export const LAPSE_CATCH_UP_DAYS = 30;

const DAY_MS = 86_400_000;

/** `reminder`: N days before the end; `grace`: at the end; `lapse`: at the end of the grace period. */
export type RenewalNoticeKind = 'reminder' | 'grace' | 'lapse';

/** One step of a member's renewal ladder; `key` is both the job id and the delivery key of its message. */
export interface PlannedRenewalNotice {
  readonly key: string;
  readonly kind: RenewalNoticeKind;
  readonly memberId: string;
  /** The membership end this notice belongs to: a renewal moves the end and so makes new keys. */
  readonly endsAt: Date;
  /** For reminders: how many days before the end. */
  readonly daysBefore: number | null;
  /** When it is due (may be in the past for one that is late but not yet superseded: run it now). */
  readonly at: Date;
  readonly jobName: string;
}

/**
 * `renewal-reminder:<memberId>:<endsAt>:<days>d`, `renewal-grace:<memberId>:<endsAt>`,
 * `renewal-lapse:<memberId>:<endsAt>`.
 */
export function renewalNoticeKey(
  kind: RenewalNoticeKind,
  memberId: string,
  endsAt: Date,
  daysBefore: number | null = null,
): string {
  const base = `renewal-${kind}:${memberId}:${keyInstant(endsAt)}`;
  return kind === 'reminder' ? `${base}:${daysBefore ?? 0}d` : base;
}

/** The parts of a renewal notice key, or null when the text is not one. */
export function parseRenewalNoticeKey(
  key: string,
): { kind: RenewalNoticeKind; memberId: string; endsAt: Date; daysBefore: number | null } | null {
  const parts = key.split(':');
  const kind = parts[0]?.replace(/^renewal-/, '');
  if (kind !== 'reminder' && kind !== 'grace' && kind !== 'lapse') return null;
  if (!parts[0]?.startsWith('renewal-')) return null;
  if (parts.length !== (kind === 'reminder' ? 4 : 3)) return null;
  const memberId = parts[1] ?? '';
  const endsAt = parseKeyInstant(parts[2] ?? '');
  let daysBefore: number | null = null;
  if (kind === 'reminder') {
    const m = /^(\d{1,3})d$/.exec(parts[3] ?? '');
    if (!m) return null;
    daysBefore = Number(m[1]);
  }
  if (!memberId || !endsAt) return null;
  return { kind, memberId, endsAt, daysBefore };
}

/** When the reminder `days` before `endsAt` is due: that calendar day in the club's timezone, at 10:00. */
export function renewalReminderAt(endsAt: Date, days: number, timezone: string): Date {
  const local = DateTime.fromJSDate(endsAt, { zone: timezone });
  const zoned = local.isValid ? local : DateTime.fromJSDate(endsAt, { zone: 'utc' });
  return zoned.startOf('day').minus({ days }).set({ hour: RENEWAL_NOTICE_LOCAL_HOUR }).toJSDate();
}

/**
 * Whether a member whose membership ends at `endsAt` can have a renewal step to plan that is due by `until`:
 * false when even the earliest reminder (the longest lead, on that local day) comes after `until`, or when the
 * whole ladder is stale (the lapse is more than LAPSE_CATCH_UP_DAYS old). A cheap test that spares the
 * timezone arithmetic of `planRenewalNotices` for most of a big club; it never drops a step that plan keeps.
 */
export function renewalLadderMayBeDue(
  endsAt: Date,
  settings: Pick<CommunitySettings, 'renewalReminderDays' | 'graceDays'>,
  now: Date,
  until: Date,
): boolean {
  const longest = Math.max(0, ...settings.renewalReminderDays.filter((d) => Number.isInteger(d) && d > 0));
  // The reminder is at 10:00 local on the day `longest` days before the end's local day: never more than
  // `longest + 2` days before the end, whatever the timezone.
  const earliest = endsAt.getTime() - (longest + 2) * DAY_MS;
  const lapseStaleAt = endsAt.getTime() + (settings.graceDays + LAPSE_CATCH_UP_DAYS) * DAY_MS;
  return earliest <= until.getTime() && lapseStaleAt > now.getTime();
}

/**
 * The latest ends a renewal scan up to `until` must look at, as (`after`, `upTo`]: exactly the ends for which
 * `renewalLadderMayBeDue` can hold, so a scan reads the members near their end and never the whole club.
 */
export function renewalScanWindow(
  settings: Pick<CommunitySettings, 'renewalReminderDays' | 'graceDays'>,
  now: Date,
  until: Date,
): { readonly after: Date; readonly upTo: Date } {
  const longest = Math.max(0, ...settings.renewalReminderDays.filter((d) => Number.isInteger(d) && d > 0));
  return {
    after: new Date(now.getTime() - (settings.graceDays + LAPSE_CATCH_UP_DAYS) * DAY_MS),
    upTo: new Date(until.getTime() + (longest + 2) * DAY_MS),
  };
}

/**
 * The renewal ladder of every member from their latest membership end: reminders `renewalReminderDays`
 * before the end, a grace notice at the end (none when there are no grace days), and the lapse at the end of
 * the grace period, which is exactly when `membershipState` turns `lapsed`. A step is left out once a later
 * step is due (superseded), and a lapse once it is LAPSE_CATCH_UP_DAYS old. Sorted by due time.
 */
export function planRenewalNotices(
  latestEnds: readonly { readonly memberId: string; readonly endsAt: Date }[],
  settings: Pick<CommunitySettings, 'renewalReminderDays' | 'graceDays' | 'timezone'>,
  now: Date,
): PlannedRenewalNotice[] {
  const t = now.getTime();
  const days = [...new Set(settings.renewalReminderDays.filter((d) => Number.isInteger(d) && d > 0))].sort(
    (a, b) => b - a,
  );
  const planned: PlannedRenewalNotice[] = [];
  for (const { memberId, endsAt } of latestEnds) {
    const lapseAt = new Date(endsAt.getTime() + settings.graceDays * DAY_MS);
    const ladder: PlannedRenewalNotice[] = days.map((d) => ({
      key: renewalNoticeKey('reminder', memberId, endsAt, d),
      kind: 'reminder',
      memberId,
      endsAt,
      daysBefore: d,
      at: renewalReminderAt(endsAt, d, settings.timezone),
      jobName: RENEWAL_REMINDER_JOB,
    }));
    if (settings.graceDays > 0) {
      ladder.push({
        key: renewalNoticeKey('grace', memberId, endsAt),
        kind: 'grace',
        memberId,
        endsAt,
        daysBefore: null,
        at: endsAt,
        jobName: RENEWAL_REMINDER_JOB,
      });
    }
    ladder.push({
      key: renewalNoticeKey('lapse', memberId, endsAt),
      kind: 'lapse',
      memberId,
      endsAt,
      daysBefore: null,
      at: lapseAt,
      jobName: RENEWAL_LAPSE_JOB,
    });
    ladder.forEach((notice, i) => {
      const next = ladder[i + 1];
      const stale = next ? next.at.getTime() <= t : notice.at.getTime() + LAPSE_CATCH_UP_DAYS * DAY_MS <= t;
      if (!stale) planned.push(notice);
    });
  }
  return planned.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
