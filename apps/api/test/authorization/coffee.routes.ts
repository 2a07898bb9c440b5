import { createMember } from '../factories/member.factory';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;
const tomorrow = () => new Date(Date.now() + 26 * 3_600_000).toISOString();

/** A pending invitation from `inviterId` to `inviteeId` (new members when null), straight in the database. */
async function invitation(t: TestApp, inviterId: string | null, inviteeId: string | null): Promise<{ id: string; time: string }> {
  const time = tomorrow();
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO coffee_invitations (inviter_id, invitee_id, proposed_times) VALUES ($1, $2, ARRAY[$3::timestamptz]) RETURNING id`,
    [inviterId ?? (await someone(t)), inviteeId ?? (await someone(t)), time],
  );
  return { id, time };
}

let nextWeek = 0;
/** A match of a round of its own (weeks far in the past) between `memberId` (a new member when null) and another. */
async function match(t: TestApp, memberId: string | null): Promise<string> {
  const [{ id: roundId }] = await t.dataSource.query(
    `INSERT INTO coffee_rounds (week_of) VALUES (date '2001-01-01' + make_interval(weeks => $1::int)) RETURNING id`,
    [nextWeek++],
  );
  const [{ id }] = await t.dataSource.query(`INSERT INTO coffee_matches (round_id) VALUES ($1) RETURNING id`, [roundId]);
  for (const member of [memberId ?? (await someone(t)), await someone(t)]) {
    await t.dataSource.query(`INSERT INTO coffee_match_members (match_id, member_id, round_id) VALUES ($1, $2, $3)`, [id, member, roundId]);
  }
  return id;
}

const ANYONE = { anonymous: 401, member: 200, manager: 200 };
/** Not theirs: for them it does not exist (the manager has no say over others' coffees either). */
const NOT_THEIRS = { anonymous: 401, member: 404, manager: 404 };

/** Coffee: settings (one's own only), matches, rounds (manager) and invitations. */
export const COFFEE_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/coffee/me', request: async () => ({ path: '/api/coffee/me' }), expected: ANYONE },
  {
    method: 'PUT',
    route: '/api/coffee/me',
    request: async (t) => ({ path: '/api/coffee/me', body: { optIn: true, doNotPair: [await someone(t)] } }),
    expected: ANYONE,
  },
  { method: 'GET', route: '/api/coffee/matches/current', request: async () => ({ path: '/api/coffee/matches/current' }), expected: ANYONE },
  {
    method: 'POST',
    route: '/api/coffee/matches/{id}/met',
    as: 'one of its members',
    request: async (t, caller) => ({ path: `/api/coffee/matches/${await match(t, caller)}/met` }),
    expected: ANYONE,
  },
  {
    method: 'POST',
    route: '/api/coffee/matches/{id}/met',
    as: 'anyone else',
    request: async (t) => ({ path: `/api/coffee/matches/${await match(t, null)}/met` }),
    expected: NOT_THEIRS,
  },
  {
    method: 'POST',
    route: '/api/coffee/rounds',
    request: async (t) => {
      // The week's round may be made once: free the week for whoever may make it.
      await t.dataSource.query(`DELETE FROM coffee_rounds WHERE week_of > date '2020-01-01'`);
      return { path: '/api/coffee/rounds' };
    },
    expected: { anonymous: 401, member: 403, manager: 201 },
  },
  {
    method: 'GET',
    route: '/api/coffee/invitations',
    request: async () => ({ path: '/api/coffee/invitations?box=received' }),
    expected: ANYONE,
  },
  {
    method: 'POST',
    route: '/api/coffee/invitations',
    request: async (t) => ({ path: '/api/coffee/invitations', body: { inviteeId: await someone(t), proposedTimes: [tomorrow()], message: 'Un cafè?' } }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  ...(['accept', 'decline'] as const).flatMap((answer): RouteCase[] => {
    const body = (time: string) => (answer === 'accept' ? { time } : undefined);
    return [
      {
        method: 'POST',
        route: `/api/coffee/invitations/{id}/${answer}`,
        as: 'its invitee',
        request: async (t, caller) => {
          const { id, time } = await invitation(t, null, caller);
          return { path: `/api/coffee/invitations/${id}/${answer}`, body: body(time) };
        },
        expected: ANYONE,
      },
      {
        method: 'POST',
        route: `/api/coffee/invitations/{id}/${answer}`,
        as: 'its inviter',
        request: async (t, caller) => {
          const { id, time } = await invitation(t, caller, null);
          return { path: `/api/coffee/invitations/${id}/${answer}`, body: body(time) };
        },
        expected: { anonymous: 401, member: 403, manager: 403 },
      },
      {
        method: 'POST',
        route: `/api/coffee/invitations/{id}/${answer}`,
        as: 'anyone else',
        request: async (t) => {
          const { id, time } = await invitation(t, null, null);
          return { path: `/api/coffee/invitations/${id}/${answer}`, body: body(time) };
        },
        expected: NOT_THEIRS,
      },
    ];
  }),
];
