import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_ID } from './skip-link';

/**
 * After a client-side navigation, moves focus to the new page's heading (or its <main>), as a
 * full page load would, so keyboard and screen-reader users start reading the new page.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById('page-heading') ?? document.getElementById(MAIN_ID);
      target?.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
