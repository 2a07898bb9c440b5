import { useQueryClient } from '@tanstack/react-query';
import type { CurrentMember, Locale } from '@tertulia/domain';
import { useCallback } from 'react';
import { changeLocale } from '../../../lib/i18n';
import { authKeys } from '../api/keys';
import { useUpdateMe } from '../api/update-me';

/**
 * Switches the portal's language on this device and, when someone is signed in, also saves
 * it on their account so that e-mails reach them in that language.
 */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  const { mutate } = useUpdateMe();
  return useCallback(
    (locale: Locale) => {
      void changeLocale(locale);
      const member = queryClient.getQueryData<CurrentMember | null>(authKeys.session());
      if (member && member.locale !== locale) mutate({ locale });
    },
    [queryClient, mutate],
  );
}
