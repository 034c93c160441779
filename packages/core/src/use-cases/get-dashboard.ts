import { DateTime } from 'luxon';
import type { MembershipStatus } from '../domain/membership.js';
import { pageRequest } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

const DAY = 86_400_000;
/** The window for "renewals due" and for counting contributors (vitality). */
export const DASHBOARD_WINDOW_DAYS = 30;

export interface Dashboard {
  readonly at: Date;
  /** Members by membership status; `none` are approved applicants who have not paid yet. */
  readonly members: Readonly<Record<MembershipStatus, number>>;
  readonly applications: { readonly pending: number; readonly infoRequested: number };
  readonly renewalsDue: {
    readonly total: number;
    /** The soonest few, for a glance. */
    readonly next: readonly { readonly memberId: string; readonly displayName: string; readonly endsAt: Date }[];
  };
  /** Contributors in the window among members with access, against all members with access. */
  readonly vitality: { readonly contributors: number; readonly members: number; readonly ratio: number | null };
  readonly questions: { readonly open: number; readonly claimed: number };
  /**
   * Introductions this year (since 1 January in the club's timezone): `made` became introduced (both accepted),
   * `declined` were turned down; `acceptanceRate` is made / (made + declined), null before any was decided.
   * `proposed` still wait for answers.
   */
  readonly introductions: {
    readonly year: number;
    readonly made: number;
    readonly declined: number;
    readonly proposed: number;
    readonly acceptanceRate: number | null;
  };
  /** Deals closed since 1 January in the club's timezone, with total value per currency. */
  readonly deals: {
    readonly year: number;
    readonly count: number;
    readonly totals: readonly { readonly currency: string; readonly amountMinor: number; readonly count: number }[];
  };
}

/**
 * The numbers a staff member opens the panel for: membership health, queues, vitality, introductions and deals.
 * Every figure is an aggregate the repositories compute where the data is (SQL on PostgreSQL), read side by
 * side without a transaction (a dashboard is a glance, not a ledger).
 */
export async function getDashboard(
  deps: Pick<Ports, 'communities' | 'figures' | 'applications' | 'questions' | 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<Dashboard> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const now = deps.clock.now();
  const repos = deps;
  const community = await loadCommunity(repos, input.communityId);
  const { settings } = community;
  const windowStart = new Date(now.getTime() - DASHBOARD_WINDOW_DAYS * DAY);
  const graceFrom = new Date(now.getTime() - settings.graceDays * DAY);
  const yearStart = DateTime.fromJSDate(now, { zone: settings.timezone }).startOf('year');
  const yearFrom = yearStart.toJSDate();
  const [members, due, vitality, pending, infoRequested, open, claimed, intros, deals] = await Promise.all([
    repos.figures.membershipCounts(community.id, {
      now,
      expiringFrom: new Date(now.getTime() + settings.expiringDays * DAY),
      graceFrom,
    }),
    repos.figures.renewalsDue(community.id, now, new Date(now.getTime() + DASHBOARD_WINDOW_DAYS * DAY), 5),
    repos.figures.contributorsWithAccess(community.id, graceFrom, windowStart, now),
    repos.applications.list(community.id, 'pending', pageRequest(1)),
    repos.applications.list(community.id, 'info_requested', pageRequest(1)),
    repos.questions.list(community.id, 'open', pageRequest(1)),
    repos.questions.list(community.id, 'claimed', pageRequest(1)),
    repos.figures.introductionCounts(community.id, yearFrom, now),
    repos.figures.dealTotals(community.id, yearFrom, now),
  ]);
  return {
    at: now,
    members,
    applications: { pending: pending.total, infoRequested: infoRequested.total },
    renewalsDue: { total: due.total, next: due.next.map((d) => ({ ...d })) },
    vitality: {
      contributors: vitality.contributors,
      members: vitality.members,
      ratio: vitality.members === 0 ? null : vitality.contributors / vitality.members,
    },
    questions: { open: open.total, claimed: claimed.total },
    introductions: {
      year: yearStart.year,
      ...intros,
      acceptanceRate: intros.made + intros.declined === 0 ? null : intros.made / (intros.made + intros.declined),
    },
    deals: { year: yearStart.year, count: deals.count, totals: deals.totals.map((t) => ({ ...t })) },
  };
}
