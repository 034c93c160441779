import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';
import { ErrorBanner } from './error-banner.js';
import { useApi } from './use-api.js';

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

/** Settings card: the Discord guilds and Slack teams attached to the club, and how to add more. */
export function PlatformConnectionsCard({ communityId }: { readonly communityId: string }) {
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
        </>
      )}
    </section>
  );
}
