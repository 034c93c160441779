import { DateTime } from 'luxon';
import type { MembershipStatus } from '../domain/membership.js';
import { hasAccess, membershipState } from '../domain/membership.js';
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

/** The numbers a staff member opens the panel for: membership health, queues, vitality, introductions and deals. */
export async function getDashboard(
  deps: Pick<Ports, 'uow' | 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<Dashboard> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const { settings } = community;
    const [memberIds, ends, contributors, pending, infoRequested, open, claimed, deals, intros] = await Promise.all([
      repos.members.listIds(community.id),
      repos.memberships.latestEnds(community.id),
      repos.contributions.contributorIds(community.id, new Date(now.getTime() - DASHBOARD_WINDOW_DAYS * DAY), now),
      repos.applications.list(community.id, 'pending', pageRequest(1)),
      repos.applications.list(community.id, 'info_requested', pageRequest(1)),
      repos.questions.list(community.id, 'open', pageRequest(1)),
      repos.questions.list(community.id, 'claimed', pageRequest(1)),
      repos.introductions.listDeals(community.id),
      repos.introductions.listForCommunity(community.id),
    ]);
    const current = new Set(memberIds);
    const members: Record<MembershipStatus, number> = { none: 0, active: 0, expiring: 0, grace: 0, lapsed: 0 };
    const withAccess = new Set<string>();
    const due: { memberId: string; endsAt: Date }[] = [];
    const dueUntil = now.getTime() + DASHBOARD_WINDOW_DAYS * DAY;
    for (const { memberId, endsAt } of ends) {
      if (!current.has(memberId)) continue;
      const { status } = membershipState([{ endsAt }], now, settings);
      members[status] += 1;
      if (hasAccess(status)) withAccess.add(memberId);
      if (endsAt.getTime() > now.getTime() && endsAt.getTime() <= dueUntil) due.push({ memberId, endsAt });
    }
    members.none = current.size - ends.filter((e) => current.has(e.memberId)).length;
    due.sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime() || a.memberId.localeCompare(b.memberId));
    const soonest = due.slice(0, 5);
    const names = new Map(
      (
        await repos.members.getMany(
          community.id,
          soonest.map((d) => d.memberId),
        )
      ).map((m) => [m.id, m.displayName]),
    );
    const activeContributors = contributors.filter((id) => withAccess.has(id)).length;

    const yearStart = DateTime.fromJSDate(now, { zone: settings.timezone }).startOf('year');
    const thisYear = deals.filter((d) => d.closedAt.getTime() >= yearStart.toMillis() && d.closedAt <= now);
    // An introduction counts in the year it was decided: introduced when both accepted, else when suggested.
    const inYear = (at: Date | null) => at !== null && at.getTime() >= yearStart.toMillis() && at <= now;
    const made = intros.filter((i) => i.status === 'introduced' && inYear(i.introducedAt ?? i.createdAt)).length;
    const declined = intros.filter((i) => i.status === 'declined' && inYear(i.createdAt)).length;
    const proposed = intros.filter((i) => i.status === 'proposed' && inYear(i.createdAt)).length;
    const totals = new Map<string, { amountMinor: number; count: number }>();
    for (const deal of thisYear) {
      const t = totals.get(deal.currency) ?? { amountMinor: 0, count: 0 };
      totals.set(deal.currency, { amountMinor: t.amountMinor + deal.amountMinor, count: t.count + 1 });
    }
    return {
      at: now,
      members,
      applications: { pending: pending.total, infoRequested: infoRequested.total },
      renewalsDue: {
        total: due.length,
        next: soonest.map((d) => ({ ...d, displayName: names.get(d.memberId) ?? '' })),
      },
      vitality: {
        contributors: activeContributors,
        members: withAccess.size,
        ratio: withAccess.size === 0 ? null : activeContributors / withAccess.size,
      },
      questions: { open: open.total, claimed: claimed.total },
      introductions: {
        year: yearStart.year,
        made,
        declined,
        proposed,
        acceptanceRate: made + declined === 0 ? null : made / (made + declined),
      },
      deals: {
        year: yearStart.year,
        count: thisYear.length,
        totals: [...totals]
          .map(([currency, t]) => ({ currency, ...t }))
          .sort((a, b) => a.currency.localeCompare(b.currency)),
      },
    };
  });
}
