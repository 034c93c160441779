import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useApi } from './use-api.js';

const HOUR = 3600;

/** Seconds as hours with one decimal ("—" when there is nothing to measure). */
function hours(seconds: number | null): string {
  return seconds === null ? '—' : (seconds / HOUR).toFixed(1);
}

/**
 * How the club keeps its response-time promise, month by month: time to the first answer and to resolution
 * (median and 90th percentile, from the API's SQL), satisfaction, questions per asking member, unanswered.
 */
export function CoachingFigures() {
  const { t } = useI18n();
  const figures = useApi(() => call('GET /coaching', { query: { months: 6 } }), []);
  const data = figures.data;
  return (
    <div className="card">
      <h2>{t('coaching.title')}</h2>
      <ErrorBanner error={figures.error} onRetry={figures.reload} />
      {data && (
        <>
          <p className="muted">
            {t('coaching.now', { hours: data.slaHours, waiting: data.waiting, overdue: data.overdue })}
          </p>
          <table>
            <thead>
              <tr>
                <th>{t('coaching.month')}</th>
                <th>{t('coaching.asked')}</th>
                <th>{t('coaching.perMember')}</th>
                <th>{t('coaching.firstResponse')}</th>
                <th>{t('coaching.resolution')}</th>
                <th>{t('coaching.satisfaction')}</th>
                <th>{t('coaching.unanswered')}</th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((m) => (
                <tr key={m.month}>
                  <td>{m.month}</td>
                  <td>{m.asked}</td>
                  <td>{m.askers > 0 ? (m.asked / m.askers).toFixed(1) : '—'}</td>
                  <td>
                    {hours(m.firstResponseP50)} / {hours(m.firstResponseP90)}
                  </td>
                  <td>
                    {hours(m.resolutionP50)} / {hours(m.resolutionP90)}
                  </td>
                  <td>{m.satisfaction === null ? '—' : `${m.satisfaction.toFixed(1)} (${m.ratings})`}</td>
                  <td>{m.unanswered}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('coaching.hint')}</p>
        </>
      )}
    </div>
  );
}
