import type { CircleSummary } from '@tertulia/domain';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import { useCircles } from '../api/get-circles';
import { plainExcerpt } from '../utils/circle-text';
import { CircleBadges } from './circle-badges';
import { MembershipButton } from './membership-button';
import { NewCircleForm } from './new-circle-form';
import './circles.css';

/** Every circle of the coworking, with joining and leaving in place, and a form to start a new one. */
export function CirclesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const circles = useCircles();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const items = circles.data?.pages.flatMap((page) => page.items) ?? [];

  const stopCreating = () => {
    flushSync(() => setCreating(false));
    newButtonRef.current?.focus();
  };

  const onCreated = (circle: CircleSummary) => {
    void navigate(`/circles/${circle.id}`, { state: { created: true } });
  };

  return (
    <div className="stack">
      <header className="page-header section-header">
        <div>
          <PageHeading title={t('circles.page.title')}>{t('circles.page.title')}</PageHeading>
          <p className="lead">{t('circles.page.intro')}</p>
        </div>
        {creating ? null : (
          <button ref={newButtonRef} type="button" className="button" onClick={() => setCreating(true)}>
            {t('circles.create.open')}
          </button>
        )}
      </header>
      {creating ? <NewCircleForm onCreated={onCreated} onCancel={stopCreating} /> : null}
      <section className="stack stack--tight" aria-labelledby="circles-list-heading">
        <h2 id="circles-list-heading">{t('circles.list.heading')}</h2>
        <StatusMessage>{notice}</StatusMessage>
        {circles.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : circles.isError ? (
          <ErrorAlert>{errorMessage(t, circles.error)}</ErrorAlert>
        ) : items.length === 0 ? (
          <p className="muted">{t('circles.list.empty')}</p>
        ) : (
          <>
            <ul className="circle-cards" aria-label={t('circles.list.label')}>
              {items.map((circle) => (
                <CircleCard key={circle.id} circle={circle} onDone={setNotice} />
              ))}
            </ul>
            <LoadMore query={circles} />
          </>
        )}
      </section>
    </div>
  );
}

function CircleCard({ circle, onDone }: { circle: CircleSummary; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const titleId = `circle-${circle.id}-name`;
  const excerpt = plainExcerpt(circle.description);
  return (
    <li>
      <article className="circle-card" aria-labelledby={titleId}>
        <h3 id={titleId} className="circle-card__name">
          <Link to={`/circles/${circle.id}`}>{circle.name}</Link>
        </h3>
        <CircleBadges circle={circle} />
        {excerpt ? <p className="circle-card__excerpt">{excerpt}</p> : null}
        <p className="small muted">{t('circles.memberCount', { count: circle.memberCount })}</p>
        <MembershipButton circle={circle} onDone={onDone} />
      </article>
    </li>
  );
}
