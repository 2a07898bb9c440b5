import { DirectoryPage } from '../../features/directory';

export function DirectoryRoute() {
  return <DirectoryPage />;
}
