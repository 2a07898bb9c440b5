import type { QueryClient } from '@tanstack/react-query';
import { DIRECTORY_ROOT, MEMBERS_ROOT, profileKeys } from './keys';

/** After any change to one's profile, photo, focus or services: the own profile, the directory and the members lists read again. */
export function invalidateProfile(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: profileKeys.all }),
    queryClient.invalidateQueries({ queryKey: MEMBERS_ROOT }),
    queryClient.invalidateQueries({ queryKey: DIRECTORY_ROOT }),
  ]);
}
