import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useAction } from './use-api.js';

type ChatPlatform = 'discord' | 'slack' | 'feishu';
const PLATFORMS: readonly ChatPlatform[] = ['discord', 'slack', 'feishu'];

/**
 * Owners invite a guest expert (嘉宾) who need not be a member: by email (a one-time sign-in link for the owner to
 * send; snowball sends no email) and/or by chat account (linked at once). The guest gets the guest role only.
 */
export function GuestInviteForm({ onInvited }: { readonly onInvited: () => void }) {
  const { t, dateTime } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<'zh-CN' | 'en'>('zh-CN');
  const [platform, setPlatform] = useState<ChatPlatform | ''>('');
  const [userId, setUserId] = useState('');
  const [workspaceId, setWorkspaceId] = useState('');
  const [done, setDone] = useState<{ name: string; url: string | null; expiresAt: string | null } | null>(null);
  const invite = useAction(() =>
    call('POST /staff/guests', {
      body: {
        displayName: name.trim(),
        email: email.trim() || null,
        locale,
        ...(platform && userId.trim()
          ? { platform, platformUserId: userId.trim(), workspaceId: workspaceId.trim() || null }
          : {}),
      },
    }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await invite.run();
    if (!result) return;
    setDone({ name: name.trim(), url: result.loginUrl, expiresAt: result.expiresAt });
    setName('');
    setEmail('');
    setUserId('');
    setWorkspaceId('');
    onInvited();
  };
  return (
    <form className="card form" onSubmit={submit} aria-label={t('guests.invite')}>
      <h2>{t('guests.invite')}</h2>
      <p className="muted">{t('guests.inviteHelp')}</p>
      {done && (
        <div className="banner banner-ok" role="status">
          <p>
            {done.url && done.expiresAt
              ? t('guests.linkHint', { name: done.name, time: dateTime(done.expiresAt) })
              : t('guests.linked', { name: done.name })}
          </p>
          {done.url && (
            <input
              className="link-output"
              readOnly
              aria-label={t('guests.link')}
              value={done.url}
              onFocus={(e) => e.target.select()}
            />
          )}
        </div>
      )}
      <label>
        {t('guests.name')}
        <input name="guestName" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('guests.email')}
        <input
          name="guestEmail"
          type="email"
          maxLength={254}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label>
        {t('guests.language')}
        <select name="guestLocale" value={locale} onChange={(e) => setLocale(e.target.value as 'zh-CN' | 'en')}>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset>
        <legend>{t('guests.account')}</legend>
        <label>
          {t('guests.platform')}
          <select
            name="guestPlatform"
            value={platform}
            onChange={(e) => setPlatform(e.target.value as ChatPlatform | '')}
          >
            <option value="">{t('guests.noPlatform')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`guests.platform.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('guests.userId')}
          <input
            name="guestUserId"
            maxLength={100}
            disabled={!platform}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
          />
        </label>
        <label>
          {t('guests.workspace')}
          <input
            name="guestWorkspace"
            maxLength={128}
            disabled={!platform}
            value={workspaceId}
            onChange={(e) => setWorkspaceId(e.target.value)}
          />
        </label>
      </fieldset>
      <ErrorBanner error={invite.error} />
      <button type="submit" disabled={invite.pending}>
        {t('guests.send')}
      </button>
    </form>
  );
}
