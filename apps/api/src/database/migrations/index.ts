import { InitialSchema1795636016879 } from './1795636016879-initial-schema';

// Every migration, in order. Never edit one that has landed: add a new one.
export const MIGRATIONS: Function[] = [InitialSchema1795636016879];
