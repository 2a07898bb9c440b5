import { randomUUID } from 'node:crypto';
import type { CircleDetail, CircleMember, CircleSummary } from '@tertulia/domain';
import { createMember, FACTORY_PASSWORD, type MemberOverrides } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient, TestResponse } from './utils/test-client';

interface Person {
  id: string;
  displayName: string;
  client: TestClient;
}

describe('circles', () => {
  let t: TestApp;
  let manager: Person;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedIn({ role: 'manager' });
  });
  afterAll(() => t.close());

  async function signedIn(overrides: MemberOverrides = {}): Promise<Person> {
    const member = await createMember(t.dataSource, overrides);
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    return { id: member.id, displayName: member.displayName, client };
  }

  let unique = 0;
  async function circle(owner: Person, body: Record<string, unknown> = {}): Promise<CircleSummary> {
    const created = await owner.client.post('/api/circles', { name: `Circle ${++unique}`, kind: 'interest', ...body });
    expect(created.status).toBe(201);
    return created.body as CircleSummary;
  }

  async function joined(person: Person, circleId: string): Promise<CircleSummary> {
    const response = await person.client.post(`/api/circles/${circleId}/join`);
    expect(response.status).toBe(200);
    return response.body as CircleSummary;
  }

  const detail = async (person: Person, circleId: string) => (await person.client.get(`/api/circles/${circleId}`)).body as CircleDetail;
  const memberIds = (circleDetail: CircleDetail) => circleDetail.members.map((member) => member.id).sort();
  const sorted = (...ids: string[]) => [...ids].sort();

  it('makes the creator the admin of a new circle', async () => {
    const founder = await signedIn();
    const created = await founder.client.post('/api/circles', {
      name: '  Fotografia ',
      kind: 'interest',
      description: 'Sortides per fer **fotos**',
      joinPolicy: 'approval',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Fotografia',
      kind: 'interest',
      description: 'Sortides per fer **fotos**',
      joinPolicy: 'approval',
      memberCount: 1,
      myMembership: { role: 'admin', status: 'active' },
      canManage: true,
    });
    const page = await detail(founder, created.body.id);
    expect(page.members).toEqual([
      { id: founder.id, displayName: founder.displayName, businessName: null, photoUrl: null, role: 'admin', status: 'active' },
    ]);
    expect(page.upcomingEvents).toEqual([]);

    // The manager creates circles too, and is their admin.
    const byManager = await circle(manager, { kind: 'company' });
    expect(byManager.myMembership).toEqual({ role: 'admin', status: 'active' });
    // Someone else sees it, with no place in it and no rights.
    const other = await signedIn();
    expect((await other.client.get(`/api/circles/${created.body.id}`)).body).toMatchObject({ myMembership: null, canManage: false });
  });

  it('refuses bad input with a 400 and writes nothing', async () => {
    const founder = await signedIn();
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM circles`);
    for (const body of [
      {},
      { name: '', kind: 'interest' },
      { name: 'Escacs', kind: 'club' },
      { name: 'Escacs', kind: 'interest', joinPolicy: 'invite' },
      { name: 'Escacs', kind: 'interest', createdBy: founder.id },
      { name: 'x'.repeat(81), kind: 'interest' },
    ]) {
      const refused = await founder.client.post('/api/circles', body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    }
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM circles`);
    expect(after).toBe(before);
    expect((await founder.client.get('/api/circles/not-a-uuid')).status).toBe(400);
    const missing = await founder.client.get(`/api/circles/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('CIRCLE_NOT_FOUND');
    for (const path of ['join', 'leave']) expect((await founder.client.post(`/api/circles/${randomUUID()}/${path}`)).status).toBe(404);
  });

  it('lists every circle alphabetically, page by page', async () => {
    const reader = await signedIn();
    const names = ['Ànima', 'bicicletes', 'Cuina', 'Dansa', 'Escalada'].map((name) => `${name} ${randomUUID().slice(0, 4)}`);
    // Fresh ones, created out of order by someone else; the reader is in none of them.
    const founder = await signedIn();
    for (const name of [...names].reverse()) await circle(founder, { name });
    const seen: CircleSummary[] = [];
    let cursor: string | null = null;
    do {
      const response: TestResponse = await reader.client.get(`/api/circles?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.items);
      cursor = response.body.nextCursor;
    } while (cursor);
    const ours = seen.filter((item) => names.includes(item.name));
    expect(ours.map((item) => item.name)).toEqual(names);
    expect(ours.every((item) => item.myMembership === null && !item.canManage && item.memberCount === 1)).toBe(true);
    expect(new Set(seen.map((item) => item.id)).size).toBe(seen.length);
    const bad = await reader.client.get('/api/circles?cursor=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('lets anyone into an open circle at once; joining again changes nothing', async () => {
    const founder = await signedIn();
    const open = await circle(founder);
    const newcomer = await signedIn();
    const first = await joined(newcomer, open.id);
    expect(first).toMatchObject({ memberCount: 2, myMembership: { role: 'member', status: 'active' }, canManage: false });
    const again = await joined(newcomer, open.id);
    expect(again).toEqual(first);
    expect(memberIds(await detail(newcomer, open.id))).toEqual(sorted(founder.id, newcomer.id));
  });

  it('keeps requests to an approval circle pending until an admin approves', async () => {
    const founder = await signedIn();
    const closed = await circle(founder, { joinPolicy: 'approval' });
    const asker = await signedIn();
    const request = await joined(asker, closed.id);
    expect(request).toMatchObject({ memberCount: 1, myMembership: { role: 'member', status: 'pending' }, canManage: false });
    expect((await joined(asker, closed.id)).myMembership).toEqual({ role: 'member', status: 'pending' });

    // An ordinary member cannot approve, nor can the one asking.
    const bystander = await signedIn();
    expect((await bystander.client.post(`/api/circles/${closed.id}/members/${asker.id}/approve`)).status).toBe(403);
    expect((await asker.client.post(`/api/circles/${closed.id}/members/${asker.id}/approve`)).status).toBe(403);

    const approved = await founder.client.post(`/api/circles/${closed.id}/members/${asker.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toEqual({
      id: asker.id,
      displayName: asker.displayName,
      businessName: null,
      photoUrl: null,
      role: 'member',
      status: 'active',
    } satisfies CircleMember);
    // Approving again is harmless; someone not in the circle is a 404.
    expect((await founder.client.post(`/api/circles/${closed.id}/members/${asker.id}/approve`)).status).toBe(200);
    expect((await founder.client.post(`/api/circles/${closed.id}/members/${bystander.id}/approve`)).status).toBe(404);
    expect((await detail(asker, closed.id)).myMembership).toEqual({ role: 'member', status: 'active' });

    // The manager approves too.
    const second = await signedIn();
    await joined(second, closed.id);
    expect((await manager.client.post(`/api/circles/${closed.id}/members/${second.id}/approve`)).body.status).toBe('active');
  });

  it('declines a request, and removes people', async () => {
    const founder = await signedIn();
    const closed = await circle(founder, { joinPolicy: 'approval' });
    const asker = await signedIn();
    await joined(asker, closed.id);
    expect((await asker.client.delete(`/api/circles/${closed.id}/members/${asker.id}`)).status).toBe(403);
    expect((await founder.client.delete(`/api/circles/${closed.id}/members/${asker.id}`)).status).toBe(204);
    expect((await detail(asker, closed.id)).myMembership).toBeNull();
    expect((await founder.client.delete(`/api/circles/${closed.id}/members/${asker.id}`)).status).toBe(404);
    // They may ask again.
    expect((await joined(asker, closed.id)).myMembership).toEqual({ role: 'member', status: 'pending' });

    const open = await circle(founder);
    const member = await signedIn();
    await joined(member, open.id);
    expect((await manager.client.delete(`/api/circles/${open.id}/members/${member.id}`)).status).toBe(204);
    expect(memberIds(await detail(founder, open.id))).toEqual([founder.id]);
  });

  it('lets members leave, and withdraws a request', async () => {
    const founder = await signedIn();
    const open = await circle(founder);
    const member = await signedIn();
    await joined(member, open.id);
    expect((await member.client.post(`/api/circles/${open.id}/leave`)).status).toBe(204);
    expect(await detail(member, open.id)).toMatchObject({ memberCount: 1, myMembership: null });
    // Leaving a circle one is not in is no error.
    expect((await member.client.post(`/api/circles/${open.id}/leave`)).status).toBe(204);

    const closed = await circle(founder, { joinPolicy: 'approval' });
    await joined(member, closed.id);
    expect((await member.client.post(`/api/circles/${closed.id}/leave`)).status).toBe(204);
    expect(memberIds(await detail(founder, closed.id))).toEqual([founder.id]);
  });

  it('keeps the last admin while others remain; alone, they may go', async () => {
    const founder = await signedIn();
    const open = await circle(founder);
    const member = await signedIn();
    await joined(member, open.id);
    const refused = await founder.client.post(`/api/circles/${open.id}/leave`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('LAST_CIRCLE_ADMIN');
    // Nor can they step down, nor be removed.
    expect((await founder.client.patch(`/api/circles/${open.id}/members/${founder.id}`, { role: 'member' })).body.error.code).toBe(
      'LAST_CIRCLE_ADMIN',
    );
    expect((await manager.client.delete(`/api/circles/${open.id}/members/${founder.id}`)).body.error.code).toBe('LAST_CIRCLE_ADMIN');
    expect((await detail(founder, open.id)).myMembership).toEqual({ role: 'admin', status: 'active' });

    // With another admin named, they may go.
    expect((await founder.client.patch(`/api/circles/${open.id}/members/${member.id}`, { role: 'admin' })).body.role).toBe('admin');
    expect((await founder.client.post(`/api/circles/${open.id}/leave`)).status).toBe(204);
    // The last one, alone, leaves the circle empty; whoever joins next runs it.
    expect((await member.client.post(`/api/circles/${open.id}/leave`)).status).toBe(204);
    expect((await detail(manager, open.id)).memberCount).toBe(0);
    const newcomer = await signedIn();
    expect((await joined(newcomer, open.id)).myMembership).toEqual({ role: 'admin', status: 'active' });
  });

  it('lets only one of two last admins leave when both try at once', async () => {
    for (let round = 0; round < 3; round++) {
      const first = await signedIn();
      const open = await circle(first);
      const second = await signedIn();
      const third = await signedIn();
      await joined(second, open.id);
      await joined(third, open.id);
      await first.client.patch(`/api/circles/${open.id}/members/${second.id}`, { role: 'admin' });

      const answers = await Promise.all([first, second].map((admin) => admin.client.post(`/api/circles/${open.id}/leave`)));
      expect(answers.map((answer) => answer.status).sort()).toEqual([204, 422]);
      expect(answers.find((answer) => answer.status === 422)!.body.error.code).toBe('LAST_CIRCLE_ADMIN');
      const [{ admins, members }] = await t.dataSource.query(
        `SELECT (count(*) FILTER (WHERE role = 'admin'))::int AS admins, count(*)::int AS members
           FROM circle_members WHERE circle_id = $1 AND status = 'active'`,
        [open.id],
      );
      expect({ admins, members }).toEqual({ admins: 1, members: 2 });
    }
  });

  it('lets only its admins and the manager edit a circle', async () => {
    const founder = await signedIn();
    const open = await circle(founder);
    const member = await signedIn();
    const outsider = await signedIn();
    await joined(member, open.id);

    const edited = await founder.client.patch(`/api/circles/${open.id}`, { name: 'Runners', description: 'Els dimarts' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: open.id, name: 'Runners', description: 'Els dimarts', kind: 'interest', canManage: true });
    expect((await manager.client.patch(`/api/circles/${open.id}`, { description: null })).body).toMatchObject({
      description: null,
      canManage: true,
      myMembership: null,
    });
    for (const person of [member, outsider]) {
      const refused = await person.client.patch(`/api/circles/${open.id}`, { name: 'Hacked' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
      expect((await person.client.patch(`/api/circles/${open.id}/members/${person.id}`, { role: 'admin' })).status).toBe(403);
    }
    expect((await detail(founder, open.id)).name).toBe('Runners');
    expect((await founder.client.patch(`/api/circles/${open.id}`, {})).status).toBe(400);
    expect((await founder.client.patch(`/api/circles/${open.id}`, { kind: 'company' })).status).toBe(400);
    expect((await founder.client.patch(`/api/circles/${open.id}/members/${member.id}`, { role: 'owner' })).status).toBe(400);
    expect((await founder.client.patch(`/api/circles/${randomUUID()}`, { name: 'Nobody' })).status).toBe(404);
    expect((await founder.client.patch(`/api/circles/${open.id}/members/${outsider.id}`, { role: 'admin' })).status).toBe(404);

    // A new admin may edit; once a member again, no longer.
    expect((await founder.client.patch(`/api/circles/${open.id}/members/${member.id}`, { role: 'admin' })).status).toBe(200);
    expect((await member.client.patch(`/api/circles/${open.id}`, { name: 'Runners BCN' })).status).toBe(200);
    expect((await manager.client.patch(`/api/circles/${open.id}/members/${member.id}`, { role: 'member' })).body.role).toBe('member');
    expect((await member.client.patch(`/api/circles/${open.id}`, { name: 'Mine' })).status).toBe(403);
  });

  it('opens a circle that needed approval: those waiting are let in', async () => {
    const founder = await signedIn();
    const closed = await circle(founder, { joinPolicy: 'approval' });
    const asker = await signedIn();
    await joined(asker, closed.id);
    const opened = await founder.client.patch(`/api/circles/${closed.id}`, { joinPolicy: 'open' });
    expect(opened.body).toMatchObject({ joinPolicy: 'open', memberCount: 2 });
    expect((await detail(asker, closed.id)).myMembership).toEqual({ role: 'member', status: 'active' });
  });

  it('shows pending requests only to its admins and the manager', async () => {
    const founder = await signedIn();
    const closed = await circle(founder, { joinPolicy: 'approval' });
    const member = await signedIn();
    await joined(member, closed.id);
    await founder.client.post(`/api/circles/${closed.id}/members/${member.id}/approve`);
    const asker = await signedIn();
    await joined(asker, closed.id);
    const outsider = await signedIn();

    for (const person of [founder, manager]) {
      const page = await detail(person, closed.id);
      expect(page.members.map((entry) => [entry.id, entry.role, entry.status])).toEqual([
        [founder.id, 'admin', 'active'],
        [member.id, 'member', 'active'],
        [asker.id, 'member', 'pending'],
      ]);
      expect(page.canManage).toBe(true);
    }
    for (const person of [member, outsider, asker]) {
      const page = await detail(person, closed.id);
      expect(page.members.map((entry) => entry.id)).toEqual([founder.id, member.id]);
      expect(page.canManage).toBe(false);
      expect(page.memberCount).toBe(2);
    }
  });

  it('lists someone hidden from the directory only to the circle admins, the manager and themself', async () => {
    const founder = await signedIn();
    const open = await circle(founder);
    const hidden = await signedIn({ directoryVisible: false });
    const member = await signedIn();
    await joined(hidden, open.id);
    await joined(member, open.id);
    for (const person of [founder, manager, hidden]) expect(memberIds(await detail(person, open.id))).toContain(hidden.id);
    expect(memberIds(await detail(member, open.id))).not.toContain(hidden.id);
  });

  it('lists its upcoming events to those who may see them', async () => {
    const founder = await signedIn();
    const open = await circle(founder);
    const member = await signedIn();
    await joined(member, open.id);
    const outsider = await signedIn();
    const event = async (title: string, startsIn: string, status = 'scheduled') => {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO events (title, starts_at, ends_at, timezone, circle_id, organiser_id, status)
         VALUES ($1, now() + $2::interval, now() + $2::interval + interval '1 hour', 'Europe/Madrid', $3, $4, $5) RETURNING id`,
        [title, startsIn, open.id, founder.id, status],
      );
      return id as string;
    };
    const later = await event('Later', '10 days');
    const soon = await event('Soon', '2 days');
    await event('Over', '-3 days');
    await event('Called off', '5 days', 'cancelled');
    const ongoing = await event('Ongoing', '-30 minutes');
    // Another circle's event is not this circle's.
    const elsewhere = await circle(founder);
    await t.dataSource.query(
      `INSERT INTO events (title, starts_at, ends_at, timezone, circle_id, organiser_id)
       VALUES ('Elsewhere', now() + interval '1 day', now() + interval '2 days', 'Europe/Madrid', $1, $2)`,
      [elsewhere.id, founder.id],
    );
    await t.dataSource.query(`INSERT INTO event_rsvps (event_id, member_id, status) VALUES ($1, $2, 'going')`, [soon, member.id]);

    const page = await detail(member, open.id);
    expect(page.upcomingEvents.map((item) => item.id)).toEqual([ongoing, soon, later]);
    const soonEvent = page.upcomingEvents[1]!;
    expect(soonEvent).toMatchObject({
      title: 'Soon',
      status: 'scheduled',
      circle: { id: open.id, name: open.name },
      organiser: { id: founder.id, displayName: founder.displayName },
      counts: { going: 1, waitlisted: 0 },
      myRsvp: { status: 'going', waitlistPosition: null, private: false },
      canEdit: false,
    });
    expect(Date.parse(soonEvent.endsAt) - Date.parse(soonEvent.startsAt)).toBe(60 * 60 * 1000);
    expect((await detail(founder, open.id)).upcomingEvents[1]).toMatchObject({ canEdit: true, myRsvp: null });
    expect((await detail(manager, open.id)).upcomingEvents).toHaveLength(3);
    // Outside the circle: no events (the circle itself is listed to everyone).
    expect((await detail(outsider, open.id)).upcomingEvents).toEqual([]);
    await member.client.post(`/api/circles/${open.id}/leave`);
    expect((await detail(member, open.id)).upcomingEvents).toEqual([]);
  });

  it('needs a session', async () => {
    const founder = await signedIn();
    const open = await circle(founder);
    const anonymous = t.client();
    expect((await anonymous.get('/api/circles')).status).toBe(401);
    expect((await anonymous.get(`/api/circles/${open.id}`)).status).toBe(401);
    expect((await anonymous.post(`/api/circles/${open.id}/join`)).status).toBe(401);
  });
});
