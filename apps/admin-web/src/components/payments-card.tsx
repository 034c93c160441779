import type { ClubPayment, MonthlyTotal } from '@snowball/admin-api/contract';
import { useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { ErrorBanner } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

/** The club's payments (manual and online), totals by month and currency, CSV export and receipts. */
export function PaymentsCard() {
  const { t, date, money } = useI18n();
  const first = useApi(() => call('GET /payments', { query: { limit: 25 } }), []);
  const [more, setMore] = useState<{ items: readonly ClubPayment[]; next: string | null } | null>(null);
  const loadMore = useAction((after: string) => call('GET /payments', { query: { after, limit: 25 } }));
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const next = more ? more.next : (first.data?.nextCursor ?? null);
  const totals: readonly MonthlyTotal[] = first.data?.totals ?? [];

  return (
    <div className="card table-card">
      <h2>{t('billing.payments')}</h2>
      <ErrorBanner error={first.error ?? loadMore.error} onRetry={first.reload} />
      <p>
        <a href="/api/payments/export" download="payments.csv">
          {t('billing.exportCsv')}
        </a>
      </p>
      {totals.length > 0 && (
        <table aria-label={t('billing.totals')}>
          <thead>
            <tr>
              <th>{t('billing.month')}</th>
              <th>{t('billing.count')}</th>
              <th>{t('billing.total')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((m) => (
              <tr key={`${m.month}-${m.currency}`}>
                <td>{m.month}</td>
                <td>{m.count}</td>
                <td>{money(m.amountMinor, m.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {first.data && items.length === 0 && <p className="muted">{t('billing.noPayments')}</p>}
      {items.length > 0 && (
        <table aria-label={t('billing.payments')}>
          <thead>
            <tr>
              <th>{t('billing.paidAt')}</th>
              <th>{t('billing.member')}</th>
              <th>{t('billing.amount')}</th>
              <th>{t('billing.method')}</th>
              <th>{t('billing.reference')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <td>{date(p.paidAt)}</td>
                <td>
                  <Link to={`/members/${p.memberId}`}>{p.memberName}</Link>
                </td>
                <td>{money(p.amountMinor, p.currency)}</td>
                <td>{p.method === 'stripe' ? t('billing.methodStripe') : p.method}</td>
                <td>
                  <code>{p.reference}</code>
                </td>
                <td>
                  <Link to={`/billing/receipts/${p.id}`}>{t('billing.receipt')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button
          type="button"
          className="button-secondary"
          disabled={loadMore.pending}
          onClick={async () => {
            const page = await loadMore.run(next);
            if (page) setMore({ items: [...(more?.items ?? []), ...page.items], next: page.nextCursor });
          }}
        >
          {t('billing.more')}
        </button>
      )}
    </div>
  );
}
