import { Outlet } from 'react-router';
import { LanguageSelect } from '../features/auth';
import { Brand } from './brand';
import { MAIN_ID } from './skip-link';

/** The frame of the pages for people not signed in yet: sign-in and invitation acceptance. */
export function PublicLayout() {
  return (
    <>
      <header className="site-header site-header--public">
        <div className="site-header__bar container">
          <Brand to="/sign-in" />
          <div className="site-header__tools">
            <LanguageSelect />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="site-main site-main--public container">
        <Outlet />
      </main>
    </>
  );
}
