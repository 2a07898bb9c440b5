import type { InvitationCreated } from '@tertulia/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { InvitationLink } from './invitation-link';
import { InviteForm } from './invite-form';
import { MemberAdminList, type MemberAdminListProps } from './member-admin-list';
import { PendingInvitations } from './pending-invitations';

/** The manager's page: invite, follow the pending invitations, manage roles and access. */
export function MembersAdminPage(props: MemberAdminListProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('members.admin.title')}>{t('members.admin.title')}</PageHeading>
        <p className="lead">{t('members.admin.intro')}</p>
      </header>
      <div className="stack">
        <InviteForm onCreated={setCreated} />
        {created ? <InvitationLink key={created.token} invitation={created} /> : null}
      </div>
      <PendingInvitations onResent={setCreated} />
      <MemberAdminList {...props} />
    </div>
  );
}

export function NotAllowedPage() {
  const { t } = useTranslation();
  return (
    <div className="card card--narrow">
      <PageHeading title={t('members.notAllowed.title')}>{t('members.notAllowed.title')}</PageHeading>
      <p className="lead">{t('members.notAllowed.body')}</p>
    </div>
  );
}
