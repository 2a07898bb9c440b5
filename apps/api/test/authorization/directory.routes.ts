import type { RouteCase } from './route-case';

/** Members' profiles, focus status, photos and search: who may call each route. */
export const DIRECTORY_ROUTES: RouteCase[] = [];
