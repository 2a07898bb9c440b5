import { BreakfastsPage } from '../../features/breakfasts';
import { useShellMember } from '../app-shell';

export function BreakfastsRoute() {
  return <BreakfastsPage member={useShellMember()} />;
}
