import { CoffeePage } from '../../features/coffee';
import { useShellMember } from '../app-shell';

export function CoffeeRoute() {
  return <CoffeePage viewer={useShellMember()} />;
}
