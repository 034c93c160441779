import type { BillingOverview, Pricing } from '@snowball/admin-api/contract';
import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import { AccessCheckCard } from '../components/access-check-card.js';
import { ErrorBanner } from '../components/error-banner.js';
import { PaymentsCard } from '../components/payments-card.js';
import { useAction, useApi } from '../components/use-api.js';
import { currencyDigits, useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';

/** "800" or "800.50" typed by an owner, in minor units of the currency; null when empty, NaN when not a number. */
function toMinor(text: string, currency: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (!trimmed) return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 10 ** currencyDigits(currency));
}

const fromMinor = (minor: number | null | undefined, currency: string) =>
  minor == null ? '' : String(minor / 10 ** currencyDigits(currency));

/** Owners set renewal pricing and coupons, decide full refunds and see disputes. */
export function BillingScreen() {
  const { t, date, money } = useI18n();
  const overview = useApi(() => call('GET /billing'), []);
  const settings = useApi(() => call('GET /settings'), []);
  const currency = settings.data?.settings.fee.currency ?? 'CNY';
  const fee = settings.data?.settings.fee;
  const data: BillingOverview | null = overview.data;

  const [renewal, setRenewal] = useState('');
  const [early, setEarly] = useState('');
  const [earlyDays, setEarlyDays] = useState('30');
  const [refundAccess, setRefundAccess] = useState<Pricing['refundAccess']>('after_owner_confirmation');
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (!data || !settings.data) return;
    setRenewal(fromMinor(data.pricing.renewalAmountMinor, currency));
    setEarly(fromMinor(data.pricing.earlyBird?.amountMinor, currency));
    setEarlyDays(String(data.pricing.earlyBird?.daysBeforeEnd ?? 30));
    setRefundAccess(data.pricing.refundAccess);
  }, [data, settings.data, currency]);

  const savePricing = useAction((pricing: Pricing) => call('PUT /billing/pricing', { body: pricing }));
  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const renewalMinor = toMinor(renewal, currency);
    const earlyMinor = toMinor(early, currency);
    if (Number.isNaN(renewalMinor) || Number.isNaN(earlyMinor)) return setInvalid(true);
    setInvalid(false);
    const result = await savePricing.run({
      renewalAmountMinor: renewalMinor,
      earlyBird: earlyMinor === null ? null : { amountMinor: earlyMinor, daysBeforeEnd: Number(earlyDays) },
      refundAccess,
    });
    if (result) {
      setSaved(true);
      overview.reload();
    }
  };

  const [code, setCode] = useState('');
  const [kind, setKind] = useState<'percent' | 'fixed'>('percent');
  const [value, setValue] = useState('');
  const [appliesTo, setAppliesTo] = useState<'any' | 'join' | 'renewal'>('any');
  const [maxUses, setMaxUses] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const addCoupon = useAction((body: Parameters<typeof call<'POST /billing/coupons'>>[1]) =>
    call('POST /billing/coupons', body),
  );
  const removeCoupon = useAction((id: string) => call('DELETE /billing/coupons/:id', { params: { id } }));
  const decide = useAction((id: string, endAccess: boolean) =>
    call('POST /billing/refunds/:id/decision', { params: { id }, body: { endAccess } }),
  );

  const onAddCoupon = async (event: FormEvent) => {
    event.preventDefault();
    const amount = kind === 'percent' ? Number(value) : toMinor(value, currency);
    const created = await addCoupon.run({
      body: {
        code,
        kind,
        value: amount === null || Number.isNaN(amount) ? 0 : amount,
        appliesTo,
        maxUses: maxUses.trim() ? Number(maxUses) : null,
        // The end of the chosen day in UTC+14 is past that day everywhere.
        expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59+14:00`).toISOString() : null,
      },
    });
    if (created) {
      setCode('');
      setValue('');
      setMaxUses('');
      setExpiresOn('');
      overview.reload();
    }
  };

  return (
    <section>
      <h1>{t('billing.title')}</h1>
      <ErrorBanner error={overview.error ?? settings.error} onRetry={overview.reload} />
      {data && <p className="muted">{t(data.onlinePayments ? 'billing.online' : 'billing.offline')}</p>}

      <PaymentsCard />

      <AccessCheckCard pricing={data?.pricing ?? null} onSaved={overview.reload} />

      <form className="card form settings" onSubmit={onSave} aria-label={t('billing.pricing')}>
        <h2>{t('billing.pricing')}</h2>
        {fee && <p className="muted">{t('billing.fee', { fee: `${fee.amount} ${fee.currency}` })}</p>}
        <label>
          {t('billing.renewalPrice')} ({currency})
          <input inputMode="decimal" value={renewal} onChange={(e) => setRenewal(e.target.value)} />
        </label>
        <label>
          {t('billing.earlyBirdPrice')} ({currency})
          <input inputMode="decimal" value={early} onChange={(e) => setEarly(e.target.value)} />
        </label>
        <label>
          {t('billing.earlyBirdDays')}
          <input type="number" min={1} max={365} value={earlyDays} onChange={(e) => setEarlyDays(e.target.value)} />
        </label>
        <label>
          {t('billing.refundAccess')}
          <select value={refundAccess} onChange={(e) => setRefundAccess(e.target.value as Pricing['refundAccess'])}>
            <option value="after_owner_confirmation">{t('billing.refund.after_owner_confirmation')}</option>
            <option value="keep_access">{t('billing.refund.keep_access')}</option>
          </select>
        </label>
        {invalid && <p className="banner banner-error">{t('billing.badAmount')}</p>}
        <ErrorBanner error={savePricing.error} />
        {saved && (
          <p className="banner banner-ok" role="status">
            {t('billing.saved')}
          </p>
        )}
        <button type="submit" disabled={savePricing.pending}>
          {t('billing.save')}
        </button>
      </form>

      <div className="card table-card">
        <h2>{t('billing.coupons')}</h2>
        <ErrorBanner error={removeCoupon.error} />
        {data && data.coupons.length === 0 && <p className="muted">{t('billing.noCoupons')}</p>}
        {data && data.coupons.length > 0 && (
          <table>
            <thead>
              <tr>
                <th>{t('billing.code')}</th>
                <th>{t('billing.discount')}</th>
                <th>{t('billing.appliesTo')}</th>
                <th>{t('billing.uses')}</th>
                <th>{t('billing.expires')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.coupons.map((c) => (
                <tr key={c.id}>
                  <td>
                    <code>{c.code}</code>
                  </td>
                  <td>{c.kind === 'percent' ? `${c.value}%` : money(c.value, currency)}</td>
                  <td>{t(`billing.scope.${c.appliesTo}`)}</td>
                  <td>
                    {c.maxUses === null ? c.usedCount : t('billing.usesOf', { used: c.usedCount, max: c.maxUses })}
                  </td>
                  <td>{c.expiresAt ? date(c.expiresAt) : t('billing.never')}</td>
                  <td>
                    <button
                      type="button"
                      className="button-link"
                      disabled={removeCoupon.pending}
                      onClick={async () => {
                        if ((await removeCoupon.run(c.id)) !== undefined) overview.reload();
                      }}
                    >
                      {t('billing.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <form className="toolbar" onSubmit={onAddCoupon} aria-label={t('billing.addCoupon')}>
          <input
            aria-label={t('billing.code')}
            placeholder="SPRING20"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <select
            aria-label={t('billing.discount')}
            value={kind}
            onChange={(e) => setKind(e.target.value as 'percent' | 'fixed')}
          >
            <option value="percent">{t('billing.kind.percent')}</option>
            <option value="fixed">{t('billing.kind.fixed')}</option>
          </select>
          <input
            aria-label={t('billing.value')}
            placeholder={kind === 'percent' ? '20' : currency}
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <select
            aria-label={t('billing.appliesTo')}
            value={appliesTo}
            onChange={(e) => setAppliesTo(e.target.value as 'any' | 'join' | 'renewal')}
          >
            <option value="any">{t('billing.scope.any')}</option>
            <option value="join">{t('billing.scope.join')}</option>
            <option value="renewal">{t('billing.scope.renewal')}</option>
          </select>
          <input
            aria-label={t('billing.maxUses')}
            placeholder={t('billing.maxUses')}
            type="number"
            min={1}
            value={maxUses}
            onChange={(e) => setMaxUses(e.target.value)}
          />
          <input
            aria-label={t('billing.expiresOn')}
            type="date"
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
          />
          <button type="submit" disabled={addCoupon.pending}>
            {t('billing.addCoupon')}
          </button>
        </form>
        <ErrorBanner error={addCoupon.error} />
      </div>

      <div className="card table-card">
        <h2>{t('billing.refunds')}</h2>
        <ErrorBanner error={decide.error} />
        {data && data.refunds.length === 0 && <p className="muted">{t('billing.noRefunds')}</p>}
        {data && data.refunds.length > 0 && (
          <table>
            <thead>
              <tr>
                <th>{t('billing.member')}</th>
                <th>{t('billing.amount')}</th>
                <th>{t('billing.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.refunds.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/members/${r.memberId}`}>{date(r.createdAt)}</Link>
                  </td>
                  <td>{money(r.amountMinor, r.currency)}</td>
                  <td>{t(`billing.refundStatus.${r.status}`)}</td>
                  <td>
                    {r.status === 'awaiting_owner' && (
                      <>
                        <button
                          type="button"
                          className="button-danger small"
                          disabled={decide.pending}
                          onClick={async () => {
                            if (await decide.run(r.id, true)) overview.reload();
                          }}
                        >
                          {t('billing.endAccess')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button-secondary small"
                          disabled={decide.pending}
                          onClick={async () => {
                            if (await decide.run(r.id, false)) overview.reload();
                          }}
                        >
                          {t('billing.keepAccess')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>

      {data && data.disputes.length > 0 && (
        <div className="card table-card">
          <h2>{t('billing.disputes')}</h2>
          <p className="muted">{t('billing.disputesHint')}</p>
          <table>
            <thead>
              <tr>
                <th>{t('billing.member')}</th>
                <th>{t('billing.amount')}</th>
                <th>{t('billing.reason')}</th>
                <th>{t('billing.opened')}</th>
              </tr>
            </thead>
            <tbody>
              {data.disputes.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={`/members/${d.memberId}`}>{d.disputeId}</Link>
                  </td>
                  <td>{money(d.amountMinor, d.currency)}</td>
                  <td>{d.reason}</td>
                  <td>{date(d.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
