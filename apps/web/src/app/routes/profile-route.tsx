import { ProfilePage } from '../../features/profile';
import { useShellMember } from '../app-shell';

export function ProfileRoute() {
  return <ProfilePage member={useShellMember()} />;
}
