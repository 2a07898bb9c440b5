import { AccountPage } from '../../features/auth';
import { useShellMember } from '../app-shell';

export function AccountRoute() {
  return <AccountPage member={useShellMember()} />;
}
