import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import type { MemberSummary, StaffRole } from '../api/types.js';
import { ErrorBanner } from '../components/error-banner.js';
import { GuestInviteForm } from '../components/guest-invite-form.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';

const ROLES: readonly StaffRole[] = ['owner', 'moderator', 'coach', 'guest'];

/** Owners manage the staff: who holds which role, and one-time sign-in links to hand out. */
export function StaffScreen() {
  const { t, date, dateTime } = useI18n();
  const staff = useApi(() => call('GET /staff'), []);
  const [link, setLink] = useState<{ memberId: string; url: string; expiresAt: string } | null>(null);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<readonly MemberSummary[]>([]);
  const [pick, setPick] = useState('');
  const [role, setRole] = useState<StaffRole>('moderator');

  const revoke = useAction((memberId: string, r: StaffRole) =>
    call('DELETE /staff/:memberId/roles/:role', { params: { memberId, role: r } }),
  );
  const grant = useAction((memberId: string, r: StaffRole) => call('POST /staff', { body: { memberId, role: r } }));
  const issue = useAction((memberId: string, r: StaffRole) =>
    call('POST /staff/:memberId/login-link', { params: { memberId }, body: { role: r } }),
  );
  const find = useAction((text: string) => call('GET /members', { query: { search: text, limit: 10 } }));

  const onFind = async (event: FormEvent) => {
    event.preventDefault();
    const page = await find.run(search.trim());
    if (page) {
      setFound(page.items);
      setPick(page.items[0]?.id ?? '');
    }
  };
  const onGrant = async (event: FormEvent) => {
    event.preventDefault();
    if (pick && (await grant.run(pick, role)) !== undefined) staff.reload();
  };

  return (
    <section>
      <h1>{t('staff.title')}</h1>
      <p className="muted">{t('staff.rolesHelp')}</p>
      <ErrorBanner error={staff.error ?? revoke.error ?? issue.error} onRetry={staff.reload} />
      {link && (
        <div className="banner banner-ok" role="status">
          <p>{t('staff.linkHint', { time: dateTime(link.expiresAt) })}</p>
          <input className="link-output" readOnly value={link.url} onFocus={(e) => e.target.select()} />
        </div>
      )}
      {staff.data && (
        <div className="card table-card">
          <table>
            <thead>
              <tr>
                <th>{t('staff.member')}</th>
                <th>{t('staff.roles')}</th>
                <th>{t('staff.loginLink')}</th>
              </tr>
            </thead>
            <tbody>
              {staff.data.map((s) => (
                <tr key={s.memberId}>
                  <td>
                    <Link to={`/members/${s.memberId}`}>{s.displayName}</Link>
                    <div className="muted">{s.email ?? `@${s.handle}`}</div>
                  </td>
                  <td>
                    {s.roles.map((r) => (
                      <div key={r.role} className="role-line">
                        <span className={`badge badge-role-${r.role}`}>{t(`role.${r.role}`)}</span>
                        <span className="muted"> {t('staff.since', { date: date(r.grantedAt) })}</span>
                        <button
                          type="button"
                          className="button-link"
                          disabled={revoke.pending}
                          onClick={async () => {
                            if ((await revoke.run(s.memberId, r.role)) !== undefined) staff.reload();
                          }}
                        >
                          {t('staff.remove', { role: t(`role.${r.role}`) })}
                        </button>
                      </div>
                    ))}
                  </td>
                  <td>
                    {s.roles.map((r) => (
                      <button
                        key={r.role}
                        type="button"
                        className="button-secondary small"
                        onClick={async () => {
                          const made = await issue.run(s.memberId, r.role);
                          if (made) setLink({ memberId: s.memberId, ...made });
                        }}
                      >
                        {t('staff.createLink', { role: t(`role.${r.role}`) })}
                      </button>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="card form">
        <h2>{t('staff.add')}</h2>
        <form className="toolbar" onSubmit={onFind} aria-label={t('app.search')}>
          <input
            type="search"
            placeholder={t('members.searchPlaceholder')}
            aria-label={t('staff.findMember')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <button type="submit" className="button-secondary" disabled={find.pending}>
            {t('app.search')}
          </button>
        </form>
        <ErrorBanner error={find.error} />
        {found.length > 0 && (
          <form className="toolbar" onSubmit={onGrant}>
            <select aria-label={t('staff.member')} value={pick} onChange={(e) => setPick(e.target.value)}>
              {found.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName} (@{m.handle})
                </option>
              ))}
            </select>
            <select aria-label={t('staff.role')} value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
            <button type="submit" disabled={grant.pending}>
              {t('staff.grant')}
            </button>
          </form>
        )}
        <ErrorBanner error={grant.error} />
      </div>
      <GuestInviteForm onInvited={staff.reload} />
    </section>
  );
}
