import { useQueryClient } from '@tanstack/react-query';
import type { CurrentMember } from '@tertulia/domain';
import { useCallback } from 'react';
import { currentLocale } from '../../../lib/i18n';
import { authKeys } from '../api/keys';
import { updateMe } from '../api/update-me';

/**
 * Records a new session (after signing in or accepting an invitation): whatever was cached
 * for a previous person is dropped, and a member who never chose a language gets the one
 * they are using, so that e-mails can be written in it.
 */
export function useStartSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (member: CurrentMember) => {
      // Only what no page shows right now: the page being left (e.g. the invitation) must not refetch.
      queryClient.removeQueries({ type: 'inactive', predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), member);
      if (member.locale === null) {
        updateMe({ locale: currentLocale() }).then(
          (updated) => queryClient.setQueryData(authKeys.session(), updated),
          () => undefined, // best effort: the language can be set again at any time
        );
      }
    },
    [queryClient],
  );
}
