import { type FormEvent, useState } from 'react';
import { PAYMENT_METHODS } from '../api/choices.js';
import { call } from '../api/client.js';
import type { PaymentBody, PaymentMethod, PaymentResult } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

/** Records a payment (owners): the first year of an approved application, or a member's renewal. */
export function PaymentForm({
  endpoint,
  id,
  onRecorded,
}: {
  /** The first payment of an approved application, or a member's renewal. */
  readonly endpoint: 'POST /applications/:id/payment' | 'POST /members/:id/payments';
  /** The application's or the member's id. */
  readonly id: string;
  readonly onRecorded: (result: PaymentResult) => void;
}) {
  const { t } = useI18n();
  const settings = useApi(() => call('GET /settings'), []);
  const fee = settings.data?.settings.fee;
  const [amount, setAmount] = useState<string | null>(null);
  const [currency, setCurrency] = useState<string | null>(null);
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [discountReason, setDiscountReason] = useState('');
  const [couponCode, setCouponCode] = useState('');
  const record = useAction((body: PaymentBody) => call(endpoint, { params: { id }, body }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await record.run({
      amount: amount ?? fee?.amount ?? '',
      currency: currency ?? fee?.currency ?? 'CNY',
      method,
      reference,
      // Noon UTC keeps the chosen calendar day in every time zone from UTC-11 to UTC+11.
      paidAt: new Date(`${paidOn}T12:00:00Z`).toISOString(),
      ...(discountReason.trim() ? { discountReason: discountReason.trim() } : {}),
      ...(couponCode.trim() ? { couponCode: couponCode.trim() } : {}),
    });
    if (result) {
      setReference('');
      setDiscountReason('');
      setCouponCode('');
      onRecorded(result);
    }
  };

  // The fee and accepted currencies prefill the form; without them a payment could go in the wrong currency.
  if (!settings.data) return <ErrorBanner error={settings.error} onRetry={settings.reload} />;
  const currencies = settings.data.settings.acceptedCurrencies;
  return (
    <form className="form" onSubmit={submit} aria-label={t('payment.submit')}>
      <div className="form-row">
        <label>
          {t('payment.amount')}
          <input
            name="amount"
            inputMode="decimal"
            required
            value={amount ?? fee?.amount ?? ''}
            onChange={(e) => setAmount(e.target.value)}
          />
        </label>
        <label>
          {t('payment.currency')}
          <select
            name="currency"
            value={currency ?? fee?.currency ?? 'CNY'}
            onChange={(e) => setCurrency(e.target.value)}
          >
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('payment.method')}
          <select name="method" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`payment.method.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-row">
        <label className="grow">
          {t('payment.reference')}
          <input
            name="reference"
            required
            maxLength={120}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </label>
        <label>
          {t('payment.paidAt')}
          <input name="paidAt" type="date" required value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
        </label>
      </div>
      <label>
        {t('payment.discountReason')}
        <input
          name="discountReason"
          maxLength={500}
          value={discountReason}
          onChange={(e) => setDiscountReason(e.target.value)}
        />
      </label>
      <label>
        {t('billing.paymentCoupon')}
        <input name="couponCode" maxLength={64} value={couponCode} onChange={(e) => setCouponCode(e.target.value)} />
      </label>
      <ErrorBanner error={record.error} />
      <button type="submit" disabled={record.pending}>
        {t('payment.submit')}
      </button>
    </form>
  );
}
