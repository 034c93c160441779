import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';
import { ErrorBanner, Notice } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

/** Disconnects one Discord server from the club, after the owner confirms; the bot stops serving it at once. */
function DisconnectGuildButton({
  guildId,
  onDisconnected,
}: {
  readonly guildId: string;
  readonly onDisconnected: () => void;
}) {
  const { t } = useI18n();
  const disconnect = useAction(() => call('DELETE /settings/platforms/discord/:guildId', { params: { guildId } }));
  return (
    <>
      {' '}
      <button
        type="button"
        className="button-secondary"
        disabled={disconnect.pending}
        onClick={async () => {
          if (!window.confirm(t('settings.confirmDisconnect', { id: guildId }))) return;
          const result = await disconnect.run();
          if (!result) return;
          // Disconnected either way; the owner is told when the commands stayed behind in the server.
          if (result.commands === 'failed') window.alert(t('settings.disconnectFailed'));
          onDisconnected();
        }}
      >
        {t('settings.disconnect')}
      </button>
      <ErrorBanner error={disconnect.error} />
    </>
  );
}

function Ids({
  label,
  ids,
  roles,
  onDisconnected,
}: {
  readonly label: TextKey;
  readonly ids: readonly string[];
  /** Discord servers: each one's own member role (the others use the deployment default). */
  readonly roles?: Readonly<Record<string, string>>;
  /** Discord servers: each can be disconnected; told after one was. */
  readonly onDisconnected?: () => void;
}) {
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
              {roles && (
                <span className="muted">
                  {' '}
                  · {roles[id] ? t('settings.memberRole', { role: roles[id] }) : t('settings.memberRoleDefault')}
                </span>
              )}
              {onDisconnected && <DisconnectGuildButton guildId={id} onDisconnected={onDisconnected} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Connects a Discord server to the club by its id, with the role its members get (checked against the server's
 * roles); the bot adds its commands there at once. A server of another club is refused with a clear message.
 */
function ConnectDiscordForm({ onConnected }: { readonly onConnected: () => void }) {
  const { t } = useI18n();
  const [guildId, setGuildId] = useState('');
  const [memberRoleId, setMemberRoleId] = useState('');
  const [notices, setNotices] = useState<string[]>([]);
  const connect = useAction((body: { guildId: string; memberRoleId?: string }) =>
    call('POST /settings/platforms/discord', { body }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotices([]);
    const role = memberRoleId.trim();
    const result = await connect.run({ guildId: guildId.trim(), ...(role ? { memberRoleId: role } : {}) });
    if (result) {
      setNotices([
        t(result.attached ? 'settings.connected' : 'settings.alreadyConnected'),
        result.memberRoleId ? t('settings.memberRole', { role: result.memberRoleId }) : t('settings.memberRoleDefault'),
        result.commands === 'registered'
          ? t('settings.commandsRegistered')
          : result.commands === 'failed'
            ? t('settings.commandsFailed', { reason: result.commandsError ?? '' })
            : t('settings.commandsUnavailable'),
      ]);
      setGuildId('');
      setMemberRoleId('');
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
      <label>
        {t('settings.memberRoleId')}
        <input
          name="memberRoleId"
          inputMode="numeric"
          value={memberRoleId}
          onChange={(e) => setMemberRoleId(e.target.value)}
          maxLength={20}
        />
      </label>
      <p className="muted">{t('settings.memberRoleIdHelp')}</p>
      <Notice text={notices.length > 0 ? notices.join(' ') : null} />
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
 * Whether the bots can run membership, asked of each platform: every attached Discord server and Slack workspace,
 * and the Feishu app, each with its problems and their fixes.
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
  // Asked again after each connect: a new server, or a server's new member role.
  const [healthRound, setHealthRound] = useState(0);
  return (
    <section className="card" aria-label={t('settings.platforms')}>
      <h2>{t('settings.platforms')}</h2>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {data && (
        <>
          <Ids
            label="settings.discordGuilds"
            ids={data.discordGuilds}
            roles={data.discordMemberRoles}
            onDisconnected={() => {
              loaded.reload();
              setHealthRound((n) => n + 1);
              onConnected?.();
            }}
          />
          <p className="muted">{t('settings.discordHelp')}</p>
          <ConnectDiscordForm
            onConnected={() => {
              loaded.reload();
              setHealthRound((n) => n + 1);
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
          <ConnectionHealthList round={healthRound} />
        </>
      )}
    </section>
  );
}
