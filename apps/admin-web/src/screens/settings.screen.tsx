import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import type { Settings, SettingsPatch } from '../api/types.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { ModerationLogChannelsCard } from '../components/moderation-log-channels-card.js';
import { PlatformConnectionsCard } from '../components/platform-connections-card.js';
import { SetupChecklistCard } from '../components/setup-checklist-card.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';
import { Link } from '../router/router.js';

/** The form keeps what people type as text; it becomes numbers and lists only when saved. */
type Form = Record<
  | 'nameZh'
  | 'nameEn'
  | 'valuesZh'
  | 'valuesEn'
  | 'paymentZh'
  | 'paymentEn'
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
  | 'privacyCoolingOffHours'
  | 'matchingIntervalDays'
  | 'introsPerRound'
  | 'introFollowUpDays'
  | 'groupIntros'
  | 'staffDiscord'
  | 'staffSlack'
  | 'staffFeishu'
  | 'digestDiscord'
  | 'digestSlack'
  | 'digestFeishu'
  | 'digestBothLanguages',
  string
>;

function toForm(s: Settings): Form {
  return {
    nameZh: s.names?.['zh-CN'] ?? '',
    nameEn: s.names?.en ?? '',
    valuesZh: s.valuesStatementByLocale?.['zh-CN'] ?? '',
    valuesEn: s.valuesStatementByLocale?.en ?? '',
    paymentZh: s.paymentInstructionsByLocale?.['zh-CN'] ?? '',
    paymentEn: s.paymentInstructionsByLocale?.en ?? '',
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
    privacyCoolingOffHours: String(s.privacyCoolingOffHours ?? 24),
    matchingIntervalDays: String(s.matchingIntervalDays),
    introsPerRound: String(s.introsPerRound),
    introFollowUpDays: String(s.introFollowUpDays),
    groupIntros: s.groupIntros ? 'on' : 'off',
    staffDiscord: s.staffChannels?.discord ?? '',
    staffSlack: s.staffChannels?.slack ?? '',
    staffFeishu: s.staffChannels?.feishu ?? '',
    digestDiscord: s.digestChannels?.discord ?? '',
    digestSlack: s.digestChannels?.slack ?? '',
    digestFeishu: s.digestChannels?.feishu ?? '',
    digestBothLanguages: s.digestBothLanguages ? 'on' : 'off',
  };
}

/** The channel ids typed for each platform; an empty field leaves the platform out (nothing posted there). */
function channelIds(discord: string, slack: string, feishu: string) {
  return {
    ...(discord.trim() ? { discord: discord.trim() } : {}),
    ...(slack.trim() ? { slack: slack.trim() } : {}),
    ...(feishu.trim() ? { feishu: feishu.trim() } : {}),
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

/** Both languages' texts; the one in the club's default language also becomes the text for everyone else. */
function bilingual(zh: string, en: string, defaultLocale: string) {
  const texts = { 'zh-CN': zh.trim(), en: en.trim() };
  return { texts, fallback: (defaultLocale === 'en' ? texts.en : texts['zh-CN']) || texts.en || texts['zh-CN'] };
}

function toPatch(f: Form): SettingsPatch {
  const values = bilingual(f.valuesZh, f.valuesEn, f.defaultLocale);
  const payment = bilingual(f.paymentZh, f.paymentEn, f.defaultLocale);
  const names = {
    ...(f.nameZh.trim() ? { 'zh-CN': f.nameZh.trim() } : {}),
    ...(f.nameEn.trim() ? { en: f.nameEn.trim() } : {}),
  };
  return {
    names,
    valuesStatementByLocale: values.texts,
    paymentInstructionsByLocale: payment.texts,
    // The select offers only the two languages.
    defaultLocale: f.defaultLocale === 'en' ? 'en' : 'zh-CN',
    timezone: f.timezone.trim(),
    fee: { amount: f.feeAmount.trim(), currency: f.feeCurrency.trim().toUpperCase() },
    acceptedCurrencies: list(f.acceptedCurrencies).map((c) => c.toUpperCase()),
    membershipMonths: Number(f.membershipMonths),
    graceDays: Number(f.graceDays),
    expiringDays: Number(f.expiringDays),
    valuesStatement: values.fallback || f.valuesStatement,
    excludedKeywords: lines(f.excludedKeywords),
    applicationQuestions: lines(f.applicationQuestions),
    lessonReminderLeadMinutes: numbers(f.lessonReminderLeadMinutes),
    renewalReminderDays: numbers(f.renewalReminderDays),
    paymentInstructions: payment.fallback || f.paymentInstructions,
    questionSlaHours: Number(f.questionSlaHours),
    privacyCoolingOffHours: Number(f.privacyCoolingOffHours),
    matchingIntervalDays: Number(f.matchingIntervalDays),
    introsPerRound: Number(f.introsPerRound),
    introFollowUpDays: Number(f.introFollowUpDays),
    groupIntros: f.groupIntros === 'on',
    staffChannels: channelIds(f.staffDiscord, f.staffSlack, f.staffFeishu),
    digestChannels: channelIds(f.digestDiscord, f.digestSlack, f.digestFeishu),
    digestBothLanguages: f.digestBothLanguages === 'on',
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
  // The checklist is read again after each save, so a step ticks as soon as it is done.
  const [savedRound, setSavedRound] = useState(0);
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
      setSavedRound((n) => n + 1);
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
      <SetupChecklistCard key={savedRound} />
      {form && (
        <form onSubmit={submit} className="settings" aria-label={t('settings.title')}>
          <Fieldset legend={t('settings.names')}>
            <div className="form-row">
              {text('nameZh', 'settings.nameZh')}
              {text('nameEn', 'settings.nameEn')}
            </div>
          </Fieldset>
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
            {area('paymentZh', 'settings.paymentZh', 3)}
            {area('paymentEn', 'settings.paymentEn', 3)}
          </Fieldset>
          <Fieldset legend={t('settings.values')}>
            {area('valuesZh', 'settings.valuesZh', 4)}
            {area('valuesEn', 'settings.valuesEn', 4)}
            <p className="muted">{t('settings.valuesPledgeHint')}</p>
            {area('excludedKeywords', 'settings.excludedKeywords', 6)}
            {area('applicationQuestions', 'settings.applicationQuestions', 4)}
          </Fieldset>
          <Fieldset legend={t('settings.reminders')}>
            <div className="form-row">
              {text('lessonReminderLeadMinutes', 'settings.lessonReminderLeadMinutes')}
              {text('renewalReminderDays', 'settings.renewalReminderDays')}
              {text('questionSlaHours', 'settings.questionSlaHours', { type: 'number', min: 1, max: 720 })}
              {text('privacyCoolingOffHours', 'settings.privacyCoolingOffHours', { type: 'number', min: 0, max: 720 })}
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
              <label>
                {t('settings.groupIntros')}
                <select
                  name="groupIntros"
                  value={form.groupIntros}
                  onChange={(e) => setForm({ ...form, groupIntros: e.target.value })}
                >
                  <option value="off">{t('settings.groupIntrosOff')}</option>
                  <option value="on">{t('settings.groupIntrosOn')}</option>
                </select>
              </label>
            </div>
          </Fieldset>
          <Fieldset legend={t('settings.channels')}>
            <p className="muted">{t('settings.channelsHint')}</p>
            <p>{t('settings.staffChannels')}</p>
            <div className="form-row">
              {text('staffDiscord', 'settings.channelDiscord')}
              {text('staffSlack', 'settings.channelSlack')}
              {text('staffFeishu', 'settings.channelFeishu')}
            </div>
            <p>{t('settings.digestChannels')}</p>
            <div className="form-row">
              {text('digestDiscord', 'settings.channelDiscord')}
              {text('digestSlack', 'settings.channelSlack')}
              {text('digestFeishu', 'settings.channelFeishu')}
              <label>
                {t('settings.digestLanguages')}
                <select
                  name="digestBothLanguages"
                  value={form.digestBothLanguages}
                  onChange={(e) => setForm({ ...form, digestBothLanguages: e.target.value })}
                >
                  <option value="off">{t('settings.digestDefaultOnly')}</option>
                  <option value="on">{t('settings.digestBoth')}</option>
                </select>
              </label>
            </div>
          </Fieldset>
          <Notice text={notice} />
          <ErrorBanner error={save.error} />
          <button type="submit" disabled={save.pending}>
            {t('app.save')}
          </button>
        </form>
      )}
      {loaded.data && (
        <PlatformConnectionsCard communityId={loaded.data.id} onConnected={() => setSavedRound((n) => n + 1)} />
      )}
      <section className="card" aria-label={t('settings.automod')}>
        <h2>{t('settings.automod')}</h2>
        <p>{t('settings.automodHere')}</p>
        <Link to="/cases/rules">{t('rules.title')}</Link>
      </section>
      <ModerationLogChannelsCard />
    </section>
  );
}
