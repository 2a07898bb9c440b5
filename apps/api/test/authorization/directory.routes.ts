import { createMember } from '../factories/member.factory';
import { givePhoto, image } from '../utils/images';
import type { RouteCase } from './route-case';

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString();

/** Members' profiles, focus status, photos and search: who may call each route. */
export const DIRECTORY_ROUTES: RouteCase[] = [
  {
    method: 'PUT',
    route: '/api/members/me/status',
    request: async () => ({ path: '/api/members/me/status', body: { focusUntil: inAnHour(), openToCoffee: true } }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  {
    method: 'PUT',
    route: '/api/members/me/photo',
    request: async () => ({ path: '/api/members/me/photo', body: await image('png'), headers: { 'content-type': 'image/png' } }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  {
    method: 'DELETE',
    route: '/api/members/me/photo',
    request: async () => ({ path: '/api/members/me/photo' }),
    expected: { anonymous: 401, member: 204, manager: 204 },
  },
  {
    method: 'GET',
    route: '/api/photos/{file}',
    as: 'of a listed member',
    request: async (t) => ({ path: `/api/photos/${await givePhoto(t, (await createMember(t.dataSource)).id)}` }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  {
    method: 'GET',
    route: '/api/photos/{file}',
    as: 'of a member hidden from the directory',
    request: async (t) => ({ path: `/api/photos/${await givePhoto(t, (await createMember(t.dataSource, { directoryVisible: false })).id)}` }),
    expected: { anonymous: 401, member: 404, manager: 200 },
  },
  {
    method: 'GET',
    route: '/api/members/{id}',
    as: 'hidden from the directory',
    request: async (t) => ({ path: `/api/members/${(await createMember(t.dataSource, { directoryVisible: false })).id}` }),
    expected: { anonymous: 401, member: 404, manager: 200 },
  },
  {
    method: 'GET',
    route: '/api/search',
    request: async () => ({ path: '/api/search?q=disseny&limit=3' }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
];
