import { createMember } from '../factories/member.factory';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;

/** A networking lunch next month (organised by `organiserId`, else by someone), straight in the database. */
async function lunch(t: TestApp, options: { organiserId?: string | null; circleId?: string | null } = {}): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO events (title, starts_at, ends_at, timezone, format, circle_id, organiser_id)
     VALUES ('Dinar de networking', now() + interval '30 days', now() + interval '30 days 2 hours', 'Europe/Madrid', 'networking_lunch', $1, $2)
     RETURNING id`,
    [options.circleId ?? null, options.organiserId ?? (await someone(t))],
  );
  return id;
}

async function going(t: TestApp, eventId: string, memberIds: string[]): Promise<void> {
  for (const memberId of memberIds) {
    await t.dataSource.query(`INSERT INTO event_rsvps (event_id, member_id, status) VALUES ($1, $2, 'going')`, [eventId, memberId]);
  }
}

/** A lunch with four people going (and the caller, if `withCaller`), rotations on (tables of 2, 2 rounds). */
async function lunchWithNetworking(t: TestApp, caller: string | null, withCaller: boolean, organiserId?: string | null): Promise<{ id: string; ids: string[] }> {
  const id = await lunch(t, { organiserId });
  const ids = [await someone(t), await someone(t), await someone(t), await someone(t)];
  if (withCaller && caller) ids.push(caller);
  await going(t, id, ids);
  await t.dataSource.query(`INSERT INTO networking_plans (event_id, table_size, rounds) VALUES ($1, 2, 2)`, [id]);
  return { id, ids };
}

/** The same with a stored plan: each round, people two by two in the order given (a third at the last table when odd). */
async function plannedLunch(t: TestApp, caller: string | null, withCaller = false): Promise<string> {
  const { id, ids } = await lunchWithNetworking(t, caller, withCaller);
  const tables = Math.floor(ids.length / 2);
  for (const round of [1, 2]) {
    for (const [index, memberId] of ids.entries()) {
      await t.dataSource.query(`INSERT INTO networking_seats (event_id, round, table_no, member_id) VALUES ($1, $2, $3, $4)`, [
        id,
        round,
        Math.min(tables, Math.floor(index / 2) + 1),
        memberId,
      ]);
    }
  }
  await t.dataSource.query(`UPDATE networking_plans SET seed = 7, generated_at = now() WHERE event_id = $1`, [id]);
  return id;
}

const MANAGER_ONLY = { anonymous: 401, member: 403, manager: 200 };

/** Table rotations: only the manager configures, plans and locks; only people going read their own seats. */
export const NETWORKING_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    route: '/api/events/{id}/networking',
    request: async (t) => ({ path: `/api/events/${(await lunchWithNetworking(t, null, false)).id}/networking` }),
    expected: MANAGER_ONLY,
  },
  {
    method: 'PUT',
    route: '/api/events/{id}/networking',
    request: async (t) => ({ path: `/api/events/${await lunch(t)}/networking`, body: { tableSize: 4, rounds: 3 } }),
    expected: MANAGER_ONLY,
  },
  {
    method: 'PUT',
    route: '/api/events/{id}/networking',
    as: 'its organiser, not the manager',
    request: async (t, caller) => ({ path: `/api/events/${await lunch(t, { organiserId: caller })}/networking`, body: { tableSize: 4, rounds: 3 } }),
    expected: MANAGER_ONLY,
  },
  {
    method: 'POST',
    route: '/api/events/{id}/networking/plan',
    request: async (t) => ({ path: `/api/events/${(await lunchWithNetworking(t, null, false)).id}/networking/plan` }),
    expected: MANAGER_ONLY,
  },
  {
    method: 'POST',
    route: '/api/events/{id}/networking/plan',
    as: 'its organiser, going to it',
    request: async (t, caller) => ({ path: `/api/events/${(await lunchWithNetworking(t, caller, true, caller)).id}/networking/plan` }),
    expected: MANAGER_ONLY,
  },
  {
    method: 'GET',
    route: '/api/events/{id}/networking/plan',
    as: 'going to it',
    request: async (t, caller) => ({ path: `/api/events/${await plannedLunch(t, caller, true)}/networking/plan` }),
    expected: MANAGER_ONLY,
  },
  {
    method: 'PUT',
    route: '/api/events/{id}/networking/plan/locks',
    request: async (t) => ({ path: `/api/events/${await plannedLunch(t, null)}/networking/plan/locks`, body: { round: 1, table: 2, locked: true } }),
    expected: MANAGER_ONLY,
  },
  {
    method: 'GET',
    route: '/api/events/{id}/networking/my-seats',
    as: 'going to it',
    request: async (t, caller) => ({ path: `/api/events/${await plannedLunch(t, caller, true)}/networking/my-seats` }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  {
    method: 'GET',
    route: '/api/events/{id}/networking/my-seats',
    as: 'not going to it',
    request: async (t) => ({ path: `/api/events/${await plannedLunch(t, null)}/networking/my-seats` }),
    expected: { anonymous: 401, member: 404, manager: 404 },
  },
  {
    method: 'GET',
    route: '/api/events/{id}/networking/my-seats',
    as: "a circle's lunch, outside the circle, going to it",
    request: async (t, caller) => {
      const [{ id: circleId }] = await t.dataSource.query(`INSERT INTO circles (name, kind) VALUES ('Cercle del dinar ' || gen_random_uuid(), 'interest') RETURNING id`);
      const id = await lunch(t, { circleId });
      if (caller) await going(t, id, [caller]);
      return { path: `/api/events/${id}/networking/my-seats` };
    },
    // The manager sees every event: going, with no plan yet, they get an empty answer.
    expected: { anonymous: 401, member: 404, manager: 200 },
  },
];
