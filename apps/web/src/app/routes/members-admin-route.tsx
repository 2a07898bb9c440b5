import { useQueryClient } from '@tanstack/react-query';
import { refreshSession } from '../../features/auth';
import { MembersAdminPage, NotAllowedPage } from '../../features/members';
import { useShellMember } from '../app-shell';

export function MembersAdminRoute() {
  const member = useShellMember();
  const queryClient = useQueryClient();
  if (member.role !== 'manager') return <NotAllowedPage />;
  return <MembersAdminPage currentMemberId={member.id} onOwnAccountChanged={() => void refreshSession(queryClient)} />;
}
