import { useNavigate, useParams } from 'react-router';
import { useStartSession } from '../../features/auth';
import { AcceptInvitationPage } from '../../features/invitations';

export function InvitationRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const startSession = useStartSession();
  return (
    <AcceptInvitationPage
      token={token}
      onAccepted={(member) => {
        startSession(member);
        void navigate('/', { replace: true });
      }}
    />
  );
}
