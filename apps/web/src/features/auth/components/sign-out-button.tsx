import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useSignOut } from '../api/sign-out';

export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <>
      <button
        type="button"
        className="button button--quiet button--small sign-out"
        onClick={() => {
          if (signOut.isIdle || signOut.isError) signOut.mutate();
        }}
        aria-disabled={signOut.isPending || signOut.isSuccess}
        aria-busy={signOut.isPending}
      >
        {t('auth.signOut')}
      </button>
      <ErrorAlert>{signOut.isError ? errorMessage(t, signOut.error) : null}</ErrorAlert>
    </>
  );
}
