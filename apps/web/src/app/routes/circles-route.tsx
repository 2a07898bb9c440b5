import { CirclesPage } from '../../features/circles';

export function CirclesRoute() {
  return <CirclesPage />;
}
