import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';
import { ErrorBanner, Notice } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

function Ids({ label, ids }: { readonly label: TextKey; readonly ids: readonly string[] }) {
  const { t } = useI18n();
  return (
    <div>
      <h3>{t(label)}</h3>
      {ids.length === 0 ? (
        <p className="muted">{t('settings.noneAttached')}</p>
      ) : (
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <code>{id}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Connects a Discord server to the club by its id; a server of another club is refused with a clear message. */
function ConnectDiscordForm({ onConnected }: { readonly onConnected: () => void }) {
  const { t } = useI18n();
  const [guildId, setGuildId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const connect = useAction((id: string) => call('POST /settings/platforms/discord', { body: { guildId: id } }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const result = await connect.run(guildId.trim());
    if (result) {
      setNotice(t(result.attached ? 'settings.connected' : 'settings.alreadyConnected'));
      setGuildId('');
      onConnected();
    }
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('settings.connectDiscord')}>
      <label>
        {t('settings.guildId')}
        <input
          name="guildId"
          inputMode="numeric"
          value={guildId}
          onChange={(e) => setGuildId(e.target.value)}
          required
          maxLength={20}
        />
      </label>
      <p className="muted">{t('settings.guildIdHelp')}</p>
      <Notice text={notice} />
      <ErrorBanner error={connect.error} />
      <button type="submit" disabled={connect.pending}>
        {t('settings.connect')}
      </button>
    </form>
  );
}

const PLATFORM_NAMES = {
  discord: { en: 'Discord', 'zh-CN': 'Discord' },
  slack: { en: 'Slack', 'zh-CN': 'Slack' },
  feishu: { en: 'Feishu', 'zh-CN': '飞书' },
} as const;

/**
 * Whether the bots can run membership, asked of each platform: every attached Discord server and the Feishu app,
 * each with its problems and their fixes.
 */
function ConnectionHealthList({ round }: { readonly round: number }) {
  const { t, locale } = useI18n();
  const loaded = useApi(() => call('GET /settings/platforms/health'), [round]);
  const health = loaded.data;
  if (!health) return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!health.checked) return <p className="muted">{t('settings.healthOff')}</p>;
  return (
    <ul className="connection-health" aria-label={t('settings.health')}>
      {health.items.map((item) => (
        <li key={`${item.platform}:${item.workspaceId}`} data-ok={item.ok ? 'yes' : 'no'}>
          <span className={item.ok ? 'badge badge-active' : 'badge badge-lapsed'}>
            {item.ok ? t('settings.healthOk') : t('settings.healthProblem')}
          </span>{' '}
          {PLATFORM_NAMES[item.platform][locale]} <code>{item.workspaceId}</code>
          {item.problems.map((p) => (
            <p key={p.problem.en}>
              {p.problem[locale]} <strong>{p.fix[locale]}</strong>
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Settings card: the Discord guilds and Slack teams attached to the club, and how to add more. */
export function PlatformConnectionsCard({
  communityId,
  onConnected,
}: {
  readonly communityId: string;
  readonly onConnected?: () => void;
}) {
  const { t } = useI18n();
  const loaded = useApi(() => call('GET /settings/platforms'), []);
  const data = loaded.data;
  return (
    <section className="card" aria-label={t('settings.platforms')}>
      <h2>{t('settings.platforms')}</h2>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {data && (
        <>
          <Ids label="settings.discordGuilds" ids={data.discordGuilds} />
          <p className="muted">{t('settings.discordHelp')}</p>
          <ConnectDiscordForm
            onConnected={() => {
              loaded.reload();
              onConnected?.();
            }}
          />
          <Ids label="settings.slackTeams" ids={data.slackTeams} />
          {data.slackInstallUrl ? (
            <p>
              <a href={`${data.slackInstallUrl}?community=${encodeURIComponent(communityId)}`}>
                {t('settings.addToSlack')}
              </a>
            </p>
          ) : (
            <p className="muted">{t('settings.slackInstallOff')}</p>
          )}
          <ConnectionHealthList round={data.discordGuilds.length} />
        </>
      )}
    </section>
  );
}
