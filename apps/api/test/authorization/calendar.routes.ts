import { newToken } from '../../src/common/security/tokens';
import { createMember } from '../factories/member.factory';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;

/** An upcoming event for the whole space, or for a new circle its caller is not in. */
async function event(t: TestApp, forCircle: boolean): Promise<string> {
  const organiser = await someone(t);
  let circleId: string | null = null;
  if (forCircle) {
    [{ id: circleId }] = await t.dataSource.query(`INSERT INTO circles (name, kind) VALUES ('Matrix calendar circle', 'company') RETURNING id`);
    await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id, role) VALUES ($1, $2, 'admin')`, [circleId, organiser]);
  }
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO events (title, starts_at, ends_at, timezone, circle_id, organiser_id)
     VALUES ('Matrix event', now() + interval '1 day', now() + interval '1 day 1 hour', 'Europe/Madrid', $1, $2) RETURNING id`,
    [circleId, organiser],
  );
  return id;
}

/** Another member's feed token: the token alone opens it. */
async function feedToken(t: TestApp): Promise<string> {
  const token = newToken();
  await t.dataSource.query(`INSERT INTO calendar_feeds (member_id, token) VALUES ($1, $2)`, [await someone(t), token]);
  return token;
}

const ANYONE = { anonymous: 401, member: 200, manager: 200 };

/** The calendar feed and calendar-file routes: who may call each one. */
export const CALENDAR_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    route: '/api/events/{id}/ics',
    as: 'an event for the whole space',
    request: async (t) => ({ path: `/api/events/${await event(t, false)}/ics` }),
    expected: ANYONE,
  },
  {
    method: 'GET',
    route: '/api/events/{id}/ics',
    as: "a circle's event, outside the circle",
    request: async (t) => ({ path: `/api/events/${await event(t, true)}/ics` }),
    expected: { anonymous: 401, member: 404, manager: 200 },
  },
  { method: 'GET', route: '/api/calendar/feed', request: async () => ({ path: '/api/calendar/feed' }), expected: ANYONE },
  { method: 'POST', route: '/api/calendar/feed', request: async () => ({ path: '/api/calendar/feed' }), expected: ANYONE },
  {
    method: 'GET',
    route: '/api/calendar/{token}.ics',
    as: 'a live token, no session needed',
    request: async (t) => ({ path: `/api/calendar/${await feedToken(t)}.ics` }),
    expected: { anonymous: 200, member: 200, manager: 200 },
  },
  {
    method: 'GET',
    route: '/api/calendar/{token}.ics',
    as: 'an unknown token',
    request: async () => ({ path: `/api/calendar/${newToken()}.ics` }),
    expected: { anonymous: 404, member: 404, manager: 404 },
  },
];
