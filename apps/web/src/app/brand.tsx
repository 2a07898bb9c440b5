import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The site's name with its little cup: the way home. */
export function Brand({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to} className="brand">
      <svg className="brand__mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <rect width="64" height="64" rx="14" fill="currentColor" />
        <path d="M17 26h26v10a13 13 0 0 1-26 0z" fill="#fdf8f1" />
        <path d="M43 29h3a5 5 0 0 1 0 10h-4" fill="none" stroke="#fdf8f1" strokeWidth="4" />
        <path
          d="M24 14c-2 3 2 5 0 8M32 12c-2 3 2 5 0 8"
          fill="none"
          stroke="#fdf8f1"
          strokeWidth="3"
          strokeLinecap="round"
        />
      </svg>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </span>
    </Link>
  );
}
