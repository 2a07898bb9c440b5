import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMember } from '../factories/member.factory';
import { image } from '../utils/images';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;

interface EventOptions {
  organiserId?: string | null;
  circleId?: string | null;
  format?: string;
}

/** An event next month, straight in the database: for the whole space unless given a circle. */
async function event(t: TestApp, options: EventOptions = {}): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO events (title, starts_at, ends_at, timezone, format, circle_id, organiser_id)
     VALUES ('Xerrada', now() + interval '30 days', now() + interval '30 days 2 hours', 'Europe/Madrid', $1, $2, $3)
     RETURNING id`,
    [options.format ?? 'talk', options.circleId ?? null, options.organiserId ?? (await someone(t))],
  );
  return id;
}

/** A circle with `adminId` as its admin (no admin when null). */
async function circle(t: TestApp, adminId: string | null): Promise<string> {
  const [{ id }] = await t.dataSource.query(`INSERT INTO circles (name, kind) VALUES ($1, 'interest') RETURNING id`, [
    `Cercle ${randomUUID().slice(0, 8)}`,
  ]);
  if (adminId) {
    await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id, role, status) VALUES ($1, $2, 'admin', 'active')`, [id, adminId]);
  }
  return id;
}

async function going(t: TestApp, eventId: string, memberId: string): Promise<void> {
  await t.dataSource.query(`INSERT INTO event_rsvps (event_id, member_id, status) VALUES ($1, $2, 'going')`, [eventId, memberId]);
}

/** An event with a cover already stored, as an upload would leave it. */
async function eventWithCover(t: TestApp, organiserId: string | null): Promise<string> {
  const id = await event(t, { organiserId });
  const file = `${randomUUID()}.webp`;
  await writeFile(join(t.uploadsDir, file), await image('webp', 1200, 630));
  await t.dataSource.query(`UPDATE events SET cover_file = $2 WHERE id = $1`, [id, file]);
  return id;
}

const ANYONE = { anonymous: 401, member: 200, manager: 200 };
/** The organiser or the manager. */
const ORGANISER = { anonymous: 401, member: 200, manager: 200 };
const NOT_ORGANISER = { anonymous: 401, member: 403, manager: 200 };

const LATER = { startsAt: '2031-03-05T18:00:00+01:00', endsAt: '2031-03-05T20:00:00+01:00' };
const png = () => image('png', 300, 200);

/** The events routes: who may call each one. */
export const EVENTS_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/events', request: async () => ({ path: '/api/events?mine=false' }), expected: ANYONE },
  {
    method: 'POST',
    route: '/api/events',
    as: 'for the whole space',
    request: async () => ({ path: '/api/events', body: { title: 'Benvinguda', ...LATER } }),
    expected: { anonymous: 401, member: 403, manager: 201 },
  },
  {
    method: 'POST',
    route: '/api/events',
    as: "for a circle, as one of its admins",
    request: async (t, caller) => ({ path: '/api/events', body: { title: 'Sopar del cercle', ...LATER, circleId: await circle(t, caller) } }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  {
    method: 'POST',
    route: '/api/events',
    as: 'for a circle, not one of its admins',
    request: async (t) => ({ path: '/api/events', body: { title: 'Sopar del cercle', ...LATER, circleId: await circle(t, await someone(t)) } }),
    expected: { anonymous: 401, member: 403, manager: 201 },
  },
  { method: 'GET', route: '/api/events/{id}', request: async (t) => ({ path: `/api/events/${await event(t)}` }), expected: ANYONE },
  {
    method: 'GET',
    route: '/api/events/{id}',
    as: "a circle's event, outside the circle",
    request: async (t) => ({ path: `/api/events/${await event(t, { circleId: await circle(t, await someone(t)) })}` }),
    expected: { anonymous: 401, member: 404, manager: 200 },
  },
  {
    method: 'PATCH',
    route: '/api/events/{id}',
    as: 'its organiser',
    request: async (t, caller) => ({ path: `/api/events/${await event(t, { organiserId: caller })}`, body: { title: 'Xerrada (nova sala)' } }),
    expected: ORGANISER,
  },
  {
    method: 'PATCH',
    route: '/api/events/{id}',
    as: 'not its organiser',
    request: async (t) => ({ path: `/api/events/${await event(t)}`, body: { capacity: 30 } }),
    expected: NOT_ORGANISER,
  },
  {
    method: 'DELETE',
    route: '/api/events/{id}',
    as: 'its organiser',
    request: async (t, caller) => ({ path: `/api/events/${await event(t, { organiserId: caller })}` }),
    expected: ORGANISER,
  },
  {
    method: 'DELETE',
    route: '/api/events/{id}',
    as: 'not its organiser',
    request: async (t) => ({ path: `/api/events/${await event(t)}` }),
    expected: NOT_ORGANISER,
  },
  {
    method: 'PUT',
    route: '/api/events/{id}/rsvp',
    request: async (t) => ({ path: `/api/events/${await event(t)}/rsvp`, body: { status: 'going' } }),
    expected: ANYONE,
  },
  {
    method: 'PUT',
    route: '/api/events/{id}/rsvp',
    as: "a circle's event, outside the circle",
    request: async (t) => ({
      path: `/api/events/${await event(t, { circleId: await circle(t, await someone(t)) })}/rsvp`,
      body: { status: 'going' },
    }),
    expected: { anonymous: 401, member: 404, manager: 200 },
  },
  { method: 'GET', route: '/api/events/{id}/attendees', request: async (t) => ({ path: `/api/events/${await event(t)}/attendees` }), expected: ANYONE },
  {
    method: 'GET',
    route: '/api/events/{id}/attendees.csv',
    as: 'its organiser',
    request: async (t, caller) => ({ path: `/api/events/${await event(t, { organiserId: caller })}/attendees.csv` }),
    expected: ORGANISER,
  },
  {
    method: 'GET',
    route: '/api/events/{id}/attendees.csv',
    as: 'not its organiser',
    request: async (t) => ({ path: `/api/events/${await event(t)}/attendees.csv` }),
    expected: NOT_ORGANISER,
  },
  {
    method: 'GET',
    route: '/api/events/{id}/wants',
    request: async (t) => ({ path: `/api/events/${await event(t, { format: 'networking_lunch' })}/wants` }),
    expected: ANYONE,
  },
  {
    method: 'PUT',
    route: '/api/events/{id}/wants',
    as: 'an attendee',
    request: async (t, caller) => {
      const id = await event(t, { format: 'networking_lunch' });
      const other = await someone(t);
      await going(t, id, other);
      if (caller) await going(t, id, caller);
      return { path: `/api/events/${id}/wants`, body: { memberIds: [other] } };
    },
    expected: ANYONE,
  },
  {
    method: 'PUT',
    route: '/api/events/{id}/cover',
    as: 'its organiser',
    request: async (t, caller) => ({
      path: `/api/events/${await event(t, { organiserId: caller })}/cover`,
      body: await png(),
      headers: { 'content-type': 'image/png' },
    }),
    expected: ORGANISER,
  },
  {
    method: 'PUT',
    route: '/api/events/{id}/cover',
    as: 'not its organiser',
    request: async (t) => ({ path: `/api/events/${await event(t)}/cover`, body: await png(), headers: { 'content-type': 'image/png' } }),
    expected: NOT_ORGANISER,
  },
  {
    method: 'DELETE',
    route: '/api/events/{id}/cover',
    as: 'its organiser',
    request: async (t, caller) => ({ path: `/api/events/${await eventWithCover(t, caller)}/cover` }),
    expected: { anonymous: 401, member: 204, manager: 204 },
  },
  {
    method: 'DELETE',
    route: '/api/events/{id}/cover',
    as: 'not its organiser',
    request: async (t) => ({ path: `/api/events/${await eventWithCover(t, null)}/cover` }),
    expected: { anonymous: 401, member: 403, manager: 204 },
  },
  { method: 'GET', route: '/api/events/{id}/cover', request: async (t) => ({ path: `/api/events/${await eventWithCover(t, null)}/cover` }), expected: ANYONE },
];
