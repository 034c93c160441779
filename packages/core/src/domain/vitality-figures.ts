/** How far ahead "approaching renewal" looks for the at-risk figure (the value receipt's window, too). */
export const AT_RISK_RENEWAL_DAYS = 30;
/** A top contributor who gave nothing for this many days has gone silent. */
export const AT_RISK_SILENT_DAYS = 30;
/** New contributors are counted for this many local months, the current one included. */
export const NEW_CONTRIBUTOR_MONTHS = 12;
/** Deals are counted for this many local quarters, the current one included. */
export const DEAL_QUARTERS = 8;
/** The deals per introducer list this many introducers, those with the most deals first. */
export const TOP_INTRODUCERS = 10;

/**
 * The members a host should call first, as of one instant. Both count current members with access (a
 * membership period that has started and has not ended more than the grace days ago), deleted members left out.
 */
export interface AtRisk {
  /**
   * Contributors who went silent: in the top quarter of the club's contributors with access by all-time points
   * (rank by points, ties included, within the first quarter of them rounded up), and nothing given in the last
   * `AT_RISK_SILENT_DAYS` days.
   */
  readonly silentContributors: number;
  /**
   * Members approaching renewal who took nothing and gave nothing: their latest membership period ends within
   * `AT_RISK_RENEWAL_DAYS` days, and since that period started they contributed nothing, asked no question, were
   * introduced to nobody and attended no lesson.
   */
  readonly renewalsWithoutActivity: number;
}

/** A new member is activated by what they did in this many days after their access began. */
export const ACTIVATION_DAYS = 14;
/** The activation figure looks at members whose access began in this many days before their first 14 were over. */
export const ACTIVATION_COHORT_DAYS = 90;

/**
 * Onboarding's result: members (not deleted) whose first membership period began between
 * `ACTIVATION_COHORT_DAYS + ACTIVATION_DAYS` and `ACTIVATION_DAYS` days ago (their first 14 days are over), and of
 * them those activated: their profile is filled in (see `profileIsEmpty`) and in their first 14 days they did one
 * thing — contributed, asked a question, were introduced, or attended a lesson.
 */
export interface Activation {
  readonly newMembers: number;
  readonly activated: number;
}

/** Members whose first contribution ever falls in one local month (YYYY-MM). */
export interface MonthCount {
  readonly month: string;
  readonly count: number;
}

/** Deals closed in one local quarter (YYYY-Qn) in one currency: how many and their total value (minor units). */
export interface DealQuarter {
  readonly quarter: string;
  readonly currency: string;
  readonly count: number;
  readonly amountMinor: number;
}

/**
 * Deals that came from one introducer's introductions (a third party who made them, see
 * `Introduction.introducerId`), or from a matching round's (`introducerId` null), in one currency.
 */
export interface IntroducerDeals {
  /** The introducer; null for the matching round's row. */
  readonly introducerId: string | null;
  readonly currency: string;
  readonly count: number;
  readonly amountMinor: number;
}

/** The local quarter of a local date (YYYY-MM-DD or YYYY-MM): `2026-Q2`. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The local month `n` months after `month` (YYYY-MM; negative goes back). */
export function addLocalMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}
