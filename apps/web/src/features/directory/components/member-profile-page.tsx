import type { CurrentMember, MemberProfile } from '@tertulia/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { FocusBadge } from '../../../components/ui/focus-badge';
import { Markdown } from '../../../components/ui/markdown';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { PageHeading } from '../../../components/ui/page-heading';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatMonthYear } from '../../../lib/time';
import { MemberPosts } from '../../knowledge';
import { useMemberProfile } from '../api/get-member-profile';
import { formatBirthday, startsWithVowel, yearsSince } from '../utils/dates';
import { skillSearchPath } from '../utils/directory-params';
import { languageName } from '../utils/languages';
import { ServiceCard } from './service-card';
import { SkillTags } from './skill-tags';

export interface MemberProfilePageProps {
  id: string;
  viewer: CurrentMember;
}

/** Everything about one member and what their business offers. */
export function MemberProfilePage({ id, viewer }: MemberProfilePageProps) {
  const { t } = useTranslation();
  const profile = useMemberProfile(id);

  if (profile.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (profile.isError) {
    if (isApiError(profile.error) && profile.error.status === 404) return <ProfileNotFound />;
    return <ErrorAlert>{errorMessage(t, profile.error)}</ErrorAlert>;
  }
  return <Profile member={profile.data} viewer={viewer} />;
}

function ProfileNotFound() {
  const { t } = useTranslation();
  return (
    <div className="card card--narrow">
      <PageHeading title={t('directory.profile.notFoundTitle')}>{t('directory.profile.notFoundTitle')}</PageHeading>
      <p className="lead">{t('directory.profile.notFoundBody')}</p>
      <p>
        <Link to="/directory" className="button">
          {t('directory.profile.backToDirectory')}
        </Link>
      </p>
    </div>
  );
}

function Profile({ member, viewer }: { member: MemberProfile; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [notice, setNotice] = useState<string | null>(null);
  const own = member.id === viewer.id;
  const manager = viewer.role === 'manager';

  return (
    <div className="stack">
      <header className="card profile-header">
        <MemberAvatar name={member.displayName} photoUrl={member.photoUrl} size="large" />
        <div className="profile-header__body">
          <PageHeading title={member.displayName}>{member.displayName}</PageHeading>
          {member.businessName ? <p className="person__business">{member.businessName}</p> : null}
          {member.headline ? <p className="lead">{member.headline}</p> : null}
          <Anniversary joinedAt={member.joinedAt} />
          <p className="small muted">{t('directory.profile.feedbackGiven', { count: member.feedbackGiven })}</p>
          <FocusBadge focus={member.focus} />
          {member.directoryVisible === false ? (
            <p>
              <span className="badge badge--plain">{t('directory.card.hidden')}</span>
            </p>
          ) : null}
          {own ? (
            <p>
              <Link to="/profile" className="button button--small">
                {t('directory.profile.edit')}
              </Link>
            </p>
          ) : (
            <p>
              <Link to={`/coffee?invite=${encodeURIComponent(member.id)}`} className="button button--small">
                {t('coffee.fromProfile')}
              </Link>
            </p>
          )}
        </div>
      </header>

      <div className="grid grid--two">
        <section className="card stack stack--tight" aria-labelledby="profile-details-heading">
          <h2 id="profile-details-heading">{t('directory.profile.details')}</h2>
          <dl className="profile-facts">
            {member.website ? (
              <>
                <dt>{t('directory.profile.website')}</dt>
                <dd>
                  <a href={member.website} target="_blank" rel="noopener noreferrer nofollow ugc">
                    {member.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  </a>
                </dd>
              </>
            ) : null}
            {member.email ? (
              <>
                <dt>{t('directory.profile.email')}</dt>
                <dd>
                  <a href={`mailto:${member.email}`}>{member.email}</a>
                </dd>
              </>
            ) : null}
            {member.languages.length > 0 ? (
              <>
                <dt>{t('directory.profile.languages')}</dt>
                <dd>{member.languages.map((code) => languageName(code, locale)).join(', ')}</dd>
              </>
            ) : null}
            {member.birthday ? (
              <>
                <dt>{t('directory.profile.birthday')}</dt>
                <dd>{formatBirthday(member.birthday, locale)}</dd>
              </>
            ) : null}
            {member.skills.length > 0 ? (
              <>
                <dt>{t('directory.profile.skills')}</dt>
                <dd>
                  <SkillTags skills={member.skills} label={t('directory.profile.skills')} linkTo={skillSearchPath} />
                </dd>
              </>
            ) : null}
          </dl>
          {!member.website && !member.email && member.languages.length === 0 && !member.birthday && member.skills.length === 0 ? (
            <p className="muted">{t('directory.profile.noDetails')}</p>
          ) : null}
        </section>

        <div className="stack">
          {member.bio ? (
            <section className="card stack stack--tight" aria-labelledby="profile-about-heading">
              <h2 id="profile-about-heading">{t('directory.profile.about')}</h2>
              <Markdown source={member.bio} />
            </section>
          ) : null}
          {member.lookingFor ? (
            <section className="card card--highlight stack stack--tight" aria-labelledby="profile-looking-heading">
              <h2 id="profile-looking-heading">{t('directory.profile.lookingFor')}</h2>
              <p className="pre-line">{member.lookingFor}</p>
            </section>
          ) : null}
        </div>
      </div>

      <section className="stack" aria-labelledby="profile-services-heading">
        <h2 id="profile-services-heading">{t('directory.services.heading')}</h2>
        <StatusMessage>{notice}</StatusMessage>
        {member.services.length === 0 ? (
          <p className="muted">{t('directory.services.empty')}</p>
        ) : (
          <ul className="services" role="list">
            {member.services.map((service) => (
              <ServiceCard key={service.id} service={service} canModerate={manager} onModerated={setNotice} />
            ))}
          </ul>
        )}
      </section>

      <MemberPosts memberId={member.id} memberName={member.displayName} own={own} />
    </div>
  );
}

/** «Member since March 2022 · 4 years in the coworking». */
function Anniversary({ joinedAt }: { joinedAt: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!joinedAt) return null;
  const since = formatMonthYear(joinedAt, locale);
  const years = yearsSince(joinedAt);
  return (
    <p className="small muted">
      {t('directory.profile.memberSince', { date: since, context: startsWithVowel(since) ? 'vowel' : undefined })}
      {' · '}
      {years < 1 ? t('directory.profile.newHere') : t('directory.profile.yearsHere', { count: years })}
    </p>
  );
}
