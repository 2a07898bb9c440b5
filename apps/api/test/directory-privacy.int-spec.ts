import { createMember, FACTORY_PASSWORD, type MemberOverrides } from './factories/member.factory';
import { givePhoto } from './utils/images';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

const HOUR = 60 * 60 * 1000;

describe('directory privacy', () => {
  let t: TestApp;
  let designCategory: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: designCategory }] = await t.dataSource.query(`SELECT id FROM service_categories WHERE slug = 'design'`);
  });
  afterAll(() => t.close());

  async function signedIn(overrides: MemberOverrides = {}) {
    const member = await createMember(t.dataSource, overrides);
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    return { member, client };
  }

  async function addService(memberId: string, title: string) {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO services (member_id, title, summary, category_id, tags) VALUES ($1, $2, 'Peces fetes a mà al taller', $3, '{ceràmica}') RETURNING id`,
      [memberId, title, designCategory],
    );
    return id as string;
  }

  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  describe('a member hidden from the directory', () => {
    let hidden: Awaited<ReturnType<typeof signedIn>>;
    let hiddenService: string;
    let hiddenPhoto: string;
    let member: TestClient;
    let manager: TestClient;

    beforeAll(async () => {
      hidden = await signedIn({
        displayName: 'Helena Amagada',
        businessName: 'Terrissa Helena',
        headline: 'Ceramista',
        skills: ['Ceràmica'],
        languages: ['ca', 'fr'],
        directoryVisible: false,
        emailVisible: true,
      });
      hiddenService = await addService(hidden.member.id, 'Ceràmica artesanal');
      hiddenPhoto = await givePhoto(t, hidden.member.id);
      // Someone visible with the same kind of profile, so that every query finds something.
      const visible = await createMember(t.dataSource, { displayName: 'Víctor Visible', skills: ['Ceràmica'], languages: ['ca', 'fr'] });
      await addService(visible.id, 'Ceràmica per a restaurants');
      member = (await signedIn()).client;
      manager = (await signedIn({ role: 'manager' })).client;
    });

    const READS = () => [
      '/api/members?limit=100',
      '/api/members?limit=100&q=ceramica',
      '/api/members?limit=100&q=Helena',
      '/api/members?limit=100&q=Helena%20Amagada',
      '/api/members?limit=100&skill=ceramica',
      '/api/members?limit=100&language=fr',
      `/api/members?limit=100&category=${designCategory}`,
      `/api/members?limit=100&q=terrissa&category=${designCategory}&language=ca&skill=Ceràmica`,
      '/api/search?q=ceramica&limit=20',
      '/api/search?q=Helena&limit=20',
      '/api/search?q=Helen%20Amagda&limit=20',
      '/api/services?limit=100',
      '/api/services?limit=100&q=ceramica',
      `/api/services?limit=100&category=${designCategory}`,
      `/api/services?limit=100&memberId=${hidden.member.id}`,
    ];

    it('never leaks to other members: lists, searches, services, profile, photo', async () => {
      for (const path of READS()) {
        const answer = await member.get(path);
        expect({ path, status: answer.status }).toEqual({ path, status: 200 });
        const text = JSON.stringify(answer.body);
        for (const secret of [hidden.member.id, hiddenService, 'Helena', 'Terrissa', hiddenPhoto]) {
          expect({ path, leaks: text.includes(secret) ? secret : null }).toEqual({ path, leaks: null });
        }
      }
      const profile = await member.get(`/api/members/${hidden.member.id}`);
      expect(profile.status).toBe(404);
      expect(profile.body.error.code).toBe('MEMBER_NOT_FOUND');
      const photo = await member.get(`/api/photos/${hiddenPhoto}`);
      expect(photo.status).toBe(404);
      expect(photo.body.error.code).toBe('PHOTO_NOT_FOUND');
      expect((await member.get(`/api/services/${hiddenService}`)).status).toBe(404);
    });

    it('is still seen by the manager everywhere, with their visibility', async () => {
      const listed = (await manager.get('/api/members?limit=100')).body.items as { id: string; directoryVisible?: boolean; email?: string }[];
      expect(listed.find((item) => item.id === hidden.member.id)).toMatchObject({ directoryVisible: false, email: hidden.member.email });
      expect(ids((await manager.get('/api/members?q=ceramica')).body.items)).toContain(hidden.member.id);
      expect(ids((await manager.get('/api/members?skill=ceramica')).body.items)).toContain(hidden.member.id);
      expect(ids((await manager.get('/api/search?q=Helena')).body.members)).toContain(hidden.member.id);
      expect(ids((await manager.get('/api/search?q=ceramica&limit=20')).body.services)).toContain(hiddenService);
      expect((await manager.get(`/api/members/${hidden.member.id}`)).status).toBe(200);
      expect((await manager.get(`/api/photos/${hiddenPhoto}`)).status).toBe(200);
    });

    it('is seen by themself, who can show up again', async () => {
      expect(ids((await hidden.client.get('/api/members?q=ceramica')).body.items)).toContain(hidden.member.id);
      const own = await hidden.client.get(`/api/members/${hidden.member.id}`);
      expect(own.body).toMatchObject({ directoryVisible: false, privacy: { directoryVisible: false, emailVisible: true, showBirthday: false } });
      expect(own.body.services.map((service: { id: string }) => service.id)).toEqual([hiddenService]);

      await hidden.client.patch('/api/members/me', { directoryVisible: true });
      expect(ids((await member.get('/api/members?q=ceramica')).body.items)).toContain(hidden.member.id);
      expect((await member.get(`/api/members/${hidden.member.id}`)).status).toBe(200);
      await hidden.client.patch('/api/members/me', { directoryVisible: false });
      expect(ids((await member.get('/api/members?q=ceramica')).body.items)).not.toContain(hidden.member.id);
      expect((await member.get(`/api/members/${hidden.member.id}`)).status).toBe(404);
    });
  });

  it('never shows members who are not active to other members, even when searched for', async () => {
    const gone = await createMember(t.dataSource, { status: 'deactivated', displayName: 'Quimet Desactivat', skills: ['Marqueteria'] });
    const invited = await createMember(t.dataSource, { status: 'invited', displayName: 'Quim Convidat' });
    const { client } = await signedIn();
    for (const path of ['/api/members?q=Quim', '/api/members?skill=marqueteria', '/api/search?q=Quim']) {
      const text = JSON.stringify((await client.get(path)).body);
      expect(text).not.toContain(gone.id);
      expect(text).not.toContain(invited.id);
    }
    const { client: manager } = await signedIn({ role: 'manager' });
    expect(ids((await manager.get('/api/members?q=Quim&status=deactivated')).body.items)).toEqual([gone.id]);
    expect(ids((await manager.get('/api/members?q=Quim&status=invited')).body.items)).toEqual([invited.id]);
  });

  it('shows an e-mail only where its owner chose to, to the manager, and to themself', async () => {
    const shy = await signedIn({ displayName: 'Eloi Discret', emailVisible: false });
    const open = await createMember(t.dataSource, { displayName: 'Elisa Oberta', emailVisible: true });
    const { client } = await signedIn();
    const cards = (await client.get('/api/members?q=Eloi%20Discret')).body.items;
    expect(cards[0].id).toBe(shy.member.id);
    expect(cards[0]).not.toHaveProperty('email');
    expect(cards[0]).not.toHaveProperty('status');
    expect(cards[0]).not.toHaveProperty('directoryVisible');
    expect(await client.get(`/api/members/${shy.member.id}`).then((answer) => answer.body)).not.toHaveProperty('email');
    expect((await client.get(`/api/members/${open.id}`)).body.email).toBe(open.email);
    expect((await client.get('/api/members?q=Elisa%20Oberta')).body.items[0].email).toBe(open.email);
    expect((await shy.client.get(`/api/members/${shy.member.id}`)).body.email).toBe(shy.member.email);
    const { client: manager } = await signedIn({ role: 'manager' });
    expect((await manager.get(`/api/members/${shy.member.id}`)).body.email).toBe(shy.member.email);
  });

  it('shows a birthday only where its owner chose to, and the privacy choices only to themself', async () => {
    const quiet = await signedIn({ displayName: 'Berta Callada', birthday: '03-14', showBirthday: false });
    const party = await createMember(t.dataSource, { displayName: 'Bernat Festiu', birthday: '07-01', showBirthday: true });
    const { client } = await signedIn();
    const { client: manager } = await signedIn({ role: 'manager' });
    const seen = (await client.get(`/api/members/${quiet.member.id}`)).body;
    expect(seen.birthday).toBeNull();
    expect(seen).not.toHaveProperty('privacy');
    expect((await manager.get(`/api/members/${quiet.member.id}`)).body.birthday).toBeNull();
    expect((await client.get(`/api/members/${party.id}`)).body.birthday).toBe('07-01');
    const own = (await quiet.client.get(`/api/members/${quiet.member.id}`)).body;
    expect(own).toMatchObject({ birthday: '03-14', privacy: { directoryVisible: true, emailVisible: false, showBirthday: false } });

    // Choosing to show it shows it; the patch answers the current member as before.
    const patched = await quiet.client.patch('/api/members/me', { showBirthday: true, skills: ['Pastisseria'], languages: ['ca', 'EN'] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: quiet.member.id, displayName: 'Berta Callada' });
    const now = (await client.get(`/api/members/${quiet.member.id}`)).body;
    expect(now).toMatchObject({ birthday: '03-14', skills: ['Pastisseria'], languages: ['ca', 'en'] });
    for (const bad of [{ birthday: '02-30' }, { birthday: '1990-02-03' }, { emailVisible: 'yes' }, { status: 'active' }, { id: quiet.member.id }]) {
      const refused = await quiet.client.patch('/api/members/me', bad);
      expect({ bad, status: refused.status }).toEqual({ bad, status: 400 });
    }
  });

  it('lets focus expire by itself, and keeps it within the next 24 hours', async () => {
    const { member, client } = await signedIn({ displayName: 'Ferran Concentrat' });
    const { client: other } = await signedIn();
    const until = new Date(Date.now() + 2 * HOUR).toISOString();
    const set = await client.put('/api/members/me/status', { focusUntil: until, openToCoffee: false });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ focusUntil: until, openToCoffee: false });
    expect((await other.get(`/api/members/${member.id}`)).body.focus).toEqual({ focusUntil: until, openToCoffee: false });

    // Time passes: the stored time is now behind us.
    await t.dataSource.query(`UPDATE members SET focus_until = now() - interval '1 minute' WHERE id = $1`, [member.id]);
    expect((await other.get(`/api/members/${member.id}`)).body.focus).toEqual({ focusUntil: null, openToCoffee: false });
    expect((await other.get('/api/members?q=Ferran')).body.items[0].focus).toEqual({ focusUntil: null, openToCoffee: false });

    for (const focusUntil of [new Date(Date.now() - HOUR).toISOString(), new Date(Date.now() + 25 * HOUR).toISOString()]) {
      const refused = await client.put('/api/members/me/status', { focusUntil, openToCoffee: true });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('FOCUS_OUT_OF_RANGE');
    }
    for (const bad of [{ focusUntil: 'tomorrow', openToCoffee: true }, { focusUntil: null }, { focusUntil: null, openToCoffee: true, extra: 1 }]) {
      expect((await client.put('/api/members/me/status', bad)).status).toBe(400);
    }
    const [{ open_to_coffee }] = await t.dataSource.query(`SELECT open_to_coffee FROM members WHERE id = $1`, [member.id]);
    expect(open_to_coffee).toBe(false);
    const coffee = await client.put('/api/members/me/status', { focusUntil: null, openToCoffee: true });
    expect(coffee.body).toEqual({ focusUntil: null, openToCoffee: true });
    expect((await other.get(`/api/members/${member.id}`)).body.focus).toEqual({ focusUntil: null, openToCoffee: true });
  });
});
