import { randomUUID } from 'node:crypto';
import { DEMO_COMMUNITY, DEMO_MANAGER_EMAIL, DEMO_PASSWORD } from '../src/database/seed/demo-community';
import { seedDemo } from '../src/database/seed/seed-demo';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient, TestResponse } from './utils/test-client';

describe('services', () => {
  let t: TestApp;
  let designId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: designId }] = await t.dataSource.query(`SELECT id FROM service_categories WHERE slug = 'design'`);
  });
  afterAll(() => t.close());

  async function signedIn(role: 'manager' | 'member' = 'member') {
    const member = await createMember(t.dataSource, { role });
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    return { member, client };
  }

  async function offer(client: TestClient, body: Record<string, unknown> = {}) {
    const response = await client.post('/api/services', { title: 'Disseny gràfic', summary: 'Logotips i identitat visual', ...body });
    expect(response.status).toBe(201);
    return response.body as { id: string; position: number; memberId: string };
  }

  const idsOf = (response: { body: { items: { id: string }[] } }) => response.body.items.map((item) => item.id);

  it('creates services after the last one, owned by whoever is signed in', async () => {
    const { member, client } = await signedIn();
    const first = await client.post('/api/services', {
      title: '  Diseño web ',
      summary: 'Webs rápidas y accesibles',
      description: '## Qué incluye\n\n- Diseño\n- Maquetación',
      categoryId: designId,
      tags: ['WordPress', 'wordpress', ' Astro  JS '],
      pricingNote: '',
      idealClient: 'Comercios de barrio',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      memberId: member.id,
      owner: { id: member.id, displayName: member.displayName, businessName: null, photoUrl: null },
      title: 'Diseño web',
      category: { id: designId, slug: 'design', names: { ca: 'Disseny', es: 'Diseño', en: 'Design' } },
      tags: ['WordPress', 'Astro JS'],
      pricingNote: null,
      idealClient: 'Comercios de barrio',
      position: 0,
      hidden: null,
    });
    expect(Object.keys(first.body).sort()).toEqual(
      ['category', 'createdAt', 'description', 'hidden', 'id', 'idealClient', 'memberId', 'owner', 'position', 'pricingNote', 'summary', 'tags', 'title', 'updatedAt'].sort(),
    );
    const second = await offer(client);
    expect(second.position).toBe(1);
  });

  it('refuses bad input with a 400 and writes nothing', async () => {
    const { member, client } = await signedIn();
    const other = await createMember(t.dataSource);
    const valid = { title: 'Fotografia de producte', summary: 'Fotos per a botigues en línia' };
    for (const body of [
      { ...valid, summary: 'x'.repeat(281) },
      { ...valid, memberId: other.id },
      { ...valid, role: 'manager' },
      { ...valid, title: '' },
      { ...valid, tags: Array.from({ length: 11 }, (_, index) => `tag${index}`) },
      { ...valid, categoryId: 'design' },
    ]) {
      const refused = await client.post('/api/services', body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    }
    const unknown = await client.post('/api/services', { ...valid, categoryId: randomUUID() });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('CATEGORY_NOT_FOUND');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM services WHERE member_id = ANY($1::uuid[])`, [
      [member.id, other.id],
    ]);
    expect(count).toBe(0);
    expect((await client.post('/api/services', { ...valid, summary: 'x'.repeat(280) })).status).toBe(201);
  });

  it('lets the owner edit their service; others get 403 when they see it and 404 when they do not', async () => {
    const { client: owner } = await signedIn();
    const { client: other } = await signedIn();
    const { client: manager } = await signedIn('manager');
    const service = await offer(owner, { description: 'Abans' });

    const edited = await owner.patch(`/api/services/${service.id}`, { summary: 'Marca, logotip i papereria', description: '', categoryId: designId });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ summary: 'Marca, logotip i papereria', description: null, category: { slug: 'design' } });
    expect((await owner.patch(`/api/services/${service.id}`, { categoryId: null })).body.category).toBeNull();

    for (const client of [other, manager]) {
      const refused = await client.patch(`/api/services/${service.id}`, { title: 'Meu' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
      expect((await client.delete(`/api/services/${service.id}`)).status).toBe(403);
    }
    expect((await owner.patch(`/api/services/${service.id}`, {})).status).toBe(400);
    expect((await owner.patch(`/api/services/${service.id}`, { memberId: randomUUID() })).status).toBe(400);
    expect((await owner.patch(`/api/services/${service.id}`, { position: 3 })).status).toBe(400);
    expect((await owner.patch(`/api/services/${service.id}`, { categoryId: randomUUID() })).body.error.code).toBe('CATEGORY_NOT_FOUND');

    // Hidden by the manager: the other member no longer sees it, so for them it does not exist.
    await manager.put(`/api/services/${service.id}/moderation`, { hiddenReason: 'Revisant' });
    const hidden = await other.patch(`/api/services/${service.id}`, { title: 'Meu' });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('SERVICE_NOT_FOUND');
    expect((await other.delete(`/api/services/${service.id}`)).status).toBe(404);
    expect((await owner.patch(`/api/services/${service.id}`, { title: 'Encara meu' })).body.title).toBe('Encara meu');

    const unknown = await owner.patch(`/api/services/${randomUUID()}`, { title: 'Res' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('SERVICE_NOT_FOUND');
    expect((await owner.patch('/api/services/not-an-id', { title: 'Res' })).status).toBe(400);
    const [{ title }] = await t.dataSource.query(`SELECT title FROM services WHERE id = $1`, [service.id]);
    expect(title).toBe('Encara meu');
  });

  it('removes a service: only its owner, once', async () => {
    const { member, client: owner } = await signedIn();
    const { client: other } = await signedIn();
    const service = await offer(owner);
    expect((await other.delete(`/api/services/${service.id}`)).status).toBe(403);
    expect((await owner.delete(`/api/services/${service.id}`)).status).toBe(204);
    const again = await owner.delete(`/api/services/${service.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('SERVICE_NOT_FOUND');
    expect(idsOf(await other.get(`/api/services?memberId=${member.id}`))).toEqual([]);
  });

  it('reorders exactly the caller’s services', async () => {
    const { member, client } = await signedIn();
    const { client: other } = await signedIn();
    const [a, b, c] = [await offer(client), await offer(client), await offer(client)];
    const foreign = await offer(other);

    const reordered = await client.put('/api/services/order', { ids: [c.id, a.id, b.id] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.nextCursor).toBeNull();
    expect(reordered.body.items.map((item: { id: string; position: number }) => [item.id, item.position])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 2],
    ]);

    for (const ids of [[c.id, a.id], [c.id, a.id, b.id, foreign.id], [c.id, a.id, foreign.id], [c.id, a.id, randomUUID()]]) {
      const refused = await client.put('/api/services/order', { ids });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('SERVICE_ORDER_MISMATCH');
    }
    expect((await client.put('/api/services/order', { ids: [c.id, c.id, a.id] })).status).toBe(400);
    expect((await client.put('/api/services/order', { ids: [] })).status).toBe(400);
    const positions = await t.dataSource.query(`SELECT id, position FROM services WHERE member_id = $1 ORDER BY position`, [member.id]);
    expect(positions.map((row: { id: string }) => row.id)).toEqual([c.id, a.id, b.id]);
    // A new service goes after the last one.
    expect((await offer(client)).position).toBe(3);
  });

  it('serialises concurrent reorders and additions of one member', async () => {
    const { member, client } = await signedIn();
    const services = [await offer(client), await offer(client), await offer(client)];
    const ids = services.map((service) => service.id);
    const answers = await Promise.all([
      client.put('/api/services/order', { ids: [...ids].reverse() }),
      client.put('/api/services/order', { ids: [ids[1], ids[0], ids[2]] }),
      client.post('/api/services', { title: 'Una més', summary: 'Afegida alhora' }),
      client.post('/api/services', { title: 'I una altra', summary: 'Afegida alhora' }),
    ]);
    // A reorder that ran after an addition no longer lists every service.
    for (const answer of answers) expect([200, 201, 422]).toContain(answer.status);
    const rows: { position: number }[] = await t.dataSource.query(`SELECT position FROM services WHERE member_id = $1 ORDER BY position`, [
      member.id,
    ]);
    expect(rows.map((row) => row.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('lists visible services newest first, a page at a time, filtered by category and member', async () => {
    const { member, client } = await signedIn();
    const created = [];
    for (let index = 0; index < 5; index++) created.push(await offer(client, { title: `Servei ${index}`, categoryId: index % 2 ? designId : null }));
    const newestFirst = created.map((service) => service.id).reverse();

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: TestResponse = await client.get(`/api/services?memberId=${member.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...idsOf(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(newestFirst);

    expect(idsOf(await client.get(`/api/services?memberId=${member.id}&category=${designId}`))).toEqual([created[3]!.id, created[1]!.id]);
    const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const cursor of ['nonsense', forged(['yesterday', randomUUID()]), forged(['2030-01-01T00:00:00.000000Z', 'x']), forged(['2030-02-30T00:00:00.000000Z', randomUUID()]), forged(['2030-13-01T00:00:00.000000Z', randomUUID()]),forged([1, 2])]) {
      const refused = await client.get(`/api/services?cursor=${cursor}`);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    }
    for (const cursor of [forged([-1]), forged(['1']), forged([1.5]), forged([2, 3])]) {
      expect((await client.get(`/api/services?q=servei&cursor=${cursor}`)).status).toBe(400);
    }
    expect((await client.get('/api/services?limit=101')).status).toBe(400);
    expect((await client.get('/api/services?memberId=nobody')).status).toBe(400);
    expect((await client.get('/api/services?owner=me')).status).toBe(400);
  });

  it('ranks services by the words searched, and pages through them', async () => {
    const { member, client } = await signedIn();
    const title = await offer(client, { title: 'Traducció jurídica anglès', summary: 'Contractes i escriptures' });
    const summary = await offer(client, { title: 'Correcció de textos', summary: 'Revisió de documents jurídics' });
    await offer(client, { title: 'Fotografia de producte', summary: 'Per a botigues en línia' });

    const found = await client.get(`/api/services?q=${encodeURIComponent('jurídic')}&memberId=${member.id}`);
    expect(found.status).toBe(200);
    expect(idsOf(found)).toEqual([title.id, summary.id]);
    const firstPage = await client.get(`/api/services?q=juridic&memberId=${member.id}&limit=1`);
    expect(idsOf(firstPage)).toEqual([title.id]);
    const secondPage = await client.get(`/api/services?q=juridic&memberId=${member.id}&limit=1&cursor=${firstPage.body.nextCursor}`);
    expect(idsOf(secondPage)).toEqual([summary.id]);
    expect(secondPage.body.nextCursor).toBeNull();
    expect((await client.get('/api/services?q=%20%2B%2B')).body).toEqual({ items: [], nextCursor: null });
  });

  it('lets the manager hide a service: only its owner (with the reason) and the manager see it then', async () => {
    const { member: owner, client: ownerClient } = await signedIn();
    const { client: other } = await signedIn();
    const { client: manager } = await signedIn('manager');
    const service = await offer(ownerClient, { title: 'Assessorament fiscal exprés', summary: 'Declaracions trimestrals' });

    const hidden = await manager.put(`/api/services/${service.id}/moderation`, { hiddenReason: 'Promet resultats que no pot garantir' });
    expect(hidden.status).toBe(200);
    expect(hidden.body.hidden).toMatchObject({ reason: 'Promet resultats que no pot garantir' });
    expect(Date.parse(hidden.body.hidden.at)).toBeGreaterThan(Date.now() - 60_000);

    const byMember = `/api/services?memberId=${owner.id}`;
    const bySearch = `/api/services?q=fiscal&memberId=${owner.id}`;
    for (const path of [byMember, bySearch, '/api/services?limit=100']) expect(idsOf(await other.get(path))).not.toContain(service.id);
    for (const client of [ownerClient, manager]) {
      for (const path of [byMember, bySearch]) {
        const listed = await client.get(path);
        expect(listed.body.items.find((item: { id: string }) => item.id === service.id)?.hidden?.reason).toBe('Promet resultats que no pot garantir');
      }
    }
    const profile = await other.get(`/api/members/${owner.id}`);
    expect(profile.status).toBe(200);
    expect(profile.body.services.map((item: { id: string }) => item.id)).not.toContain(service.id);
    const ownProfile = await ownerClient.get(`/api/members/${owner.id}`);
    expect(ownProfile.body.services.find((item: { id: string }) => item.id === service.id)?.hidden?.reason).toBe(
      'Promet resultats que no pot garantir',
    );

    const shown = await manager.put(`/api/services/${service.id}/moderation`, { hiddenReason: null });
    expect(shown.body.hidden).toBeNull();
    expect(idsOf(await other.get(byMember))).toContain(service.id);
    const [row] = await t.dataSource.query(`SELECT hidden_at, hidden_reason FROM services WHERE id = $1`, [service.id]);
    expect(row).toEqual({ hidden_at: null, hidden_reason: null });

    expect((await manager.put(`/api/services/${service.id}/moderation`, { hiddenReason: '  ' })).status).toBe(400);
    expect((await manager.put(`/api/services/${service.id}/moderation`, {})).status).toBe(400);
    const unknown = await manager.put(`/api/services/${randomUUID()}/moderation`, { hiddenReason: 'No' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('SERVICE_NOT_FOUND');
    expect((await ownerClient.put(`/api/services/${service.id}/moderation`, { hiddenReason: null })).status).toBe(403);
  });

  it('never lists the services of a member hidden from the directory or not active, but to themself and the manager', async () => {
    const { member: hiddenMember, client: hiddenClient } = await signedIn();
    const { member: leaving, client: leavingClient } = await signedIn();
    const { client: other } = await signedIn();
    const { client: manager } = await signedIn('manager');
    const hiddenService = await offer(hiddenClient, { title: 'Consultoria discreta', summary: 'Estratègia per a pimes' });
    const leavingService = await offer(leavingClient, { title: 'Consultoria que marxa', summary: 'Estratègia per a pimes' });
    await t.dataSource.query(`UPDATE members SET directory_visible = false WHERE id = $1`, [hiddenMember.id]);
    await t.dataSource.query(`UPDATE members SET status = 'deactivated' WHERE id = $1`, [leaving.id]);

    for (const path of [`/api/services?memberId=${hiddenMember.id}`, '/api/services?q=consultoria', '/api/services?limit=100']) {
      const listed = idsOf(await other.get(path));
      expect(listed).not.toContain(hiddenService.id);
      expect(listed).not.toContain(leavingService.id);
    }
    expect((await other.patch(`/api/services/${hiddenService.id}`, { title: 'Meu' })).status).toBe(404);
    expect(idsOf(await hiddenClient.get(`/api/services?memberId=${hiddenMember.id}`))).toEqual([hiddenService.id]);
    expect(idsOf(await hiddenClient.get('/api/services?q=discreta'))).toEqual([hiddenService.id]);
    expect(idsOf(await manager.get('/api/services?q=discreta'))).toEqual([hiddenService.id]);
    expect(idsOf(await manager.get(`/api/services?memberId=${leaving.id}`))).toEqual([]);
  });
});

describe('the demo community’s services', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives every demo member one to three categorised services that search finds', async () => {
    expect(await seedDemo(t.dataSource)).toBe(true);
    const counts: { email: string; services: number; uncategorised: number; bio: string | null }[] = await t.dataSource.query(
      `SELECT m.email, m.bio, count(s.id)::int AS services, count(s.id) FILTER (WHERE s.category_id IS NULL)::int AS uncategorised
         FROM members m LEFT JOIN services s ON s.member_id = m.id
        WHERE m.email LIKE '%@tertulia.example' GROUP BY m.email, m.bio`,
    );
    expect(counts).toHaveLength(DEMO_COMMUNITY.length);
    for (const row of counts) {
      expect(row.services).toBeGreaterThanOrEqual(1);
      expect(row.services).toBeLessThanOrEqual(3);
      expect(row.uncategorised).toBe(0);
      expect(row.bio).toBeTruthy();
    }
    const client = t.client();
    await client.signIn(DEMO_MANAGER_EMAIL, DEMO_PASSWORD);
    const found = await client.get(`/api/services?q=${encodeURIComponent('diseño web')}`);
    expect(found.body.items[0]).toMatchObject({ title: 'Diseño web', owner: { displayName: 'Andrés Ruiz' }, category: { slug: 'development' } });
    const accounting = await client.get(`/api/services?q=${encodeURIComponent('comptabilitat autonoms')}`);
    expect(accounting.body.items[0].title).toBe('Comptabilitat per a autònoms');
    expect((await client.get('/api/services?limit=5')).body.nextCursor).not.toBeNull();
  });
});
