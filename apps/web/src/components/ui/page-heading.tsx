import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one <h1> of a page; it also names the browser tab ("Members · Tertulia"), so that
 * screen-reader users hear where they are after each navigation.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  return (
    <h1 id="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
