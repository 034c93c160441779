import type { ModerationRulesWire, ModerationSettingsWire, RuleTestResult } from '@snowball/admin-api/contract';
import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';

type Mode = 'off' | 'review' | 'delete';
type Step = 'warning' | 'timeout' | 'case';
const MODES: readonly Mode[] = ['off', 'review', 'delete'];
type NumberField =
  | 'floodMaxMessages'
  | 'floodWindowSeconds'
  | 'repeatWindowSeconds'
  | 'maxMentions'
  | 'sandboxDays'
  | 'timeoutMinutes'
  | 'strikeExpiryDays'
  | 'evidenceDays';
const NUMBERS: readonly NumberField[] = [
  'floodMaxMessages',
  'floodWindowSeconds',
  'repeatWindowSeconds',
  'maxMentions',
  'sandboxDays',
  'timeoutMinutes',
  'strikeExpiryDays',
  'evidenceDays',
];

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface Draft {
  readonly settings: ModerationSettingsWire;
  readonly domains: string;
  readonly keywords: string;
  readonly channels: string;
}

function draftOf(rules: ModerationRulesWire): Draft {
  return {
    settings: rules.settings as ModerationSettingsWire,
    domains: rules.settings.allowedDomains.join('\n'),
    keywords: rules.excludedKeywords.join('\n'),
    channels: rules.settings.exemptChannelIds.join('\n'),
  };
}

function settingsOf(draft: Draft): ModerationSettingsWire {
  return { ...draft.settings, allowedDomains: lines(draft.domains), exemptChannelIds: lines(draft.channels) };
}

/** The club's rules: presets in one click, each rule's mode with its explanation, lists, limits, and a test box. */
export function ModerationRulesScreen() {
  const { t, locale } = useI18n();
  const loaded = useApi(() => call('GET /moderation/rules'), []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sample, setSample] = useState('');
  const [newcomer, setNewcomer] = useState(false);
  const [result, setResult] = useState<RuleTestResult | null>(null);
  useEffect(() => {
    if (loaded.data) setDraft(draftOf(loaded.data));
  }, [loaded.data]);
  const save = useAction((body: Parameters<typeof call<'PUT /moderation/rules'>>[1]['body']) =>
    call('PUT /moderation/rules', { body }),
  );
  const test = useAction((text: string, d: Draft) =>
    call('POST /moderation/rules/test', {
      body: { text, isNewMember: newcomer, settings: settingsOf(d), excludedKeywords: lines(d.keywords) },
    }),
  );
  const apply = async (body: Parameters<typeof call<'PUT /moderation/rules'>>[1]['body']) => {
    const saved = await save.run(body);
    if (saved) {
      setDraft(draftOf(saved));
      setNotice(t('rules.saved'));
    }
  };
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (draft) void apply({ settings: settingsOf(draft), excludedKeywords: lines(draft.keywords) });
  };
  const onTest = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const verdict = await test.run(sample, draft);
    if (verdict) setResult(verdict);
  };
  const set = (patch: Partial<ModerationSettingsWire>) =>
    setDraft((d) => (d ? { ...d, settings: { ...d.settings, ...patch } } : d));
  const rules = loaded.data;
  return (
    <section>
      <Link to="/cases" className="back">
        {t('cases.back')}
      </Link>
      <h1>{t('rules.title')}</h1>
      <p className="muted">{t('rules.intro')}</p>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      <Notice text={notice} />
      {rules && draft && (
        <>
          <section className="card" aria-label={t('rules.presets')}>
            <h2>{t('rules.presets')}</h2>
            <p className="muted">{t('rules.presetHint')}</p>
            <ul className="plain-list">
              {rules.presets.map((p) => (
                <li key={p.preset}>
                  <button
                    type="button"
                    className={draft.settings.preset === p.preset ? 'small' : 'small button-secondary'}
                    disabled={save.pending}
                    onClick={() => void apply({ preset: p.preset })}
                  >
                    {t('rules.usePreset', { name: p.title[locale] })}
                  </button>{' '}
                  <span className="muted">{p.why[locale]}</span>
                </li>
              ))}
            </ul>
          </section>
          <form className="card form" onSubmit={onSave} aria-label={t('rules.title')}>
            <label className="check">
              <input
                type="checkbox"
                name="enabled"
                checked={draft.settings.enabled}
                onChange={(e) => set({ enabled: e.target.checked })}
              />
              {t('rules.enabled')}
            </label>
            <h2>{t('rules.rules')}</h2>
            {rules.ruleTexts.map((r) => (
              <label key={r.rule}>
                <strong>{r.title[locale]}</strong>
                <span className="muted">{r.why[locale]}</span>
                <select
                  name={`rule-${r.rule}`}
                  value={draft.settings.rules[r.rule]}
                  onChange={(e) => set({ rules: { ...draft.settings.rules, [r.rule]: e.target.value as Mode } })}
                >
                  {MODES.map((m) => (
                    <option key={m} value={m}>
                      {t(`mode.${m}`)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <label className="check">
              <input
                type="checkbox"
                name="reviewUncertain"
                checked={draft.settings.reviewUncertain}
                onChange={(e) => set({ reviewUncertain: e.target.checked })}
              />
              {t('rules.reviewUncertain')}
            </label>
            <label>
              {t('rules.allowedDomains')}
              <textarea
                name="allowedDomains"
                rows={3}
                value={draft.domains}
                onChange={(e) => setDraft({ ...draft, domains: e.target.value })}
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                name="allowMemberWebsites"
                checked={draft.settings.allowMemberWebsites}
                onChange={(e) => set({ allowMemberWebsites: e.target.checked })}
              />
              {t('rules.allowMemberWebsites')}
            </label>
            <label>
              {t('rules.keywords')}
              <textarea
                name="excludedKeywords"
                rows={3}
                value={draft.keywords}
                onChange={(e) => setDraft({ ...draft, keywords: e.target.value })}
              />
            </label>
            <label>
              {t('rules.exemptChannels')}
              <textarea
                name="exemptChannelIds"
                rows={2}
                value={draft.channels}
                onChange={(e) => setDraft({ ...draft, channels: e.target.value })}
              />
            </label>
            <fieldset aria-label={t('rules.ladder')}>
              <legend>{t('rules.ladder')}</legend>
              <p className="muted">{t('rules.ladderHint')}</p>
              {draft.settings.strikeLadder.map((step, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position in the ladder (1st strike, 2nd...)
                <label key={i} className="inline">
                  {t('rules.strikeN', { n: i + 1 })}
                  <select
                    name={`strike-${i + 1}`}
                    value={step}
                    onChange={(e) =>
                      set({
                        strikeLadder: draft.settings.strikeLadder.map((s, j) =>
                          j === i ? (e.target.value as Step) : s,
                        ),
                      })
                    }
                  >
                    {rules.strikeSteps.map((option) => (
                      <option key={option} value={option}>
                        {t(`step.${option}`)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <div className="toolbar">
                <button
                  type="button"
                  className="small button-secondary"
                  disabled={draft.settings.strikeLadder.length >= 10}
                  onClick={() => set({ strikeLadder: [...draft.settings.strikeLadder, 'case'] })}
                >
                  {t('rules.addStep')}
                </button>
                <button
                  type="button"
                  className="small button-secondary"
                  disabled={draft.settings.strikeLadder.length <= 1}
                  onClick={() => set({ strikeLadder: draft.settings.strikeLadder.slice(0, -1) })}
                >
                  {t('rules.removeStep')}
                </button>
              </div>
            </fieldset>
            <h2>{t('rules.limits')}</h2>
            {NUMBERS.map((field) => (
              <label key={field}>
                {t(`rules.${field}`)}
                <input
                  type="number"
                  name={field}
                  value={draft.settings[field]}
                  onChange={(e) => set({ [field]: Number(e.target.value) })}
                />
              </label>
            ))}
            <ErrorBanner error={save.error} />
            <button type="submit" disabled={save.pending}>
              {t('app.save')}
            </button>
          </form>
          <form className="card form" onSubmit={onTest} aria-label={t('rules.test')}>
            <h2>{t('rules.test')}</h2>
            <p className="muted">{t('rules.testHint')}</p>
            <label>
              {t('rules.testText')}
              <textarea
                name="sample"
                rows={3}
                required
                maxLength={4000}
                value={sample}
                onChange={(e) => setSample(e.target.value)}
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                name="newcomer"
                checked={newcomer}
                onChange={(e) => setNewcomer(e.target.checked)}
              />
              {t('rules.testNewcomer')}
            </label>
            <button type="submit" disabled={test.pending}>
              {t('rules.testRun')}
            </button>
            <ErrorBanner error={test.error} />
            {result && (
              <div role="status" aria-label={t('rules.test')}>
                <p>
                  <span className={`badge badge-verdict-${result.action}`}>{t(`verdict.${result.action}`)}</span>
                </p>
                <ul className="plain-list">
                  {result.ruleTexts.map((r) => (
                    <li key={r.rule}>
                      <strong>{r.title[locale]}</strong> — {r.why[locale]}
                    </li>
                  ))}
                  {result.findings.map((f) => (
                    <li key={`${f.rule}-${f.evidence}`} className="muted">
                      {f.rule}: {f.evidence} ({f.certain ? t('rules.certain') : t('rules.uncertain')})
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </form>
        </>
      )}
    </section>
  );
}
