import { useParams } from 'react-router';
import { CirclePage } from '../../features/circles';
import { useShellMember } from '../app-shell';

export function CircleRoute() {
  const { id = '' } = useParams();
  // A new circle, a new page: nothing (a form, a notice) carries over from the last one.
  return <CirclePage key={id} id={id} viewer={useShellMember()} />;
}
