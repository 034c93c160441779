import { call } from '../api/client.js';
import type { DealSummary, DealTotal } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, pathWith, useLocation } from '../router/router.js';
import { ErrorBanner } from './error-banner.js';
import { Pager } from './pager.js';
import { useApi } from './use-api.js';

const LIMIT = 25;

/** One table per currency: amounts in different currencies are never added up. */
function QuarterTable({ currency, summary }: { readonly currency: string; readonly summary: DealSummary }) {
  const { t, money } = useI18n();
  const rows = summary.quarters.filter((q) => q.currency === currency);
  const total = summary.totals.find((x) => x.currency === currency) as DealTotal;
  const title = t('deals.quarterTable', { currency });
  return (
    <div className="card table-card">
      <h3>{title}</h3>
      <table aria-label={title}>
        <thead>
          <tr>
            <th>{t('deals.quarter')}</th>
            <th>{t('deals.count')}</th>
            <th>{t('deals.value')}</th>
            <th>{t('deals.confirmedValue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((q) => (
            <tr key={`${q.year}-${q.quarter}`}>
              <td className="nowrap">{t('deals.quarterLabel', { year: q.year, quarter: q.quarter })}</td>
              <td>{q.count}</td>
              <td className="nowrap">{money(q.amountMinor, currency)}</td>
              <td className="nowrap">{money(q.confirmedAmountMinor, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('deals.total')}</th>
            <td>{total.count}</td>
            <td className="nowrap">
              <strong>{money(total.amountMinor, currency)}</strong>
            </td>
            <td className="nowrap">{money(total.confirmedAmountMinor, currency)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The club's deals: totals per quarter for each currency, and the list with both parties. */
export function DealsPanel() {
  const { t, date, money } = useI18n();
  const { path, query } = useLocation();
  const thisYear = new Date().getFullYear();
  const year = Number(query.get('year')) || null;
  const offset = Number(query.get('dealsOffset') ?? 0) || 0;
  const summary = useApi(
    () => call('GET /deals', { query: { ...(year ? { year } : {}), limit: LIMIT, offset } }),
    [year, offset],
  );
  const go = (next: Record<string, string | number | null>) =>
    navigate(pathWith(path, { ...Object.fromEntries(query), ...next }));
  const s = summary.data;
  const person = (ref: DealSummary['deals']['items'][number]['recordedBy']) =>
    ref ? <Link to={`/members/${ref.id}`}>{ref.displayName}</Link> : <span className="muted">—</span>;
  return (
    <section aria-label={t('deals.title')}>
      <h2>{t('deals.title')}</h2>
      <div className="toolbar">
        <label className="inline">
          {t('deals.year')}
          <select value={year ?? ''} onChange={(e) => go({ year: e.target.value || null, dealsOffset: null })}>
            <option value="">{t('app.all')}</option>
            {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorBanner error={summary.error} onRetry={summary.reload} />
      {s && s.totals.length === 0 && <p className="card muted">{t('deals.none')}</p>}
      {s && s.totals.length > 0 && (
        <>
          <div className="grid-2">
            {s.totals.map((total) => (
              <QuarterTable key={total.currency} currency={total.currency} summary={s} />
            ))}
          </div>
          <div className="card table-card">
            <table aria-label={t('deals.list')}>
              <thead>
                <tr>
                  <th>{t('deals.closed')}</th>
                  <th>{t('deals.parties')}</th>
                  <th>{t('deals.value')}</th>
                  <th>{t('deals.note')}</th>
                </tr>
              </thead>
              <tbody>
                {s.deals.items.map((d) => (
                  <tr key={d.id}>
                    <td className="nowrap">{date(d.closedAt)}</td>
                    <td>
                      {person(d.recordedBy)} ↔ {person(d.counterpart)}
                      {d.introductionId && (
                        <div className="muted">
                          <Link to={pathWith('/introductions', { status: 'introduced' })}>
                            {t('deals.fromIntroduction')}
                          </Link>
                        </div>
                      )}
                    </td>
                    <td className="nowrap">
                      <strong>{money(d.amountMinor, d.currency)}</strong>{' '}
                      {d.confirmed ? (
                        <span className="badge badge-active">{t('intros.confirmed')}</span>
                      ) : (
                        <span className="badge badge-none">{t('deals.unconfirmed')}</span>
                      )}
                    </td>
                    <td>{d.note || <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager offset={offset} limit={LIMIT} total={s.deals.total} onChange={(next) => go({ dealsOffset: next })} />
          </div>
        </>
      )}
    </section>
  );
}
