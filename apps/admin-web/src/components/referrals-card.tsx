import { lazy, Suspense, useMemo } from 'react';
import { call } from '../api/client.js';
import type { Referrals } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { ErrorBanner } from './error-banner.js';
import { useApi } from './use-api.js';
import { percent, referralChartOption, referralsCsv } from './vitality-series.js';

const EChart = lazy(() => import('./echart.js').then((module) => ({ default: module.EChart })));

function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const ratio = (part: number, whole: number) => percent(whole === 0 ? null : part / whole);

/** The referral snowball: who brought whom (a tree), and referred applicants against the others, to renewal. */
export function ReferralsCard() {
  const { t } = useI18n();
  const session = useSession();
  const loaded = useApi(() => call('GET /vitality/referrals'), []);
  const data: Referrals | null = loaded.data ?? null;
  const clubName = session.community.name;
  const option = useMemo(() => (data ? referralChartOption(data.tree, clubName) : null), [data, clubName]);
  const rows = data
    ? ([
        ['referrals.referred', data.funnel.referred],
        ['referrals.direct', data.funnel.direct],
      ] as const)
    : [];
  return (
    <div className="card referrals">
      <h2>{t('referrals.title')}</h2>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {data && (
        <>
          <table className="cohort-table">
            <thead>
              <tr>
                <th />
                <th>{t('referrals.applied')}</th>
                <th>{t('referrals.approved')}</th>
                <th>{t('referrals.paid')}</th>
                <th>{t('cohorts.renewal')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, stage]) => (
                <tr key={label}>
                  <td>{t(label)}</td>
                  <td>{stage.applied}</td>
                  <td>
                    {stage.approved} ({ratio(stage.approved, stage.applied)})
                  </td>
                  <td>
                    {stage.paid} ({ratio(stage.paid, stage.approved)})
                  </td>
                  <td title={`${stage.renewed} / ${stage.renewalDue}`}>{ratio(stage.renewed, stage.renewalDue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.tree.length === 0 ? (
            <p className="muted">{t('referrals.none')}</p>
          ) : (
            option && (
              <>
                <p className="muted">
                  {t('referrals.treeHint', { count: data.tree.length })}
                  {data.truncated && ` ${t('referrals.truncated')}`}
                </p>
                <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
                  <EChart option={option} label={t('referrals.title')} />
                </Suspense>
                <button
                  type="button"
                  className="button-secondary small"
                  onClick={() => download(referralsCsv(data.tree), 'referrals.csv')}
                >
                  {t('vitality.downloadCsv')}
                </button>
              </>
            )
          )}
        </>
      )}
    </div>
  );
}
