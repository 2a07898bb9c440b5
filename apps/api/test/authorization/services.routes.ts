import type { RouteCase } from './route-case';

/** Services and their categories: who may call each route. */
export const SERVICES_ROUTES: RouteCase[] = [];
