import { createMember } from '../factories/member.factory';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;

let unique = 0;
/** A circle run by `adminId` (by a new member when null), with `others` in it as they are given. */
async function circle(t: TestApp, adminId: string | null, others: { memberId: string; status: 'active' | 'pending' }[] = []): Promise<string> {
  const admin = adminId ?? (await someone(t));
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO circles (name, kind, join_policy, created_by) VALUES ($1, 'interest', 'approval', $2) RETURNING id`,
    [`Matrix circle ${++unique}`, admin],
  );
  await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id, role, status) VALUES ($1, $2, 'admin', 'active')`, [id, admin]);
  for (const other of others) {
    await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id, role, status) VALUES ($1, $2, 'member', $3)`, [
      id,
      other.memberId,
      other.status,
    ]);
  }
  return id;
}

/** A circle and one more person in it (`status`), run by the caller or, with `callerRuns` false, by someone else. */
async function circleWithPerson(t: TestApp, caller: string | null, callerRuns: boolean, status: 'active' | 'pending') {
  const memberId = await someone(t);
  const id = await circle(t, callerRuns ? caller : null, [{ memberId, status }]);
  return { id, memberId };
}

const ANYONE = { anonymous: 401, member: 200, manager: 200 };
/** Its admins and the manager; any other member is refused. */
const ADMINS = { anonymous: 401, member: 403, manager: 200 };

/** The circles routes (membership, approval): who may call each one. */
export const CIRCLES_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/circles', request: async () => ({ path: '/api/circles' }), expected: ANYONE },
  {
    method: 'POST',
    route: '/api/circles',
    request: async () => ({ path: '/api/circles', body: { name: `Escacs ${++unique}`, kind: 'interest' } }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  { method: 'GET', route: '/api/circles/{id}', request: async (t) => ({ path: `/api/circles/${await circle(t, null)}` }), expected: ANYONE },
  {
    method: 'PATCH',
    route: '/api/circles/{id}',
    as: 'its admin',
    request: async (t, caller) => ({ path: `/api/circles/${await circle(t, caller)}`, body: { description: 'Cada dijous' } }),
    expected: ANYONE,
  },
  {
    method: 'PATCH',
    route: '/api/circles/{id}',
    as: 'not its admin',
    request: async (t) => ({ path: `/api/circles/${await circle(t, null)}`, body: { description: 'Cada dijous' } }),
    expected: ADMINS,
  },
  { method: 'POST', route: '/api/circles/{id}/join', request: async (t) => ({ path: `/api/circles/${await circle(t, null)}/join` }), expected: ANYONE },
  {
    method: 'POST',
    route: '/api/circles/{id}/leave',
    as: 'one of its members',
    request: async (t, caller) => ({
      path: `/api/circles/${await circle(t, null, caller ? [{ memberId: caller, status: 'active' }] : [])}/leave`,
    }),
    expected: { anonymous: 401, member: 204, manager: 204 },
  },
  ...([true, false] as const).flatMap((callerRuns): RouteCase[] => {
    const as = callerRuns ? 'its admin' : 'not its admin';
    const expected = callerRuns ? ANYONE : ADMINS;
    return [
      {
        method: 'POST',
        route: '/api/circles/{id}/members/{memberId}/approve',
        as,
        request: async (t, caller) => {
          const { id, memberId } = await circleWithPerson(t, caller, callerRuns, 'pending');
          return { path: `/api/circles/${id}/members/${memberId}/approve` };
        },
        expected,
      },
      {
        method: 'PATCH',
        route: '/api/circles/{id}/members/{memberId}',
        as,
        request: async (t, caller) => {
          const { id, memberId } = await circleWithPerson(t, caller, callerRuns, 'active');
          return { path: `/api/circles/${id}/members/${memberId}`, body: { role: 'admin' } };
        },
        expected,
      },
      {
        method: 'DELETE',
        route: '/api/circles/{id}/members/{memberId}',
        as: `${as}, declining a request`,
        request: async (t, caller) => {
          const { id, memberId } = await circleWithPerson(t, caller, callerRuns, 'pending');
          return { path: `/api/circles/${id}/members/${memberId}` };
        },
        expected: callerRuns ? { anonymous: 401, member: 204, manager: 204 } : { anonymous: 401, member: 403, manager: 204 },
      },
    ];
  }),
];
