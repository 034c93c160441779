import { lazy, Suspense, useMemo, useState } from 'react';
import { call } from '../api/client.js';
import type { VitalitySeries } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useApi } from './use-api.js';
import { vitalityChartOption, vitalityCsv } from './vitality-series.js';

// ECharts is loaded with the first chart, in its own chunk: the rest of the panel does not wait for it.
const EChart = lazy(() => import('./echart.js').then((module) => ({ default: module.EChart })));

const RANGES = [
  { days: 90, label: 'vitality.days90' },
  { days: 365, label: 'vitality.days365' },
  { days: 730, label: 'vitality.days730' },
] as const;

/** Saves the series' numbers as a CSV file (the same numbers as `GET /api/vitality`). */
function downloadCsv(series: VitalitySeries): void {
  const url = URL.createObjectURL(new Blob([vitalityCsv(series.days)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `vitality-${series.fromDay}-${series.toDay}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Contributors, takers and silent members per day, as a line chart over a chosen range, downloadable as CSV. */
export function VitalityTrendCard() {
  const { t } = useI18n();
  const [days, setDays] = useState<number>(365);
  const loaded = useApi(() => call('GET /vitality', { query: { days } }), [days]);
  const series = loaded.data;
  const option = useMemo(
    () =>
      series
        ? vitalityChartOption(series.days, {
            members: t('vitality.members'),
            contributors30: t('vitality.contributors'),
            takers30: t('vitality.takers'),
            silent30: t('vitality.silent'),
            newContributors30: t('vitality.newContributors'),
          })
        : null,
    [series, t],
  );
  const latest = series?.days.at(-1);
  return (
    <div className="card vitality-trend">
      <div className="toolbar">
        <h2>{t('vitality.trend')}</h2>
        <label>
          {t('vitality.range')}{' '}
          <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {RANGES.map((range) => (
              <option key={range.days} value={range.days}>
                {t(range.label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">{t('vitality.trendHint')}</p>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {series && series.days.length === 0 && <p className="muted">{t('vitality.notYet')}</p>}
      {series && option && series.days.length > 0 && (
        <>
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <EChart option={option} label={t('vitality.trend')} />
          </Suspense>
          <p className="muted">
            {latest && t('vitality.contributors90', { count: latest.contributors90 })}
            {series.computedThrough && ` · ${t('vitality.computedThrough', { day: series.computedThrough })}`}
          </p>
          <button type="button" className="button-secondary small" onClick={() => downloadCsv(series)}>
            {t('vitality.downloadCsv')}
          </button>
        </>
      )}
    </div>
  );
}
