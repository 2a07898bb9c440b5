import { useNavigate, useSearchParams } from 'react-router';
import { SignInPage } from '../../features/auth';
import { safeNextPath } from '../../lib/forms';

export function SignInRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return <SignInPage onSignedIn={() => void navigate(safeNextPath(params.get('next')), { replace: true })} />;
}
