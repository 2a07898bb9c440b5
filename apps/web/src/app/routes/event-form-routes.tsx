import { useParams } from 'react-router';
import { EditEventPage, NewEventPage } from '../../features/events';
import { useShellMember } from '../app-shell';

export function NewEventRoute() {
  return <NewEventPage viewer={useShellMember()} />;
}

export function EditEventRoute() {
  const { id = '' } = useParams();
  return <EditEventPage key={id} id={id} viewer={useShellMember()} />;
}
