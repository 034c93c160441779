import { DateTime } from 'luxon';

export const MEMBERSHIP_STATUSES = ['none', 'active', 'expiring', 'grace', 'lapsed'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export type PeriodKind = 'initial' | 'renewal' | 'extension';

/** One paid (or granted) stretch of membership. */
export interface MembershipPeriod {
  readonly id: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly kind: PeriodKind;
  readonly paymentId: string | null;
  readonly createdAt: Date;
}

export interface MembershipState {
  readonly status: MembershipStatus;
  readonly endsAt: Date | null;
  readonly graceEndsAt: Date | null;
}

const DAY_MS = 86_400_000;

/** The member's state at `now`: the latest end across all periods decides. */
export function membershipState(
  periods: readonly Pick<MembershipPeriod, 'endsAt'>[],
  now: Date,
  rules: { readonly graceDays: number; readonly expiringDays: number },
): MembershipState {
  if (periods.length === 0) return { status: 'none', endsAt: null, graceEndsAt: null };
  const endsAt = new Date(Math.max(...periods.map((p) => p.endsAt.getTime())));
  const graceEndsAt = new Date(endsAt.getTime() + rules.graceDays * DAY_MS);
  const t = now.getTime();
  let status: MembershipStatus;
  if (t >= graceEndsAt.getTime()) status = 'lapsed';
  else if (t >= endsAt.getTime()) status = 'grace';
  else if (t >= endsAt.getTime() - rules.expiringDays * DAY_MS) status = 'expiring';
  else status = 'active';
  return { status, endsAt, graceEndsAt };
}

/** Statuses that give access to the member role and channels. */
export function hasAccess(status: MembershipStatus): boolean {
  return status === 'active' || status === 'expiring' || status === 'grace';
}

/**
 * Where a newly paid period starts: a renewal paid before the grace period ran out extends from the old end
 * (members do not lose days by paying early or a little late); after a lapse, a new year starts today.
 */
export function nextPeriodStart(state: MembershipState, now: Date): Date {
  if (state.endsAt && state.status !== 'lapsed' && state.status !== 'none') return state.endsAt;
  return now;
}

/** Adds calendar months in the club's timezone, so a year that starts 1 March ends 1 March. */
export function addMonths(start: Date, months: number, timezone: string): Date {
  return DateTime.fromJSDate(start, { zone: timezone }).plus({ months }).toJSDate();
}

export function addDays(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS);
}
