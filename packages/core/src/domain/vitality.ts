/** How many days one vitality figure looks back: the short window (headline) and the long one. */
export const VITALITY_SHORT_DAYS = 30;
export const VITALITY_LONG_DAYS = 90;

/**
 * One day of a club's life, as of the end of that day in the club's timezone (`day` is that local date,
 * YYYY-MM-DD). Members with access are those with a membership period that had started and had not ended more
 * than the grace days before the day's end; every other count is among them. Windows are whole local days
 * ending with `day` (30 days: `day` and the 29 before).
 */
export interface VitalityDay {
  readonly day: string;
  /** Members with access at the end of the day. */
  readonly members: number;
  /** Members with a contribution in the last 30 days. */
  readonly contributors30: number;
  /** Members with a contribution in the last 90 days. */
  readonly contributors90: number;
  /** Members who took (asked a question, were introduced, attended a lesson) in the last 30 days and gave nothing. */
  readonly takers30: number;
  /** Members who neither gave nor took in the last 30 days (`members − contributors30 − takers30`). */
  readonly silent30: number;
  /** Contributors of the last 30 days whose first contribution ever is in those 30 days. */
  readonly newContributors30: number;
}

/** A local date (YYYY-MM-DD) is a real calendar date. */
export function isLocalDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** The local date `n` days after `day` (calendar arithmetic; negative goes back). */
export function addLocalDays(day: string, n: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  return new Date(at.getTime() + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The members who joined in one local month (their first membership period's start, in the club's timezone):
 * who is still a member a year later, who renewed, who ever gave. Deleted members are left out.
 */
export interface Cohort {
  /** YYYY-MM, local. */
  readonly month: string;
  readonly members: number;
  /** Members whose first year and its grace days are over (12 local months after their start, plus grace). */
  readonly matured: number;
  /** Of `matured`, those with access at that moment: still members after their first year. */
  readonly retained: number;
  /** Members whose first period ended more than the grace days ago: their renewal was due. */
  readonly renewalDue: number;
  /** Of `renewalDue`, those with a renewal period. */
  readonly renewed: number;
  /** Members with at least one contribution, ever. */
  readonly contributed: number;
}

/** One way in (referred by a member, or not): how applicants became paying members and renewed. */
export interface ReferralStage {
  /** Applications, whatever became of them. */
  readonly applied: number;
  readonly approved: number;
  /** Approved applicants who became members with a membership period (paid). */
  readonly paid: number;
  /** Of `paid`, those whose first period ended more than the grace days ago. */
  readonly renewalDue: number;
  /** Of `renewalDue`, those with a renewal period. */
  readonly renewed: number;
}

/** Referral conversion, referred applicants against the others. */
export interface ReferralFunnel {
  readonly referred: ReferralStage;
  readonly direct: ReferralStage;
}

/** A member in the referral tree (who brought whom): approved applications that named a referrer. */
export interface ReferralNode {
  readonly memberId: string;
  readonly displayName: string;
  /** Who brought them; null for a root (a member nobody brought). */
  readonly referrerId: string | null;
  /** 0 for a root. */
  readonly depth: number;
  /** Members they brought directly. */
  readonly brought: number;
  /** Members they brought, directly or down the chain. */
  readonly descendants: number;
  /** Their contribution points, all time: the value the chain brought. */
  readonly points: number;
}

/** What one member got from the club and gave it over a period: the numbers of the renewal value receipt. */
export interface MemberYear {
  /** Lessons they said they would attend (not cancelled, not marked absent) that took place in the period. */
  readonly lessonsAttended: number;
  /** Their questions answered in the period, and who answered them (display names, at most five). */
  readonly questionsAnswered: number;
  readonly answeredBy: readonly string[];
  /** Introductions made for them (both accepted) in the period. */
  readonly introductions: number;
  /** Deals they recorded or were the counterpart of, closed in the period, per currency in code-point order. */
  readonly deals: readonly { readonly currency: string; readonly amountMinor: number; readonly count: number }[];
  /** Their contributions in the period, and the points they earned. */
  readonly contributions: number;
  readonly points: number;
}
