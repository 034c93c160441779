import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import type { Settings, SettingsPatch } from '../api/types.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { PlatformConnectionsCard } from '../components/platform-connections-card.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';

/** The form keeps what people type as text; it becomes numbers and lists only when saved. */
type Form = Record<
  | 'defaultLocale'
  | 'timezone'
  | 'feeAmount'
  | 'feeCurrency'
  | 'acceptedCurrencies'
  | 'membershipMonths'
  | 'graceDays'
  | 'expiringDays'
  | 'valuesStatement'
  | 'excludedKeywords'
  | 'applicationQuestions'
  | 'lessonReminderLeadMinutes'
  | 'renewalReminderDays'
  | 'paymentInstructions'
  | 'questionSlaHours'
  | 'matchingIntervalDays'
  | 'introsPerRound'
  | 'introFollowUpDays',
  string
>;

function toForm(s: Settings): Form {
  return {
    defaultLocale: s.defaultLocale,
    timezone: s.timezone,
    feeAmount: s.fee.amount,
    feeCurrency: s.fee.currency,
    acceptedCurrencies: s.acceptedCurrencies.join(', '),
    membershipMonths: String(s.membershipMonths),
    graceDays: String(s.graceDays),
    expiringDays: String(s.expiringDays),
    valuesStatement: s.valuesStatement,
    excludedKeywords: s.excludedKeywords.join('\n'),
    applicationQuestions: s.applicationQuestions.join('\n'),
    lessonReminderLeadMinutes: s.lessonReminderLeadMinutes.join(', '),
    renewalReminderDays: s.renewalReminderDays.join(', '),
    paymentInstructions: s.paymentInstructions,
    questionSlaHours: String(s.questionSlaHours),
    matchingIntervalDays: String(s.matchingIntervalDays),
    introsPerRound: String(s.introsPerRound),
    introFollowUpDays: String(s.introFollowUpDays),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const list = (text: string) =>
  text
    .split(/[,，\s]+/)
    .map((l) => l.trim())
    .filter(Boolean);
const numbers = (text: string) => list(text).map(Number);

function toPatch(f: Form): SettingsPatch {
  return {
    // The select offers only the two languages.
    defaultLocale: f.defaultLocale === 'en' ? 'en' : 'zh-CN',
    timezone: f.timezone.trim(),
    fee: { amount: f.feeAmount.trim(), currency: f.feeCurrency.trim().toUpperCase() },
    acceptedCurrencies: list(f.acceptedCurrencies).map((c) => c.toUpperCase()),
    membershipMonths: Number(f.membershipMonths),
    graceDays: Number(f.graceDays),
    expiringDays: Number(f.expiringDays),
    valuesStatement: f.valuesStatement,
    excludedKeywords: lines(f.excludedKeywords),
    applicationQuestions: lines(f.applicationQuestions),
    lessonReminderLeadMinutes: numbers(f.lessonReminderLeadMinutes),
    renewalReminderDays: numbers(f.renewalReminderDays),
    paymentInstructions: f.paymentInstructions,
    questionSlaHours: Number(f.questionSlaHours),
    matchingIntervalDays: Number(f.matchingIntervalDays),
    introsPerRound: Number(f.introsPerRound),
    introFollowUpDays: Number(f.introFollowUpDays),
  };
}

function Fieldset({ legend, children }: { readonly legend: string; readonly children: ReactNode }) {
  return (
    <fieldset className="card form">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Owners' settings: fee, currency, length, grace days, values, excluded fields, reminders, language, platforms. */
export function SettingsScreen() {
  const { t } = useI18n();
  const loaded = useApi(() => call('GET /settings'), []);
  const [form, setForm] = useState<Form | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useAction((patch: SettingsPatch) => call('PATCH /settings', { body: patch }));
  useEffect(() => {
    if (loaded.data) setForm(toForm(loaded.data.settings));
  }, [loaded.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setNotice(null);
    const saved = await save.run(toPatch(form));
    if (saved) {
      setForm(toForm(saved.settings));
      setNotice(t('app.saved'));
    }
  };

  const text = (key: keyof Form, labelKey: TextKey, props: { type?: string; min?: number; max?: number } = {}) => (
    <label>
      {t(labelKey)}
      <input
        name={key}
        value={form?.[key] ?? ''}
        onChange={(e) => form && setForm({ ...form, [key]: e.target.value })}
        {...props}
      />
    </label>
  );
  const area = (key: keyof Form, labelKey: TextKey, rows = 4) => (
    <label>
      {t(labelKey)}
      <textarea
        name={key}
        rows={rows}
        value={form?.[key] ?? ''}
        onChange={(e) => form && setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <section>
      <h1>
        {t('settings.title')}
        {loaded.data && <span className="muted"> · {loaded.data.name}</span>}
      </h1>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {form && (
        <form onSubmit={submit} className="settings" aria-label={t('settings.title')}>
          <Fieldset legend={t('settings.membership')}>
            <div className="form-row">
              {text('feeAmount', 'settings.fee', { type: 'text' })}
              {text('feeCurrency', 'payment.currency')}
              {text('acceptedCurrencies', 'settings.acceptedCurrencies')}
            </div>
            <div className="form-row">
              {text('membershipMonths', 'settings.membershipMonths', { type: 'number', min: 1, max: 60 })}
              {text('graceDays', 'settings.graceDays', { type: 'number', min: 0, max: 90 })}
              {text('expiringDays', 'settings.expiringDays', { type: 'number', min: 1, max: 120 })}
            </div>
            {area('paymentInstructions', 'settings.paymentInstructions', 3)}
          </Fieldset>
          <Fieldset legend={t('settings.values')}>
            {area('valuesStatement', 'settings.valuesStatement', 4)}
            {area('excludedKeywords', 'settings.excludedKeywords', 6)}
            {area('applicationQuestions', 'settings.applicationQuestions', 4)}
          </Fieldset>
          <Fieldset legend={t('settings.reminders')}>
            <div className="form-row">
              {text('lessonReminderLeadMinutes', 'settings.lessonReminderLeadMinutes')}
              {text('renewalReminderDays', 'settings.renewalReminderDays')}
              {text('questionSlaHours', 'settings.questionSlaHours', { type: 'number', min: 1, max: 720 })}
            </div>
          </Fieldset>
          <Fieldset legend={t('settings.language')}>
            <div className="form-row">
              <label>
                {t('settings.defaultLocale')}
                <select
                  name="defaultLocale"
                  value={form.defaultLocale}
                  onChange={(e) => setForm({ ...form, defaultLocale: e.target.value })}
                >
                  <option value="zh-CN">中文</option>
                  <option value="en">English</option>
                </select>
              </label>
              {text('timezone', 'settings.timezone')}
            </div>
          </Fieldset>
          <Fieldset legend={t('settings.matching')}>
            <div className="form-row">
              {text('matchingIntervalDays', 'settings.matchingIntervalDays', { type: 'number', min: 1, max: 90 })}
              {text('introsPerRound', 'settings.introsPerRound', { type: 'number', min: 0, max: 20 })}
              {text('introFollowUpDays', 'settings.introFollowUpDays', { type: 'number', min: 1, max: 180 })}
            </div>
          </Fieldset>
          <Notice text={notice} />
          <ErrorBanner error={save.error} />
          <button type="submit" disabled={save.pending}>
            {t('app.save')}
          </button>
        </form>
      )}
      {loaded.data && <PlatformConnectionsCard communityId={loaded.data.id} />}
      <section className="card coming-soon" aria-label={t('settings.automod')}>
        <h2>{t('settings.automod')}</h2>
        <span className="badge badge-soon">{t('app.comingSoon')}</span>
        <p>{t('settings.automodLater')}</p>
      </section>
    </section>
  );
}
