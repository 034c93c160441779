import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useApi } from './use-api.js';
import { cohortsCsv, heatClass, percent } from './vitality-series.js';

/** Saves the cohort table's numbers as a CSV file (the same numbers as `GET /api/vitality/cohorts`). */
function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Cohorts by join month: a table whose rate cells are coloured by value (CSS classes: no inline styles). */
export function CohortsCard() {
  const { t } = useI18n();
  const loaded = useApi(() => call('GET /vitality/cohorts'), []);
  const cohorts = loaded.data?.cohorts ?? [];
  return (
    <div className="card cohorts">
      <h2>{t('cohorts.title')}</h2>
      <p className="muted">{t('cohorts.hint')}</p>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {loaded.data && cohorts.length === 0 && <p className="muted">{t('app.empty')}</p>}
      {cohorts.length > 0 && (
        <>
          <table className="cohort-table">
            <thead>
              <tr>
                <th>{t('cohorts.month')}</th>
                <th>{t('cohorts.members')}</th>
                <th>{t('cohorts.retained')}</th>
                <th>{t('cohorts.renewal')}</th>
                <th>{t('cohorts.contributed')}</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.map((c) => (
                <tr key={c.month}>
                  <td>{c.month}</td>
                  <td>{c.members}</td>
                  <td className={heatClass(c.retainedShare)} title={`${c.retained} / ${c.matured}`}>
                    {percent(c.retainedShare)}
                  </td>
                  <td className={heatClass(c.renewalRate)} title={`${c.renewed} / ${c.renewalDue}`}>
                    {percent(c.renewalRate)}
                  </td>
                  <td className={heatClass(c.contributedShare)} title={`${c.contributed} / ${c.members}`}>
                    {percent(c.contributedShare)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="button-secondary small"
            onClick={() => download(cohortsCsv(cohorts), 'cohorts.csv')}
          >
            {t('vitality.downloadCsv')}
          </button>
        </>
      )}
    </div>
  );
}
