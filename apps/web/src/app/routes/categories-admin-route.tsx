import { CategoriesAdminPage } from '../../features/directory';
import { NotAllowedPage } from '../../features/members';
import { useShellMember } from '../app-shell';

export function CategoriesAdminRoute() {
  const member = useShellMember();
  if (member.role !== 'manager') return <NotAllowedPage />;
  return <CategoriesAdminPage />;
}
