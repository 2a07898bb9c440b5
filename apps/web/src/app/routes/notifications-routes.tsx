import { useParams } from 'react-router';
import { NotAllowedPage } from '../../features/members';
import { NotificationSettingsPage, NotificationsPage, OutboxPage, UnsubscribePage } from '../../features/notifications';
import { useShellMember } from '../app-shell';

export function NotificationsRoute() {
  return <NotificationsPage />;
}

export function NotificationSettingsRoute() {
  return <NotificationSettingsPage />;
}

export function OutboxRoute() {
  const member = useShellMember();
  if (member.role !== 'manager') return <NotAllowedPage />;
  return <OutboxPage />;
}

/** Public: the link in an e-mail works without signing in (the token is the proof). */
export function UnsubscribeRoute() {
  const { token = '' } = useParams();
  return <UnsubscribePage key={token} token={token} />;
}
