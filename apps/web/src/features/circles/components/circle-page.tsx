import type { CircleDetail, CurrentMember } from '@tertulia/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { Markdown } from '../../../components/ui/markdown';
import { PageHeading } from '../../../components/ui/page-heading';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useCircle } from '../api/get-circle';
import { CircleBadges } from './circle-badges';
import { CircleEvents } from './circle-events';
import { CircleMembers } from './circle-members';
import { CircleRequests } from './circle-requests';
import { EditCircleForm } from './edit-circle-form';
import { MembershipButton } from './membership-button';
import './circles.css';

export interface CirclePageProps {
  id: string;
  viewer: CurrentMember;
}

/** One circle: what it is, its people, its upcoming events, and for its admins (and the manager) its management. */
export function CirclePage({ id, viewer }: CirclePageProps) {
  const { t } = useTranslation();
  const circle = useCircle(id);

  if (circle.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (circle.isError) {
    if (isApiError(circle.error) && circle.error.status === 404) return <CircleNotFound />;
    return <ErrorAlert>{errorMessage(t, circle.error)}</ErrorAlert>;
  }
  return <Circle circle={circle.data} viewer={viewer} />;
}

function CircleNotFound() {
  const { t } = useTranslation();
  return (
    <div className="card card--narrow">
      <PageHeading title={t('circles.detail.notFoundTitle')}>{t('circles.detail.notFoundTitle')}</PageHeading>
      <p className="lead">{t('circles.detail.notFoundBody')}</p>
      <p>
        <Link to="/circles" className="button">
          {t('circles.detail.back')}
        </Link>
      </p>
    </div>
  );
}

function Circle({ circle, viewer }: { circle: CircleDetail; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const [notice, setNotice] = useState<string | null>(justCreated ? t('circles.notices.created', { name: circle.name }) : null);
  const [editing, setEditing] = useState(false);
  // The «created» notice is said once: reloading the page does not say it again.
  useEffect(() => {
    if (justCreated) void navigate('.', { replace: true, state: null });
  }, [justCreated, navigate]);
  const active = circle.members.filter((member) => member.status === 'active');
  const pending = circle.members.filter((member) => member.status === 'pending');

  return (
    <div className="stack">
      <header className="card circle-header">
        <p className="small">
          <Link to="/circles">{t('circles.detail.back')}</Link>
        </p>
        <PageHeading title={circle.name}>{circle.name}</PageHeading>
        <CircleBadges circle={circle} />
        <p className="small muted">{t('circles.memberCount', { count: circle.memberCount })}</p>
        <div className="button-row circle-header__actions">
          <MembershipButton circle={circle} onDone={setNotice} />
          {circle.canManage && !editing ? (
            <button type="button" className="button button--small button--quiet" onClick={() => setEditing(true)}>
              {t('circles.edit.open')}
            </button>
          ) : null}
        </div>
      </header>
      <StatusMessage>{notice}</StatusMessage>
      {circle.canManage && editing ? (
        <EditCircleForm
          circle={circle}
          onSaved={() => {
            setEditing(false);
            setNotice(t('circles.edit.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}

      <div className="grid grid--two">
        <section className="card stack stack--tight" aria-labelledby="circle-about-heading">
          <h2 id="circle-about-heading">{t('circles.detail.about')}</h2>
          {circle.description ? <Markdown source={circle.description} /> : <p className="muted">{t('circles.detail.noDescription')}</p>}
        </section>
        <CircleEvents circle={circle} />
      </div>

      {circle.canManage ? <CircleRequests circle={circle} requests={pending} onDone={setNotice} /> : null}
      <CircleMembers circle={circle} members={active} viewer={viewer} onDone={setNotice} />
    </div>
  );
}
