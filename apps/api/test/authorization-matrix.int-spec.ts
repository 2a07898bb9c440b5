import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';
import type { RouteCase, Who } from './authorization/route-case';
import { CALENDAR_ROUTES } from './authorization/calendar.routes';
import { CIRCLES_ROUTES } from './authorization/circles.routes';
import { COFFEE_ROUTES } from './authorization/coffee.routes';
import { DIRECTORY_ROUTES } from './authorization/directory.routes';
import { EMAIL_ROUTES } from './authorization/email.routes';
import { EVENTS_ROUTES } from './authorization/events.routes';
import { FEEDBACK_ROUTES } from './authorization/feedback.routes';
import { NETWORKING_ROUTES } from './authorization/networking.routes';
import { NOTIFICATIONS_ROUTES } from './authorization/notifications.routes';
import { POSTS_ROUTES } from './authorization/posts.routes';
import { SERVICES_ROUTES } from './authorization/services.routes';

let unique = 0;
const freshEmail = () => `matrix-${++unique}@example.com`;

async function freshInvitation(t: TestApp) {
  const manager = await createMember(t.dataSource, { role: 'manager' });
  const client = t.client();
  await client.signIn(manager.email, FACTORY_PASSWORD);
  return (await client.post('/api/invitations', { email: freshEmail() })).body as { id: string; token: string };
}

let nextDay = 30;
/** A breakfast on a date of its own, far enough ahead, presented by `presenterId`. */
async function breakfast(t: TestApp, presenterId: string | null): Promise<string> {
  const [{ id: seriesId }] = await t.dataSource.query(`UPDATE breakfast_series SET active = true RETURNING id`).then((r) => r[0]);
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO breakfast_sessions (series_id, date, starts_at, ends_at, place, presenter_id)
     VALUES ($1, current_date + $2::int, now() + make_interval(days => $2::int), now() + make_interval(days => $2::int, hours => 1), 'La cuina', $3)
     RETURNING id`,
    [seriesId, nextDay++, presenterId],
  );
  return id;
}

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;

/** A pending swap proposed by another member to `recipientId` (or to someone else). */
async function swapTo(t: TestApp, recipientId: string): Promise<string> {
  const proposer = await someone(t);
  const from = await breakfast(t, proposer);
  const to = await breakfast(t, recipientId);
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO breakfast_swap_requests (from_session_id, to_session_id, proposer_id, recipient_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [from, to, proposer, recipientId],
  );
  return id;
}

const BREAKFAST_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/breakfasts/settings', request: async () => ({ path: '/api/breakfasts/settings' }), expected: { anonymous: 401, member: 200, manager: 200 } },
  {
    method: 'PUT',
    route: '/api/breakfasts/settings',
    request: async () => ({
      path: '/api/breakfasts/settings',
      body: { weekday: 4, startTime: '09:00', durationMinutes: 45, place: 'La cuina', timezone: 'Europe/Madrid', active: true },
    }),
    expected: { anonymous: 401, member: 403, manager: 200 },
  },
  { method: 'GET', route: '/api/breakfasts/closures', request: async () => ({ path: '/api/breakfasts/closures' }), expected: { anonymous: 401, member: 200, manager: 200 } },
  {
    method: 'POST',
    route: '/api/breakfasts/closures',
    request: async () => ({ path: '/api/breakfasts/closures', body: { from: '2031-08-01', to: '2031-08-31', reason: 'Agost' } }),
    expected: { anonymous: 401, member: 403, manager: 201 },
  },
  {
    method: 'DELETE',
    route: '/api/breakfasts/closures/{id}',
    request: async (t) => {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO breakfast_closures (series_id, from_date, to_date) SELECT id, '2032-01-01', '2032-01-06' FROM breakfast_series RETURNING id`,
      );
      return { path: `/api/breakfasts/closures/${id}` };
    },
    expected: { anonymous: 401, member: 403, manager: 204 },
  },
  { method: 'GET', route: '/api/breakfasts', request: async () => ({ path: '/api/breakfasts' }), expected: { anonymous: 401, member: 200, manager: 200 } },
  {
    method: 'POST',
    route: '/api/breakfasts/rota/generate',
    request: async (t) => {
      await t.dataSource.query(`UPDATE breakfast_series SET active = true`);
      return { path: '/api/breakfasts/rota/generate', body: { weeks: 2 } };
    },
    expected: { anonymous: 401, member: 403, manager: 200 },
  },
  {
    method: 'PATCH',
    route: '/api/breakfasts/{id}',
    as: 'to cancel (manager only)',
    request: async (t) => ({ path: `/api/breakfasts/${await breakfast(t, await someone(t))}`, body: { status: 'cancelled' } }),
    expected: { anonymous: 401, member: 403, manager: 200 },
  },
  {
    method: 'PATCH',
    route: '/api/breakfasts/{id}',
    as: 'to confirm, as its presenter',
    request: async (t, caller) => ({ path: `/api/breakfasts/${await breakfast(t, caller)}`, body: { confirmed: true, topic: 'Fotografia' } }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  {
    method: 'PATCH',
    route: '/api/breakfasts/{id}',
    as: 'to confirm, not its presenter',
    request: async (t) => ({ path: `/api/breakfasts/${await breakfast(t, await someone(t))}`, body: { confirmed: true } }),
    expected: { anonymous: 401, member: 403, manager: 403 },
  },
  {
    method: 'POST',
    route: '/api/breakfasts/{id}/decline',
    as: 'its presenter',
    request: async (t, caller) => ({ path: `/api/breakfasts/${await breakfast(t, caller)}/decline` }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  {
    method: 'POST',
    route: '/api/breakfasts/{id}/decline',
    as: 'not its presenter',
    request: async (t) => ({ path: `/api/breakfasts/${await breakfast(t, await someone(t))}/decline` }),
    expected: { anonymous: 401, member: 403, manager: 403 },
  },
  {
    method: 'POST',
    route: '/api/breakfasts/{id}/swap-requests',
    as: 'its presenter',
    request: async (t, caller) => ({
      path: `/api/breakfasts/${await breakfast(t, caller)}/swap-requests`,
      body: { withSessionId: await breakfast(t, await someone(t)) },
    }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  {
    method: 'POST',
    route: '/api/breakfasts/{id}/swap-requests',
    as: 'not its presenter',
    request: async (t) => ({
      path: `/api/breakfasts/${await breakfast(t, await someone(t))}/swap-requests`,
      body: { withSessionId: await breakfast(t, await someone(t)) },
    }),
    expected: { anonymous: 401, member: 403, manager: 403 },
  },
  {
    method: 'PUT',
    route: '/api/breakfasts/{id}/attendance',
    as: 'for oneself',
    request: async (t) => ({ path: `/api/breakfasts/${await breakfast(t, null)}/attendance`, body: { attending: true } }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  ...(['accept', 'decline'] as const).flatMap((answer): RouteCase[] => [
    {
      method: 'POST',
      route: `/api/swap-requests/{id}/${answer}`,
      as: 'the presenter it was proposed to',
      request: async (t, caller) => ({ path: `/api/swap-requests/${await swapTo(t, caller ?? (await someone(t)))}/${answer}` }),
      expected: { anonymous: 401, member: 200, manager: 200 },
    },
    {
      method: 'POST',
      route: `/api/swap-requests/{id}/${answer}`,
      as: 'anyone else',
      request: async (t) => ({ path: `/api/swap-requests/${await swapTo(t, await someone(t))}/${answer}` }),
      expected: { anonymous: 401, member: 404, manager: 404 },
    },
  ]),
  { method: 'GET', route: '/api/members/me/presenter', request: async () => ({ path: '/api/members/me/presenter' }), expected: { anonymous: 401, member: 200, manager: 200 } },
  {
    method: 'PUT',
    route: '/api/members/me/presenter',
    request: async () => ({ path: '/api/members/me/presenter', body: { optIn: true, unavailableDates: ['2031-12-24'] } }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
];

/**
 * Every route of the API, who may call it and what each kind of caller gets.
 * A route missing here fails the completeness test below: each later route joins the matrix.
 */
const MATRIX: RouteCase[] = [
  { method: 'GET', route: '/api/health', request: async () => ({ path: '/api/health' }), expected: { anonymous: 200, member: 200, manager: 200 } },
  {
    method: 'POST',
    route: '/api/auth/login',
    request: async (t) => {
      const member = await createMember(t.dataSource);
      return { path: '/api/auth/login', body: { email: member.email, password: FACTORY_PASSWORD } };
    },
    expected: { anonymous: 200, member: 200, manager: 200 },
  },
  { method: 'POST', route: '/api/auth/logout', request: async () => ({ path: '/api/auth/logout' }), expected: { anonymous: 204, member: 204, manager: 204 } },
  { method: 'GET', route: '/api/auth/me', request: async () => ({ path: '/api/auth/me' }), expected: { anonymous: 401, member: 200, manager: 200 } },
  {
    method: 'POST',
    route: '/api/auth/password',
    // A wrong current password: 422 shows the caller got past authorization without changing anything.
    request: async () => ({ path: '/api/auth/password', body: { currentPassword: 'not the password', newPassword: 'a new long passphrase' } }),
    expected: { anonymous: 401, member: 422, manager: 422 },
  },
  { method: 'GET', route: '/api/members', request: async () => ({ path: '/api/members' }), expected: { anonymous: 401, member: 200, manager: 200 } },
  {
    method: 'PATCH',
    route: '/api/members/me',
    request: async () => ({ path: '/api/members/me', body: { locale: 'ca' } }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  {
    method: 'GET',
    route: '/api/members/{id}',
    request: async (t) => ({ path: `/api/members/${(await createMember(t.dataSource)).id}` }),
    expected: { anonymous: 401, member: 200, manager: 200 },
  },
  {
    method: 'PATCH',
    route: '/api/members/{id}',
    request: async (t) => ({ path: `/api/members/${(await createMember(t.dataSource)).id}`, body: { role: 'manager' } }),
    expected: { anonymous: 401, member: 403, manager: 200 },
  },
  {
    method: 'POST',
    route: '/api/invitations',
    request: async () => ({ path: '/api/invitations', body: { email: freshEmail() } }),
    expected: { anonymous: 401, member: 403, manager: 201 },
  },
  { method: 'GET', route: '/api/invitations', request: async () => ({ path: '/api/invitations' }), expected: { anonymous: 401, member: 403, manager: 200 } },
  {
    method: 'DELETE',
    route: '/api/invitations/{id}',
    request: async (t) => ({ path: `/api/invitations/${(await freshInvitation(t)).id}` }),
    expected: { anonymous: 401, member: 403, manager: 204 },
  },
  {
    method: 'GET',
    route: '/api/invitations/{token}',
    request: async (t) => ({ path: `/api/invitations/${(await freshInvitation(t)).token}` }),
    expected: { anonymous: 200, member: 200, manager: 200 },
  },
  {
    method: 'POST',
    route: '/api/invitations/{token}/accept',
    request: async (t) => ({
      path: `/api/invitations/${(await freshInvitation(t)).token}/accept`,
      body: { displayName: 'Matrix Person', password: 'a long enough password' },
    }),
    expected: { anonymous: 201, member: 201, manager: 201 },
  },
  ...BREAKFAST_ROUTES,
  ...DIRECTORY_ROUTES,
  ...SERVICES_ROUTES,
  ...CIRCLES_ROUTES,
  ...EVENTS_ROUTES,
  ...NETWORKING_ROUTES,
  ...CALENDAR_ROUTES,
  ...FEEDBACK_ROUTES,
  ...COFFEE_ROUTES,
  ...NOTIFICATIONS_ROUTES,
  ...POSTS_ROUTES,
  ...EMAIL_ROUTES,
];

describe('authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function clientFor(who: Who): Promise<{ client: TestClient; memberId: string | null }> {
    const client = t.client();
    if (who === 'anonymous') return { client, memberId: null };
    const member = await createMember(t.dataSource, { role: who });
    await client.signIn(member.email, FACTORY_PASSWORD);
    return { client, memberId: member.id };
  }

  it('lists every route of the API', async () => {
    const document = (await t.client().get('/api/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([route, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`),
    );
    expect([...new Set(MATRIX.map((entry) => `${entry.method} ${entry.route}`))].sort()).toEqual(documented.sort());
  });

  describe.each(MATRIX.map((entry) => ({ ...entry, as: entry.as ? ` (${entry.as})` : '' })))('$method $route$as', (entry) => {
    it.each(['anonymous', 'member', 'manager'] as Who[])('answers %s as expected', async (who) => {
      const { client, memberId } = await clientFor(who);
      const { path, body, headers } = await entry.request(t, memberId);
      const response = await client.request(entry.method, path, body, headers);
      expect({ who, status: response.status, body: response.status >= 400 ? response.body : undefined }).toMatchObject({
        who,
        status: entry.expected[who],
      });
      if (response.status === 401) expect(response.body.error.code).toBe('UNAUTHENTICATED');
      if (response.status === 403) expect(response.body.error.code).toBe('FORBIDDEN');
    });
  });
});
