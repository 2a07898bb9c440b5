import { createMember, FACTORY_PASSWORD, type MemberOverrides } from './factories/member.factory';
import { inbox } from './utils/inbox';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

describe('notifications: invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(overrides: MemberOverrides = {}): Promise<{ id: string; client: TestClient }> {
    const member = await createMember(t.dataSource, overrides);
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    return { id: member.id, client };
  }

  it('invitation_accepted: every active manager is told once, with the newcomer’s name and profile; nobody else is, and a used link tells nobody', async () => {
    const inviter = await signedIn({ role: 'manager' });
    const otherManager = await signedIn({ role: 'manager' });
    const member = await signedIn();
    const formerManager = await createMember(t.dataSource, { role: 'manager', status: 'deactivated' });

    const invited = await inviter.client.post('/api/invitations', { email: 'anna.puig@example.com' });
    expect(invited.status).toBe(201);
    const newcomer = t.client();
    const accepted = await newcomer.post(`/api/invitations/${invited.body.token}/accept`, { displayName: 'Anna Puig', password: 'a long enough password' });
    expect(accepted.status).toBe(201);
    const told = [{ kind: 'invitation_accepted', data: { memberName: 'Anna Puig' }, link: `/members/${accepted.body.member.id}` }];
    expect(await inbox(inviter.client)).toEqual(told);
    expect(await inbox(otherManager.client)).toEqual(told);
    expect(await inbox(member.client)).toEqual([]);
    expect(await inbox(newcomer)).toEqual([]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE member_id = $1`, [formerManager.id]);
    expect(n).toBe(0);

    // The link is single use: a second acceptance fails (409) and tells nobody.
    const again = await t.client().post(`/api/invitations/${invited.body.token}/accept`, { displayName: 'Anna Again', password: 'a long enough password' });
    expect(again.status).toBe(409);
    expect(await inbox(inviter.client)).toEqual(told);
    expect(await inbox(otherManager.client)).toEqual(told);
  });

  it('invitation_accepted: a newcomer invited as a manager is not told about themself', async () => {
    const inviter = await signedIn({ role: 'manager' });
    const before = await inbox(inviter.client);
    const invited = await inviter.client.post('/api/invitations', { email: 'nou.gestor@example.com', role: 'manager' });
    const newcomer = t.client();
    const accepted = await newcomer.post(`/api/invitations/${invited.body.token}/accept`, { displayName: 'Nou Gestor', password: 'a long enough password' });
    expect(accepted.body.member.role).toBe('manager');
    expect(await inbox(newcomer)).toEqual([]);
    expect(await inbox(inviter.client)).toEqual([
      ...before,
      { kind: 'invitation_accepted', data: { memberName: 'Nou Gestor' }, link: `/members/${accepted.body.member.id}` },
    ]);
  });
});
