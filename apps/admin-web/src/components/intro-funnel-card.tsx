import { call } from '../api/client.js';
import type { IntroFunnel } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useApi } from './use-api.js';

type Month = IntroFunnel['months'][number];

function share(part: number, whole: number): string {
  return whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`;
}

/**
 * The introduction funnel per month of suggestion: suggested → accepted → met → deal → value, as the database
 * counts it (`GET /api/introductions/funnel`). Shares are of the month's suggestions; values stay per currency.
 */
export function IntroFunnelCard({ months }: { readonly months: number }) {
  const { t, money } = useI18n();
  const funnel = useApi(() => call('GET /introductions/funnel', { query: { months } }), [months]);
  const rows = [...(funnel.data?.months ?? [])].reverse();
  const title = t('funnel.title');
  const cell = (m: Month, n: number) => (
    <td>
      {n}
      <span className="muted">{share(n, m.suggested)}</span>
    </td>
  );
  return (
    <div className="card table-card">
      <h2>{title}</h2>
      <p className="muted">{t('funnel.hint')}</p>
      <ErrorBanner error={funnel.error} onRetry={funnel.reload} />
      {funnel.data && (
        <table aria-label={title}>
          <thead>
            <tr>
              <th>{t('funnel.month')}</th>
              <th>{t('funnel.suggested')}</th>
              <th>{t('funnel.accepted')}</th>
              <th>{t('funnel.met')}</th>
              <th>{t('funnel.deals')}</th>
              <th>{t('funnel.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.month}>
                <td className="nowrap">{m.month}</td>
                <td>{m.suggested}</td>
                {cell(m, m.accepted)}
                {cell(m, m.met)}
                {cell(m, m.deals)}
                <td className="nowrap">
                  {m.value.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    m.value.map((v) => money(v.amountMinor, v.currency)).join(' · ')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
