import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation, useOutletContext } from 'react-router';
import { LanguageSelect, SignOutButton, useSession } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { Brand } from './brand';
import { MAIN_ID } from './skip-link';
import { signInPath } from './sign-in-path';

export interface ShellContext {
  member: CurrentMember;
}

/** For the pages inside the shell: the signed-in member (the shell renders nothing without one). */
export function useShellMember(): CurrentMember {
  return useOutletContext<ShellContext>().member;
}

const AREAS = ['directory', 'breakfasts', 'events', 'circles', 'knowledge', 'feedback', 'coffee'] as const;

/** Everything a signed-in member sees around the pages: header, navigation, language, sign-out. */
export function AppShell() {
  const { t } = useTranslation();
  const { data: member } = useSession();
  const location = useLocation();

  if (member === null) return <Navigate to={signInPath(location)} replace />;
  if (member === undefined) return null;

  return (
    <>
      <header className="site-header">
        <div className="site-header__bar container">
          <Brand to="/" />
          <div className="site-header__tools">
            <LanguageSelect />
            <NotificationBell />
            <NavLink to="/profile" className="button button--small button--quiet">
              {t('profile.nav')}
            </NavLink>
            <Link to="/account" className="member-link" title={t('nav.account')}>
              <span className="member-link__avatar" aria-hidden="true">
                {member.displayName.trim().charAt(0).toLocaleUpperCase()}
              </span>
              <span className="member-link__name">{member.displayName}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul className="site-nav__list container">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {AREAS.map((area) => (
              <li key={area}>
                <NavLink to={`/${area}`}>{t(`nav.${area}`)}</NavLink>
              </li>
            ))}
            {member.role === 'manager' ? (
              <>
                <li>
                  <NavLink to="/admin/members">{t('nav.membersAdmin')}</NavLink>
                </li>
                <li>
                  <NavLink to="/admin/categories">{t('directory.nav.categories')}</NavLink>
                </li>
                <li>
                  <NavLink to="/admin/outbox">{t('notifications.outbox.nav')}</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="site-main container">
        <Outlet context={{ member } satisfies ShellContext} />
      </main>
      <footer className="site-footer container">
        <p className="small muted">{t('app.tagline')}</p>
      </footer>
    </>
  );
}
