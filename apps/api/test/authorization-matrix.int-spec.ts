import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

type Who = 'anonymous' | 'member' | 'manager';

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document. */
  route: string;
  /** Builds a request that would succeed for whoever may call the route. */
  request: (t: TestApp) => Promise<{ path: string; body?: unknown }>;
  expected: Record<Who, number>;
}

let unique = 0;
const freshEmail = () => `matrix-${++unique}@example.com`;

async function freshInvitation(t: TestApp) {
  const manager = await createMember(t.dataSource, { role: 'manager' });
  const client = t.client();
  await client.signIn(manager.email, FACTORY_PASSWORD);
  return (await client.post('/api/invitations', { email: freshEmail() })).body as { id: string; token: string };
}

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
];

describe('authorization matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function clientFor(who: Who): Promise<TestClient> {
    const client = t.client();
    if (who !== 'anonymous') await client.signIn((await createMember(t.dataSource, { role: who })).email, FACTORY_PASSWORD);
    return client;
  }

  it('lists every route of the API', async () => {
    const document = (await t.client().get('/api/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([route, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`),
    );
    expect(MATRIX.map((entry) => `${entry.method} ${entry.route}`).sort()).toEqual(documented.sort());
  });

  describe.each(MATRIX)('$method $route', (entry) => {
    it.each(['anonymous', 'member', 'manager'] as Who[])('answers %s as expected', async (who) => {
      const client = await clientFor(who);
      const { path, body } = await entry.request(t);
      const response = await client.request(entry.method, path, body);
      expect({ who, status: response.status, body: response.status >= 400 ? response.body : undefined }).toMatchObject({
        who,
        status: entry.expected[who],
      });
      if (response.status === 401) expect(response.body.error.code).toBe('UNAUTHENTICATED');
      if (response.status === 403) expect(response.body.error.code).toBe('FORBIDDEN');
    });
  });
});
