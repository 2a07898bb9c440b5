import { EventsPage } from '../../features/events';
import { useShellMember } from '../app-shell';

export function EventsRoute() {
  return <EventsPage viewer={useShellMember()} />;
}
