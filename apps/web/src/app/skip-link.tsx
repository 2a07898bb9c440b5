import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

/** The first thing a keyboard reaches: straight to the page's content, past the header. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t('app.skipToContent')}
    </a>
  );
}
