import { useParams } from 'react-router';
import { EventPage } from '../../features/events';
import { useShellMember } from '../app-shell';

export function EventRoute() {
  const { id = '' } = useParams();
  // A new event, a new page: nothing (a dialog, a notice) carries over from the last one.
  return <EventPage key={id} id={id} viewer={useShellMember()} />;
}
