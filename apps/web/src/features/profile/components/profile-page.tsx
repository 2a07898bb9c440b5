import type { CurrentMember, MemberProfile } from '@tertulia/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import { useMyProfile } from '../api/get-my-profile';
import { draftFromProfile, type ProfileDraft } from '../utils/profile-draft';
import { FocusSection } from './focus-section';
import { PhotoSection } from './photo-section';
import { ProfileForm } from './profile-form';
import { ProfilePreview } from './profile-preview';
import { ServicesSection } from './services-section';
import './profile.css';

/** «My profile»: what the member tells the community, their photo, their focus and what their business offers. */
export function ProfilePage({ member }: { member: CurrentMember }) {
  const { t } = useTranslation();
  const profile = useMyProfile(member.id);

  return (
    <div className="stack profile-page">
      <header className="page-header">
        <PageHeading title={t('profile.title')}>{t('profile.title')}</PageHeading>
        <p className="lead">{t('profile.intro')}</p>
        <p className="small">
          <Link to={`/members/${member.id}`}>{t('profile.viewPublic')}</Link> · <Link to="/account">{t('profile.account')}</Link>
        </p>
      </header>
      {profile.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : profile.isError ? (
        <div className="stack stack--tight">
          <ErrorAlert>{errorMessage(t, profile.error)}</ErrorAlert>
          <div>
            <button type="button" className="button button--quiet" onClick={() => void profile.refetch()}>
              {t('app.retry')}
            </button>
          </div>
        </div>
      ) : (
        <ProfileSections profile={profile.data} />
      )}
    </div>
  );
}

function ProfileSections({ profile }: { profile: MemberProfile }) {
  // What is typed, kept here so that the preview follows it; a refreshed profile never overwrites it.
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(profile));
  return (
    <>
      <div className="grid grid--two profile-page__editor">
        <ProfileForm profile={profile} draft={draft} onChange={setDraft} />
        <div className="stack profile-page__side">
          <ProfilePreview profile={profile} draft={draft} />
          <PhotoSection profile={profile} />
          <FocusSection memberId={profile.id} focus={profile.focus} />
        </div>
      </div>
      <ServicesSection memberId={profile.id} services={profile.services} />
    </>
  );
}
