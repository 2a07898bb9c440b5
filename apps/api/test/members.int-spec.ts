import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

describe('members administration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(role: 'manager' | 'member' = 'member', displayName?: string) {
    const member = await createMember(t.dataSource, { role, displayName });
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    return { member, client };
  }

  it('lets the manager change a role; the new manager can then manage', async () => {
    const { client: manager } = await signedIn('manager');
    const { member, client } = await signedIn();
    expect((await client.get('/api/invitations')).status).toBe(403);
    const promoted = await manager.patch(`/api/members/${member.id}`, { role: 'manager' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ id: member.id, role: 'manager', status: 'active' });
    expect((await client.get('/api/invitations')).status).toBe(200);
  });

  it('deactivates a member: their sessions end and they cannot sign in; reactivation lets them back', async () => {
    const { client: manager } = await signedIn('manager');
    const { member, client } = await signedIn();
    const deactivated = await manager.patch(`/api/members/${member.id}`, { status: 'deactivated' });
    expect(deactivated.body.status).toBe('deactivated');
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: member.email, password: FACTORY_PASSWORD })).status).toBe(401);
    await manager.patch(`/api/members/${member.id}`, { status: 'active' });
    expect((await t.client().post('/api/auth/login', { email: member.email, password: FACTORY_PASSWORD })).status).toBe(200);
  });

  it('keeps at least one active manager: the last one cannot demote or deactivate themself', async () => {
    const separate = await startTestApp();
    try {
      const only = await createMember(separate.dataSource, { role: 'manager' });
      const client = separate.client();
      await client.signIn(only.email, FACTORY_PASSWORD);
      for (const patch of [{ role: 'member' }, { status: 'deactivated' }]) {
        const refused = await client.patch(`/api/members/${only.id}`, patch);
        expect(refused.status).toBe(422);
        expect(refused.body.error.code).toBe('LAST_MANAGER');
      }
      const [{ role, status }] = await separate.dataSource.query('SELECT role, status FROM members WHERE id = $1', [only.id]);
      expect({ role, status }).toEqual({ role: 'manager', status: 'active' });

      // Two managers demoting themselves at the same time: one must stay.
      const other = await createMember(separate.dataSource, { role: 'manager' });
      const otherClient = separate.client();
      await otherClient.signIn(other.email, FACTORY_PASSWORD);
      const answers = await Promise.all([
        client.patch(`/api/members/${only.id}`, { role: 'member' }),
        otherClient.patch(`/api/members/${other.id}`, { role: 'member' }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 422]);
      const [{ n }] = await separate.dataSource.query(`SELECT count(*)::int AS n FROM members WHERE role = 'manager' AND status = 'active'`);
      expect(n).toBe(1);
    } finally {
      await separate.close();
    }
  });

  it('cannot activate someone who has not accepted their invitation', async () => {
    const { client: manager } = await signedIn('manager');
    const invited = await createMember(t.dataSource, { status: 'invited' });
    const answer = await manager.patch(`/api/members/${invited.id}`, { status: 'active' });
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('INVITATION_PENDING');
  });

  it('refuses fields the manager may not set, unknown statuses and unknown members', async () => {
    const { client: manager } = await signedIn('manager');
    const member = await createMember(t.dataSource);
    for (const patch of [{ email: 'x@example.com' }, { status: 'invited' }, { role: 'owner' }, {}]) {
      const answer = await manager.patch(`/api/members/${member.id}`, patch);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await manager.patch('/api/members/not-a-uuid', { role: 'member' })).status).toBe(400);
    const missing = await manager.patch('/api/members/00000000-0000-4000-8000-000000000000', { role: 'member' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('MEMBER_NOT_FOUND');
  });

  it('shows members the active community without e-mail or status, and the manager everyone', async () => {
    const { client: manager } = await signedIn('manager');
    const { client } = await signedIn();
    const gone = await createMember(t.dataSource, { status: 'deactivated', displayName: 'Gone Member' });
    const asMember = await client.get('/api/members?limit=100');
    expect(asMember.body.items.every((item: object) => !('email' in item) && !('status' in item))).toBe(true);
    expect(asMember.body.items.map((item: { id: string }) => item.id)).not.toContain(gone.id);
    expect((await client.get(`/api/members/${gone.id}`)).status).toBe(404);
    const asManager = await manager.get('/api/members?limit=100&status=deactivated');
    expect(asManager.body.items.map((item: { id: string }) => item.id)).toContain(gone.id);
    expect(asManager.body.items.every((item: { status: string }) => item.status === 'deactivated')).toBe(true);
    expect((await manager.get(`/api/members/${gone.id}`)).body.email).toBe(gone.email);
  });

  it('pages through members with a cursor, in alphabetical order whatever the accents and case, with no gaps or repeats', async () => {
    const { client } = await signedIn();
    for (const name of ['Eulàlia', 'carles', 'Àlex', 'Dolors', 'Berta', 'Zoe', 'Òscar']) await createMember(t.dataSource, { displayName: `${name} Test` });
    const listed = (await client.get('/api/members?limit=100')).body.items as { id: string; displayName: string }[];
    const all = listed.map((item) => item.id);
    const ours = listed.map((item) => item.displayName).filter((name) => name.endsWith(' Test'));
    expect(ours).toEqual(['Àlex Test', 'Berta Test', 'carles Test', 'Dolors Test', 'Eulàlia Test', 'Òscar Test', 'Zoe Test']);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await client.get(
        `/api/members?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect((await client.get('/api/members?cursor=garbage')).status).toBe(400);
    expect((await client.get('/api/members?limit=1000')).status).toBe(400);
  });

  it('lets a member change their own name and language, and nothing else', async () => {
    const { member, client } = await signedIn();
    const changed = await client.patch('/api/members/me', { displayName: 'Núria Roca', locale: 'ca' });
    expect(changed.body).toMatchObject({ id: member.id, displayName: 'Núria Roca', locale: 'ca' });
    const escalation = await client.patch('/api/members/me', { role: 'manager' });
    expect(escalation.status).toBe(400);
    expect((await client.patch('/api/members/me', { locale: 'fr' })).status).toBe(400);
    const [{ role }] = await t.dataSource.query('SELECT role FROM members WHERE id = $1', [member.id]);
    expect(role).toBe('member');
  });

  it('shows on a profile how many times the member gave feedback: their answers, through the API', async () => {
    const { member: reviewer, client: reviewerClient } = await signedIn();
    const { client: requester } = await signedIn();
    const { client: reader } = await signedIn();
    expect((await reader.get(`/api/members/${reviewer.id}`)).body.feedbackGiven).toBe(0);
    const deadline = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date(Date.now() + 3 * 24 * 3600 * 1000));
    for (const title of ['La meva web', 'El meu logotip']) {
      const asked = await requester.post('/api/feedback-requests', {
        title,
        context: 'Què us sembla?',
        questions: ['S’entén?'],
        format: 'async',
        minutes: 5,
        deadline,
        cap: 2,
      });
      expect(asked.status).toBe(201);
      expect((await reviewerClient.post(`/api/feedback-requests/${asked.body.id}/responses`, { answers: ['Sí'] })).status).toBe(201);
    }
    expect((await reader.get(`/api/members/${reviewer.id}`)).body.feedbackGiven).toBe(2);
    expect((await reviewerClient.get(`/api/members/${reviewer.id}`)).body.feedbackGiven).toBe(2);
  });
});
