import { DateTime } from 'luxon';
import type { Member } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** A party of a deal as the panel names them. */
export type DealParty = Pick<Member, 'id' | 'displayName' | 'handle'>;

/** One deal with both parties' names, for the panel's list. */
export interface DealSummaryItem {
  readonly id: string;
  readonly introductionId: string | null;
  /** The member who recorded the deal; null if they are gone. */
  readonly recordedBy: DealParty | null;
  /** The other member of the introduction; null if there is none or they are gone. */
  readonly counterpart: DealParty | null;
  readonly amountMinor: number;
  readonly currency: string;
  readonly note: string;
  readonly confirmed: boolean;
  readonly closedAt: Date;
}

/** What deals of one currency add up to in a quarter (or a whole period): amounts are never mixed across currencies. */
export interface DealTotal {
  readonly currency: string;
  readonly amountMinor: number;
  readonly count: number;
  /** The part the counterpart confirmed. */
  readonly confirmedAmountMinor: number;
  readonly confirmedCount: number;
}

export interface QuarterTotal extends DealTotal {
  readonly year: number;
  /** 1–4, in the club's timezone. */
  readonly quarter: number;
}

export interface DealSummary {
  /** The year asked for, or null for every year. */
  readonly year: number | null;
  /** A page of the deals, latest closed first. */
  readonly deals: Page<DealSummaryItem>;
  /** Per quarter and currency, oldest quarter first, currencies in code order. */
  readonly quarters: readonly QuarterTotal[];
  /** Per currency over the whole period. */
  readonly totals: readonly DealTotal[];
}

/**
 * Staff's view of the club's deals: a page of them with both parties' names and the introduction, plus
 * totals per quarter (in the club's timezone) and per currency — different currencies are never added up.
 * `year` narrows everything to one calendar year.
 */
export async function getDealSummary(
  deps: Uow<'communities' | 'introductions' | 'members'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly year?: number;
    readonly limit?: number;
    readonly offset?: number;
  },
): Promise<DealSummary> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const year = input.year ?? null;
  if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
    throw new DomainError('validation.invalid', { field: 'year', reason: '2000–2100' });
  }
  const page = pageRequest(input.limit ?? 50, input.offset ?? 0);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const zone = community.settings.timezone;
    // The year's bounds in the club's timezone; sums and the page are computed where the deals are.
    const start = year === null ? null : DateTime.fromObject({ year }, { zone });
    const range = { from: start ? start.toJSDate() : null, to: start ? start.plus({ years: 1 }).toJSDate() : null };
    const [found, sums] = await Promise.all([
      repos.introductions.pageDeals(community.id, range, page),
      repos.introductions.sumDealsByQuarter(community.id, range, zone),
    ]);
    const totals = new Map<string, DealTotal>();
    for (const q of sums) {
      const t = totals.get(q.currency);
      totals.set(q.currency, {
        currency: q.currency,
        amountMinor: (t?.amountMinor ?? 0) + q.amountMinor,
        count: (t?.count ?? 0) + q.count,
        confirmedAmountMinor: (t?.confirmedAmountMinor ?? 0) + q.confirmedAmountMinor,
        confirmedCount: (t?.confirmedCount ?? 0) + q.confirmedCount,
      });
    }
    const shown = found.items;
    const ids = [...new Set(shown.flatMap((d) => [d.recordedBy, d.counterpartId ?? '']).filter(Boolean))];
    const names = new Map(
      (await repos.members.getMany(community.id, ids))
        .filter((m) => !m.deletedAt)
        .map((m) => [m.id, { id: m.id, displayName: m.displayName, handle: m.handle }]),
    );
    const byCurrency = (a: DealTotal, b: DealTotal) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0);
    return {
      year,
      deals: {
        total: found.total,
        items: shown.map((d) => ({
          id: d.id,
          introductionId: d.introductionId,
          recordedBy: names.get(d.recordedBy) ?? null,
          counterpart: d.counterpartId ? (names.get(d.counterpartId) ?? null) : null,
          amountMinor: d.amountMinor,
          currency: d.currency,
          note: d.note,
          confirmed: d.confirmedByCounterpart,
          closedAt: d.closedAt,
        })),
      },
      quarters: sums.map((q) => ({ ...q })),
      totals: [...totals.values()].sort(byCurrency),
    };
  });
}
