import { call } from '../api/client.js';
import { ErrorBanner } from '../components/error-banner.js';
import { useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';

/** A payment's receipt as a printable page (the browser's print dialog makes the PDF). */
export function ReceiptScreen({ id }: { readonly id: string }) {
  const { t, date, money } = useI18n();
  const receipt = useApi(() => call('GET /payments/:id/receipt', { params: { id } }), [id]);
  const r = receipt.data;
  return (
    <section className="receipt">
      <ErrorBanner error={receipt.error} onRetry={receipt.reload} />
      {r && (
        <article className="card">
          <h1>{t('billing.receiptTitle')}</h1>
          <dl>
            <dt>{t('billing.club')}</dt>
            <dd>{r.clubName}</dd>
            <dt>{t('billing.member')}</dt>
            <dd>{r.memberName}</dd>
            {r.period && (
              <>
                <dt>{t('billing.period')}</dt>
                <dd>
                  {date(r.period.startsAt)} – {date(r.period.endsAt)}
                </dd>
              </>
            )}
            <dt>{t('billing.amount')}</dt>
            <dd>{money(r.amountMinor, r.currency)}</dd>
            <dt>{t('billing.method')}</dt>
            <dd>{r.method === 'stripe' ? t('billing.methodStripe') : r.method}</dd>
            <dt>{t('billing.reference')}</dt>
            <dd>
              <code>{r.reference}</code>
            </dd>
            <dt>{t('billing.paidAt')}</dt>
            <dd>{date(r.paidAt)}</dd>
            {r.discounts.length > 0 && (
              <>
                <dt>{t('billing.discount')}</dt>
                <dd>
                  {r.discounts.map((d) => (
                    <div key={d}>{d}</div>
                  ))}
                </dd>
              </>
            )}
          </dl>
          <button type="button" onClick={() => window.print()}>
            {t('billing.print')}
          </button>
        </article>
      )}
    </section>
  );
}
