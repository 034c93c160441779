import type { MemberSettingsPatchBody, MemberSettingsWire } from '@snowball/admin-api/contract';
import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner, Notice } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

interface Form {
  locale: '' | 'zh-CN' | 'en';
  timezone: string;
  lead: string;
  introductions: 'on' | 'paused' | 'off';
  pausedUntil: string;
  visibility: 'members' | 'staff' | 'hidden';
  leaderboard: boolean;
  doNotPair: string;
}

function toForm(s: MemberSettingsWire): Form {
  return {
    locale: s.locale ?? '',
    timezone: s.timezone ?? '',
    lead: s.reminderLeadMinutes === null ? '' : String(s.reminderLeadMinutes),
    introductions: s.introductions,
    pausedUntil: s.pausedUntil ? s.pausedUntil.slice(0, 10) : '',
    visibility: s.visibility,
    leaderboard: s.leaderboard,
    doNotPair: s.doNotPair.map((m) => m.handle).join('\n'),
  };
}

function toPatch(f: Form): MemberSettingsPatchBody {
  return {
    locale: f.locale === '' ? null : f.locale,
    timezone: f.timezone.trim() || null,
    // A number the core checks (and refuses clearly when it is not a whole number in range).
    reminderLeadMinutes: f.lead.trim() === '' ? null : Number(f.lead.trim()),
    introductions: f.introductions,
    ...(f.introductions === 'paused' ? { pausedUntil: f.pausedUntil ? `${f.pausedUntil}T00:00:00Z` : null } : {}),
    visibility: f.visibility,
    leaderboard: f.leaderboard,
    doNotPairHandles: f.doNotPair
      .split(/[\n,，\s]+/)
      .map((h) => h.trim().replace(/^@/, ''))
      .filter(Boolean),
  };
}

/** Staff see and change a member's own settings (the same as `/settings` in chat); one bad value changes nothing. */
export function MemberSettingsCard({ memberId }: { readonly memberId: string }) {
  const { t } = useI18n();
  const loaded = useApi(() => call('GET /members/:id/settings', { params: { id: memberId } }), [memberId]);
  const [form, setForm] = useState<Form | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useAction((body: MemberSettingsPatchBody) =>
    call('PATCH /members/:id/settings', { params: { id: memberId }, body }),
  );
  useEffect(() => {
    if (loaded.data) setForm(toForm(loaded.data));
  }, [loaded.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setNotice(null);
    const saved = await save.run(toPatch(form));
    if (saved) {
      setForm(toForm(saved));
      setNotice(t('app.saved'));
    }
  };
  const set = <K extends keyof Form>(key: K, value: Form[K]) => form && setForm({ ...form, [key]: value });

  return (
    <section className="card" aria-label={t('memberSettings.title')}>
      <h2>{t('memberSettings.title')}</h2>
      <p className="muted">{t('memberSettings.hint')}</p>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {form && (
        <form className="form" onSubmit={submit} aria-label={t('memberSettings.title')}>
          <div className="form-row">
            <label>
              {t('memberSettings.language')}
              <select
                name="locale"
                value={form.locale}
                onChange={(e) => set('locale', e.target.value as Form['locale'])}
              >
                <option value="">{t('memberSettings.clubDefault')}</option>
                <option value="zh-CN">中文</option>
                <option value="en">English</option>
              </select>
            </label>
            <label>
              {t('memberSettings.timezone')}
              <input name="timezone" value={form.timezone} onChange={(e) => set('timezone', e.target.value)} />
            </label>
            <label>
              {t('memberSettings.lead')}
              <input name="lead" inputMode="numeric" value={form.lead} onChange={(e) => set('lead', e.target.value)} />
            </label>
          </div>
          <div className="form-row">
            <label>
              {t('memberSettings.introductions')}
              <select
                name="introductions"
                value={form.introductions}
                onChange={(e) => set('introductions', e.target.value as Form['introductions'])}
              >
                <option value="on">{t('memberSettings.intro.on')}</option>
                <option value="paused">{t('memberSettings.intro.paused')}</option>
                <option value="off">{t('memberSettings.intro.off')}</option>
              </select>
            </label>
            {form.introductions === 'paused' && (
              <label>
                {t('memberSettings.pausedUntil')}
                <input
                  name="pausedUntil"
                  type="date"
                  value={form.pausedUntil}
                  onChange={(e) => set('pausedUntil', e.target.value)}
                />
              </label>
            )}
            <label>
              {t('memberSettings.visibility')}
              <select
                name="visibility"
                value={form.visibility}
                onChange={(e) => set('visibility', e.target.value as Form['visibility'])}
              >
                <option value="members">{t('memberSettings.vis.members')}</option>
                <option value="staff">{t('memberSettings.vis.staff')}</option>
                <option value="hidden">{t('memberSettings.vis.hidden')}</option>
              </select>
            </label>
          </div>
          <label className="checkbox">
            <input
              name="leaderboard"
              type="checkbox"
              checked={form.leaderboard}
              onChange={(e) => set('leaderboard', e.target.checked)}
            />
            {t('memberSettings.leaderboard')}
          </label>
          <label>
            {t('memberSettings.doNotPair')}
            <textarea
              name="doNotPair"
              rows={3}
              value={form.doNotPair}
              onChange={(e) => set('doNotPair', e.target.value)}
            />
          </label>
          <Notice text={notice} />
          <ErrorBanner error={save.error} />
          <button type="submit" disabled={save.pending}>
            {t('app.save')}
          </button>
        </form>
      )}
    </section>
  );
}
