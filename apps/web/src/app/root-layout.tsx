import { Outlet } from 'react-router';
import { SkipLink } from './skip-link';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/** Around every page: the skip link first, and focus moved to each new page's heading. */
export function RootLayout() {
  useFocusOnNavigation();
  return (
    <>
      <SkipLink />
      <Outlet />
    </>
  );
}
