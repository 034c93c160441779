import type { VitalityFigures } from '../api/types.js';

/** The columns of the figures CSV: which figure, its month / quarter (or the instant for at-risk), and numbers. */
export const FIGURE_COLUMNS = ['figure', 'period', 'currency', 'count', 'amountMinor', 'introducer'] as const;

/** The `introducer` cell of the matching rounds' row (their `introducerId` is null in the API). */
export const MATCHING_ROUND = 'matching_round';

/**
 * The figures as CSV (RFC 4180, CRLF line ends), the API's numbers as they are: the two at-risk counts (period:
 * the instant they are as of), new contributors per month, deals per quarter and currency, and the activation
 * figure's two counts (period: the instant), then deals per introducer and currency (introducer: the member id, or
 * `matching_round`).
 */
export function figuresCsv(figures: VitalityFigures): string {
  const lines: string[] = [FIGURE_COLUMNS.join(',')];
  const row = (...cells: (string | number)[]) => lines.push(cells.map(String).join(','));
  row('silentContributors', figures.asOf, '', figures.atRisk.silentContributors, '', '');
  row('renewalsWithoutActivity', figures.asOf, '', figures.atRisk.renewalsWithoutActivity, '', '');
  for (const m of figures.newContributorsByMonth) row('newContributors', m.month, '', m.count, '', '');
  for (const d of figures.dealsByQuarter) row('deals', d.quarter, d.currency, d.count, d.amountMinor, '');
  row('newMembers', figures.asOf, '', figures.activation.newMembers, '', '');
  row('activated', figures.asOf, '', figures.activation.activated, '', '');
  for (const d of figures.dealsByIntroducer) {
    row('dealsByIntroducer', '', d.currency, d.count, d.amountMinor, d.introducerId ?? MATCHING_ROUND);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Deals per quarter grouped for display: one entry per quarter (newest first), its currencies in API order. */
export function dealsByQuarter(
  deals: VitalityFigures['dealsByQuarter'],
): { quarter: string; count: number; totals: { currency: string; amountMinor: number }[] }[] {
  const quarters = new Map<
    string,
    { quarter: string; count: number; totals: { currency: string; amountMinor: number }[] }
  >();
  for (const d of deals) {
    const q = quarters.get(d.quarter) ?? { quarter: d.quarter, count: 0, totals: [] };
    q.count += d.count;
    q.totals.push({ currency: d.currency, amountMinor: d.amountMinor });
    quarters.set(d.quarter, q);
  }
  return [...quarters.values()].reverse();
}

/** One introducer's (or the matching rounds') deals for display: the count over currencies and each total. */
export interface IntroducerRow {
  readonly introducerId: string | null;
  readonly introducerName: string | null;
  readonly count: number;
  readonly totals: { currency: string; amountMinor: number }[];
}

/** Deals per introducer grouped for display, in API order (top introducers, then the matching rounds). */
export function dealsByIntroducer(deals: VitalityFigures['dealsByIntroducer']): IntroducerRow[] {
  const rows = new Map<string, IntroducerRow>();
  for (const d of deals) {
    const key = d.introducerId ?? MATCHING_ROUND;
    const r = rows.get(key) ?? { introducerId: d.introducerId, introducerName: d.introducerName, count: 0, totals: [] };
    r.totals.push({ currency: d.currency, amountMinor: d.amountMinor });
    rows.set(key, { ...r, count: r.count + d.count });
  }
  return [...rows.values()];
}
