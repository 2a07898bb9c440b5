import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

describe('invitations', () => {
  let t: TestApp;
  let manager: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    const managerMember = await createMember(t.dataSource, { role: 'manager', displayName: 'Montse Vidal' });
    manager = t.client();
    await manager.signIn(managerMember.email, FACTORY_PASSWORD);
  });
  afterAll(() => t.close());

  const countMembers = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM members'))[0].n);

  it('invites a person, who opens the link, chooses a name and password and is signed in', async () => {
    const invited = await manager.post('/api/invitations', { email: '  Pere.Riba@Example.com ' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'pere.riba@example.com', role: 'member' });
    expect(invited.body.url).toBe(`${t.baseUrl}/invitations/${invited.body.token}`);
    expect(new Date(invited.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    const pending = await manager.get('/api/invitations');
    expect(pending.body.items[0]).toMatchObject({ email: 'pere.riba@example.com', state: 'pending', invitedBy: 'Montse Vidal' });
    expect(JSON.stringify(pending.body)).not.toContain(invited.body.token);

    const person = t.client();
    const preview = await person.get(`/api/invitations/${invited.body.token}`);
    expect(preview.body).toEqual({ email: 'pere.riba@example.com', expiresAt: invited.body.expiresAt });
    const accepted = await person.post(`/api/invitations/${invited.body.token}/accept`, {
      displayName: 'Pere Riba',
      password: 'una contrasenya llarga',
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.member).toMatchObject({ email: 'pere.riba@example.com', displayName: 'Pere Riba', role: 'member' });
    expect((await person.get('/api/auth/me')).body.member.displayName).toBe('Pere Riba');
    expect((await t.client().post('/api/auth/login', { email: 'pere.riba@example.com', password: 'una contrasenya llarga' })).status).toBe(200);
    expect((await manager.get('/api/invitations')).body.items.map((i: { email: string }) => i.email)).not.toContain('pere.riba@example.com');
  });

  it('makes a manager when invited as one', async () => {
    const invited = await manager.post('/api/invitations', { email: 'second.manager@example.com', role: 'manager' });
    const accepted = await t.client().post(`/api/invitations/${invited.body.token}/accept`, {
      displayName: 'Second Manager',
      password: 'another long passphrase',
    });
    expect(accepted.body.member.role).toBe('manager');
  });

  it('is single-use', async () => {
    const invited = await manager.post('/api/invitations', { email: 'once@example.com' });
    await t.client().post(`/api/invitations/${invited.body.token}/accept`, { displayName: 'Once', password: 'a long enough password' });
    const again = await t.client().post(`/api/invitations/${invited.body.token}/accept`, {
      displayName: 'Twice',
      password: 'a long enough password',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVITATION_USED');
    const [{ display_name }] = await t.dataSource.query(`SELECT display_name FROM members WHERE email = 'once@example.com'`);
    expect(display_name).toBe('Once');
  });

  it('lets exactly one of two simultaneous acceptances of one link win', async () => {
    const invited = await manager.post('/api/invitations', { email: 'race@example.com' });
    const answers = await Promise.all(
      ['A', 'B', 'C'].map((name) =>
        t.client().post(`/api/invitations/${invited.body.token}/accept`, { displayName: name, password: 'a long enough password' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM sessions s JOIN members m ON m.id = s.member_id WHERE m.email = 'race@example.com'`))[0].n)).toBe(1);
  });

  it('expires after seven days', async () => {
    const invited = await manager.post('/api/invitations', { email: 'late@example.com' });
    await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invited.body.id]);
    const late = await t.client().post(`/api/invitations/${invited.body.token}/accept`, { displayName: 'Late', password: 'a long enough password' });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('INVITATION_EXPIRED');
    expect((await manager.get('/api/invitations')).body.items.find((i: { id: string }) => i.id === invited.body.id).state).toBe('expired');
    const [{ status }] = await t.dataSource.query(`SELECT status FROM members WHERE email = 'late@example.com'`);
    expect(status).toBe('invited');
  });

  it('answers an unknown or malformed link with 404 or 400', async () => {
    const unknown = await t.client().post(`/api/invitations/${'x'.repeat(43)}/accept`, { displayName: 'X', password: 'a long enough password' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('INVITATION_NOT_FOUND');
    const malformed = await t.client().get('/api/invitations/short-token');
    expect(malformed.status).toBe(400);
  });

  it('replaces the earlier link when the same person is invited again', async () => {
    const first = await manager.post('/api/invitations', { email: 'again@example.com' });
    const second = await manager.post('/api/invitations', { email: 'again@example.com', role: 'manager' });
    expect(second.status).toBe(201);
    expect((await t.client().get(`/api/invitations/${first.body.token}`)).body.error.code).toBe('INVITATION_NOT_FOUND');
    const accepted = await t.client().post(`/api/invitations/${second.body.token}/accept`, { displayName: 'Again', password: 'a long enough password' });
    expect(accepted.body.member.role).toBe('manager');
  });

  it('refuses to invite someone who is already a member', async () => {
    const member = await createMember(t.dataSource);
    const answer = await manager.post('/api/invitations', { email: member.email.toUpperCase() });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('ALREADY_MEMBER');
  });

  it('withdraws an invitation: the link dies and the person leaves the list', async () => {
    const invited = await manager.post('/api/invitations', { email: 'withdrawn@example.com' });
    expect((await manager.delete(`/api/invitations/${invited.body.id}`)).status).toBe(204);
    expect((await t.client().get(`/api/invitations/${invited.body.token}`)).status).toBe(404);
    expect(await t.dataSource.query(`SELECT 1 FROM members WHERE email = 'withdrawn@example.com'`)).toHaveLength(0);
    expect((await manager.delete(`/api/invitations/${invited.body.id}`)).status).toBe(404);
  });

  it('refuses bad input with the error body and changes nothing', async () => {
    const before = await countMembers();
    const cases = [
      { email: 'not-an-email' },
      { email: 'x@example.com', role: 'owner' },
      { email: 'x@example.com', status: 'active' },
      {},
    ];
    for (const body of cases) {
      const answer = await manager.post('/api/invitations', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('VALIDATION_FAILED');
      expect(answer.body.error.details.length).toBeGreaterThan(0);
    }
    const invited = await manager.post('/api/invitations', { email: 'careful@example.com' });
    const weak = await t.client().post(`/api/invitations/${invited.body.token}/accept`, { displayName: 'Careful', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0].path).toBe('password');
    const extra = await t.client().post(`/api/invitations/${invited.body.token}/accept`, {
      displayName: 'Careful',
      password: 'a long enough password',
      role: 'manager',
    });
    expect(extra.status).toBe(400);
    expect(await countMembers()).toBe(before + 1);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM members WHERE email = 'careful@example.com'`);
    expect(status).toBe('invited');
  });

  it('throttles the 7th acceptance attempt within a minute from one address', async () => {
    const client = t.client();
    const statuses = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      statuses.push((await client.post(`/api/invitations/${'y'.repeat(43)}/accept`, { displayName: 'Y', password: 'a long enough password' })).status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 429]);
  });
});
