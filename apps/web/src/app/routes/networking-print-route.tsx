import { useParams, useSearchParams } from 'react-router';
import { NetworkingPrintPage } from '../../features/networking';

/** `/events/:id/tables/print?view=cards|schedules` — the manager's printable table cards or personal schedules. */
export function NetworkingPrintRoute() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  return <NetworkingPrintPage key={id} eventId={id} view={params.get('view') === 'schedules' ? 'schedules' : 'cards'} />;
}
