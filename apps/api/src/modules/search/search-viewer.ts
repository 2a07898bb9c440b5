import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import type { SearchViewer } from './search.sql';

/** Who reads: what the visibility rules of the directory, services and search need to know. */
export function searchViewerOf(member: AuthenticatedMember): SearchViewer {
  return { id: member.id, isManager: member.role === 'manager' };
}
