import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner, Notice } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

const PLATFORMS = ['discord', 'slack', 'feishu'] as const;
type LogPlatform = (typeof PLATFORMS)[number];
type Channels = Record<LogPlatform, string>;

/**
 * The moderators' log channel on each platform (part of the club's moderation rules): where the bots post what they
 * removed or held for review. Saved with the rest of the rules, which stay as they are.
 */
export function ModerationLogChannelsCard() {
  const { t } = useI18n();
  const rules = useApi(() => call('GET /moderation/rules'), []);
  const [channels, setChannels] = useState<Channels | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useAction((next: Channels) => {
    const settings = rules.data?.settings;
    if (!settings) throw new Error('rules not loaded');
    const logChannels = Object.fromEntries(
      PLATFORMS.map((p) => [p, next[p].trim()] as const).filter(([, id]) => id.length > 0),
    );
    // Readonly lists from the answer, copied into the request's mutable shape.
    const body = {
      ...settings,
      allowedDomains: [...settings.allowedDomains],
      exemptChannelIds: [...settings.exemptChannelIds],
      exemptMemberIds: [...settings.exemptMemberIds],
      strikeLadder: [...settings.strikeLadder],
      rules: { ...settings.rules },
      logChannels,
    };
    return call('PUT /moderation/rules', { body: { settings: body } });
  });
  useEffect(() => {
    const saved = rules.data?.settings.logChannels ?? {};
    if (rules.data) setChannels({ discord: saved.discord ?? '', slack: saved.slack ?? '', feishu: saved.feishu ?? '' });
  }, [rules.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!channels) return;
    setNotice(null);
    const saved = await save.run(channels);
    if (saved) {
      const next = saved.settings.logChannels ?? {};
      setChannels({ discord: next.discord ?? '', slack: next.slack ?? '', feishu: next.feishu ?? '' });
      setNotice(t('app.saved'));
    }
  };

  return (
    <form className="card form" aria-label={t('settings.logChannels')} onSubmit={submit}>
      <h2>{t('settings.logChannels')}</h2>
      <p className="muted">{t('settings.logChannelsHint')}</p>
      <ErrorBanner error={rules.error} onRetry={rules.reload} />
      {channels && (
        <>
          <div className="form-row">
            {PLATFORMS.map((p) => (
              <label key={p}>
                {t(`settings.logChannel.${p}`)}
                <input
                  name={`logChannel-${p}`}
                  value={channels[p]}
                  maxLength={100}
                  onChange={(e) => setChannels({ ...channels, [p]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <Notice text={notice} />
          <ErrorBanner error={save.error} />
          <button type="submit" disabled={save.pending}>
            {t('settings.saveLogChannels')}
          </button>
        </>
      )}
    </form>
  );
}
