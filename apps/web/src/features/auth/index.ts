/** The auth feature's public face: what the app (routes, shell) may use. */
import type { QueryClient } from '@tanstack/react-query';
import { authKeys } from './api/keys';

export { sessionQueryOptions, useSession } from './api/get-session';
export { useStartSession } from './hooks/use-start-session';
export { AccountPage } from './components/account-page';
export { LanguageSelect } from './components/language-select';
export { SignInPage } from './components/sign-in-page';
export { SignOutButton } from './components/sign-out-button';

/** The session ended on the server (expired, revoked): forget the member, the shell sends them to sign in. */
export function markSignedOut(queryClient: QueryClient): void {
  queryClient.setQueryData(authKeys.session(), null);
}

/** Reads the session again (e.g. after the manager changed their own role). */
export function refreshSession(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: authKeys.session() });
}
