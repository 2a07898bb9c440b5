import { EMAIL_FREQUENCY_DEFAULTS } from '@tertulia/domain';
import { createMember } from '../factories/member.factory';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

/** A delivered notification of `memberId` (a new member when null), straight in the database. */
async function notification(t: TestApp, memberId: string | null): Promise<string> {
  const owner = memberId ?? (await createMember(t.dataSource)).id;
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO notifications (member_id, kind, data, link) VALUES ($1, 'feedback_answered', '{"reviewerName":"Anna","title":"Landing"}', '/feedback/x')
     RETURNING id`,
    [owner],
  );
  return id;
}

/** Every signed-in member reads and changes only their own notifications and settings. */
const SIGNED_IN = { anonymous: 401, member: 200, manager: 200 };

export const NOTIFICATIONS_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/notifications', request: async () => ({ path: '/api/notifications?unread=true' }), expected: SIGNED_IN },
  { method: 'GET', route: '/api/notifications/unread-count', request: async () => ({ path: '/api/notifications/unread-count' }), expected: SIGNED_IN },
  {
    method: 'POST',
    route: '/api/notifications/read',
    as: 'their own',
    request: async (t, caller) => ({ path: '/api/notifications/read', body: { ids: [await notification(t, caller)] } }),
    expected: SIGNED_IN,
  },
  {
    method: 'POST',
    route: '/api/notifications/read',
    as: "someone else's (left unread: only the reader's own are marked)",
    request: async (t) => ({ path: '/api/notifications/read', body: { ids: [await notification(t, null)] } }),
    expected: SIGNED_IN,
  },
  { method: 'POST', route: '/api/notifications/read', as: 'all', request: async () => ({ path: '/api/notifications/read', body: { all: true } }), expected: SIGNED_IN },
  {
    method: 'GET',
    route: '/api/members/me/notification-settings',
    request: async () => ({ path: '/api/members/me/notification-settings' }),
    expected: SIGNED_IN,
  },
  {
    method: 'PUT',
    route: '/api/members/me/notification-settings',
    request: async () => ({
      path: '/api/members/me/notification-settings',
      body: { email: { ...EMAIL_FREQUENCY_DEFAULTS, knowledge: 'weekly' }, quietHours: { start: '22:00', end: '08:00' } },
    }),
    expected: SIGNED_IN,
  },
];
