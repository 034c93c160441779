import type { ReactNode } from 'react';
import { call } from '../api/client.js';
import type { StaffRole } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';
import { Link, useLocation } from '../router/router.js';
import { can, useSession } from '../session/session.js';
import { RoleBadge } from './badges.js';
import { LanguageSwitch } from './language-switch.js';

interface NavItem {
  readonly to: string;
  readonly label: TextKey;
  readonly roles: readonly StaffRole[];
}

/** Navigation, least privilege: each staff member sees the screens of their roles (owners see all). */
export const NAV: readonly NavItem[] = [
  { to: '/', label: 'nav.dashboard', roles: ['moderator', 'coach'] },
  { to: '/applications', label: 'nav.applications', roles: ['moderator'] },
  { to: '/members', label: 'nav.members', roles: ['moderator'] },
  { to: '/questions', label: 'nav.questions', roles: ['coach', 'moderator', 'guest'] },
  { to: '/faq', label: 'nav.faq', roles: ['coach', 'moderator'] },
  { to: '/library', label: 'nav.library', roles: ['coach', 'moderator'] },
  { to: '/lessons', label: 'nav.lessons', roles: ['moderator', 'coach'] },
  { to: '/introductions', label: 'nav.introductions', roles: ['moderator'] },
  { to: '/suppliers', label: 'nav.suppliers', roles: ['moderator'] },
  { to: '/cases', label: 'nav.cases', roles: ['moderator'] },
  { to: '/audit', label: 'nav.audit', roles: ['moderator'] },
  { to: '/settings', label: 'nav.settings', roles: ['owner'] },
  { to: '/staff', label: 'nav.staff', roles: ['owner'] },
  { to: '/billing', label: 'nav.billing', roles: ['owner'] },
];

function isCurrent(path: string, to: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

/** The signed-in frame of every screen: navigation, club name, language switch, sign-out. */
export function Layout({ children, onSignedOut }: { readonly children: ReactNode; readonly onSignedOut: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const { path } = useLocation();
  const signOut = async () => {
    await call('POST /session/sign-out').catch(() => undefined);
    onSignedOut();
  };
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ❄
          </span>
          <div>
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-club">{session.community.name}</div>
          </div>
        </div>
        <nav aria-label="main">
          <ul>
            {NAV.filter((item) => can(session, item.roles)).map((item) => (
              <li key={item.to}>
                <Link to={item.to} className={isCurrent(path, item.to) ? 'nav-link current' : 'nav-link'}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="main">
        <header className="topbar">
          <div className="who">
            <span>{t('app.signedInAs', { name: session.member.displayName })}</span>
            {session.roles.map((role) => (
              <RoleBadge key={role} role={role} />
            ))}
          </div>
          <div className="topbar-actions">
            <LanguageSwitch />
            <button type="button" className="button-secondary" onClick={signOut}>
              {t('app.signOut')}
            </button>
          </div>
        </header>
        <main className="content">{children}</main>
      </div>
    </div>
  );
}
