import { useParams } from 'react-router';
import { MemberProfilePage } from '../../features/directory';
import { useShellMember } from '../app-shell';

export function MemberProfileRoute() {
  const { id = '' } = useParams();
  // A new member, a new page: nothing (a dialog, a notice) carries over from the last one.
  return <MemberProfilePage key={id} id={id} viewer={useShellMember()} />;
}
