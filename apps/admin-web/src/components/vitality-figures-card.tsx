import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { BarChart } from './bar-chart.js';
import { ErrorBanner } from './error-banner.js';
import { useApi } from './use-api.js';
import { dealsByIntroducer, dealsByQuarter, figuresCsv } from './vitality-figures.js';
import { percent } from './vitality-series.js';

/** Saves the card's numbers as a CSV file (the same numbers as `GET /api/vitality/figures`). */
function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Who a host should call first, new contributors per month, deals per quarter and per introducer, downloadable as
 * CSV.
 */
export function VitalityFiguresCard() {
  const { t, money } = useI18n();
  const loaded = useApi(() => call('GET /vitality/figures'), []);
  const figures = loaded.data;
  return (
    <div className="card vitality-figures">
      <h2>{t('figures.atRisk')}</h2>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {figures && (
        <>
          <div className="stats">
            <div className="card stat">
              <div className="stat-value">{figures.atRisk.silentContributors}</div>
              <div className="stat-label">{t('figures.silentContributors')}</div>
              <div className="stat-hint muted">{t('figures.silentContributorsHint')}</div>
            </div>
            <div className="card stat">
              <div className="stat-value">{percent(figures.activation.share)}</div>
              <div className="stat-label">{t('figures.activation')}</div>
              <div className="stat-hint muted">
                {t('figures.activationHint', {
                  activated: figures.activation.activated,
                  members: figures.activation.newMembers,
                })}
              </div>
            </div>
            <div className="card stat">
              <div className="stat-value">{figures.atRisk.renewalsWithoutActivity}</div>
              <div className="stat-label">{t('figures.renewalsWithoutActivity')}</div>
              <div className="stat-hint muted">{t('figures.renewalsWithoutActivityHint')}</div>
            </div>
          </div>
          <h3>{t('figures.newContributors')}</h3>
          <p className="muted">{t('figures.newContributorsHint')}</p>
          <BarChart
            title={t('figures.newContributors')}
            bars={figures.newContributorsByMonth.map((m) => ({ label: m.month, value: m.count, tone: 'active' }))}
          />
          <h3>{t('figures.deals')}</h3>
          {figures.dealsByQuarter.length === 0 ? (
            <p className="muted">{t('figures.noDeals')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('figures.quarter')}</th>
                  <th>{t('figures.dealCount')}</th>
                  <th>{t('figures.dealValue')}</th>
                </tr>
              </thead>
              <tbody>
                {dealsByQuarter(figures.dealsByQuarter).map((q) => (
                  <tr key={q.quarter}>
                    <td>{q.quarter}</td>
                    <td>{q.count}</td>
                    <td>{q.totals.map((total) => money(total.amountMinor, total.currency)).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('figures.dealsByIntroducer')}</h3>
          <p className="muted">{t('figures.dealsByIntroducerHint')}</p>
          {figures.dealsByIntroducer.length === 0 ? (
            <p className="muted">{t('figures.noIntroducerDeals')}</p>
          ) : (
            <table className="deals-by-introducer">
              <thead>
                <tr>
                  <th>{t('figures.introducer')}</th>
                  <th>{t('figures.dealCount')}</th>
                  <th>{t('figures.dealValue')}</th>
                </tr>
              </thead>
              <tbody>
                {dealsByIntroducer(figures.dealsByIntroducer).map((r) => (
                  <tr key={r.introducerId ?? 'matching-round'}>
                    <td>
                      {r.introducerId === null
                        ? t('figures.matchingRound')
                        : (r.introducerName ?? t('figures.unknownIntroducer'))}
                    </td>
                    <td>{r.count}</td>
                    <td>{r.totals.map((total) => money(total.amountMinor, total.currency)).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            className="button-secondary small"
            onClick={() => download(figuresCsv(figures), 'vitality-figures.csv')}
          >
            {t('vitality.downloadCsv')}
          </button>
        </>
      )}
    </div>
  );
}
