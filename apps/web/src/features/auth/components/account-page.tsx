import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';

export function AccountPage({ member }: { member: CurrentMember }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('auth.account.title')}>{t('auth.account.title')}</PageHeading>
        <p className="lead">{t('auth.account.intro', { email: member.email })}</p>
      </header>
      <div className="grid grid--two">
        <ProfileForm member={member} />
        <ChangePasswordForm />
      </div>
      <section className="card card--soft" aria-labelledby="language-heading">
        <h2 id="language-heading">{t('auth.account.language.heading')}</h2>
        <p>{t('auth.account.language.body')}</p>
      </section>
    </div>
  );
}
