import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { useMember } from '../api/get-member';
import { CoffeeSettingsSection } from './coffee-settings-section';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';
import { MatchSection } from './match-card';
import { RoundSection } from './round-section';
import './coffee.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The «cafè ràpid» page: this week's match, invitations received and sent, an invitation form (`?invite=<id>`
 * chooses whom, from a profile's «Invite for a coffee»), the member's own settings; and the manager's round button.
 */
export function CoffeePage({ viewer }: { viewer: CurrentMember }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const inviteParam = params.get('invite');
  const inviteId = inviteParam && UUID.test(inviteParam) && inviteParam !== viewer.id ? inviteParam : null;
  const invitee = useMember(inviteId);
  const initialInvitee = invitee.data
    ? { id: invitee.data.id, displayName: invitee.data.displayName, photoUrl: invitee.data.photoUrl, businessName: invitee.data.businessName, headline: invitee.data.headline }
    : null;

  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('coffee.page.title')}>{t('coffee.page.title')}</PageHeading>
        <p className="lead">{t('coffee.page.intro')}</p>
      </header>
      <div className="grid grid--two">
        <div className="stack">
          <MatchSection />
          <InvitationList box="received" />
          {inviteId && invitee.isPending ? (
            <p className="muted">{t('app.loading')}</p>
          ) : (
            <InviteForm key={initialInvitee?.id ?? 'anyone'} viewerId={viewer.id} initialInvitee={initialInvitee} />
          )}
          <InvitationList box="sent" />
        </div>
        <div className="stack">
          <CoffeeSettingsSection viewerId={viewer.id} />
          {viewer.role === 'manager' ? <RoundSection /> : null}
        </div>
      </div>
    </div>
  );
}
