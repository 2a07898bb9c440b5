import type { PresenterCard as Presenter } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  return letters.map((part) => part.charAt(0).toLocaleUpperCase()).join('');
}

/** Who presents: name, business and headline, or a word that the slot is still open. */
export function PresenterCard({ presenter, isYou }: { presenter: Presenter | null; isYou?: boolean }) {
  const { t } = useTranslation();
  if (!presenter) return <p className="presenter presenter--empty muted">{t('breakfasts.session.noPresenter')}</p>;
  return (
    <div className="presenter">
      <span className="avatar" aria-hidden="true">
        {initials(presenter.displayName)}
      </span>
      <div className="presenter__body">
        <p className="presenter__name">
          {presenter.displayName}
          {isYou ? <span className="muted"> ({t('app.you')})</span> : null}
        </p>
        {presenter.businessName ? <p className="presenter__business">{presenter.businessName}</p> : null}
        {presenter.headline ? <p className="presenter__headline">{presenter.headline}</p> : null}
      </div>
    </div>
  );
}
