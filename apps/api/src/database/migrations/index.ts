import { InitialSchema1795636016879 } from './1795636016879-initial-schema';
import { MemberNamesInAlphabeticalOrder1795640000000 } from './1795640000000-member-names-in-alphabetical-order';
import { BreakfastRota1795640100000 } from './1795640100000-breakfast-rota';

// Every migration, in order. Never edit one that has landed: add a new one.
export const MIGRATIONS: Function[] = [InitialSchema1795636016879, MemberNamesInAlphabeticalOrder1795640000000, BreakfastRota1795640100000];
