import { randomUUID } from 'node:crypto';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';

describe('service categories', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(role: 'manager' | 'member' = 'member') {
    const member = await createMember(t.dataSource, { role });
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    return { member, client };
  }

  const names = { ca: 'Il·lustració', es: 'Ilustración', en: 'Illustration' };

  it('lists the categories in their order to any member', async () => {
    const { client } = await signedIn();
    const listed = await client.get('/api/service-categories');
    expect(listed.status).toBe(200);
    expect(listed.body.nextCursor).toBeNull();
    expect(listed.body.items[0]).toEqual({ id: expect.any(String), slug: 'design', names: { ca: 'Disseny', es: 'Diseño', en: 'Design' }, position: 0 });
    const positions = listed.body.items.map((item: { position: number }) => item.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('lets the manager add categories with unique slugs', async () => {
    const { client: manager } = await signedIn('manager');
    const { client: member } = await signedIn();
    const created = await manager.post('/api/service-categories', { slug: 'illustration', names });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: 'illustration', names });
    const listed = await member.get('/api/service-categories');
    expect(listed.body.items.at(-1).slug).toBe('illustration');

    const duplicate = await manager.post('/api/service-categories', { slug: 'illustration', names });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('CONFLICT');
    for (const body of [
      { slug: 'Il·lustració', names },
      { slug: 'ok-slug', names: { ca: 'Nom', es: 'Nombre' } },
      { slug: 'ok-slug', names, colour: 'red' },
      { slug: 'ok-slug', names, position: -1 },
    ]) {
      expect((await manager.post('/api/service-categories', body)).status).toBe(400);
    }
    expect((await member.post('/api/service-categories', { slug: 'mine', names })).status).toBe(403);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM service_categories WHERE slug IN ('ok-slug', 'mine')`);
    expect(count).toBe(0);
  });

  it('renames a category, and search finds its services by the new name', async () => {
    const { client: manager } = await signedIn('manager');
    const { member, client } = await signedIn();
    const category = (await manager.post('/api/service-categories', { slug: 'crafts', names: { ca: 'Artesania', es: 'Artesanía', en: 'Crafts' } })).body;
    const service = (await client.post('/api/services', { title: 'Tasses fetes a mà', summary: 'Per a cafeteries', categoryId: category.id })).body;
    expect((await client.get('/api/services?q=ceramica')).body.items).toEqual([]);

    const renamed = await manager.patch(`/api/service-categories/${category.id}`, { names: { ca: 'Ceràmica', es: 'Cerámica', en: 'Pottery' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ slug: 'crafts', names: { ca: 'Ceràmica' } });
    const found = await client.get('/api/services?q=ceramica');
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([service.id]);
    expect(found.body.items[0].category.names.es).toBe('Cerámica');
    // The owner's own document follows too (it holds their services' categories).
    const [{ matches }] = await t.dataSource.query(
      `SELECT search_vector @@ to_tsquery('tertulia', 'pottery:*') AS matches FROM members WHERE id = $1`,
      [member.id],
    );
    expect(matches).toBe(true);

    const taken = await manager.patch(`/api/service-categories/${category.id}`, { slug: 'design' });
    expect(taken.status).toBe(409);
    expect((await manager.patch(`/api/service-categories/${category.id}`, {})).status).toBe(400);
    expect((await manager.patch(`/api/service-categories/${category.id}`, { position: 7 })).body.position).toBe(7);
    const unknown = await manager.patch(`/api/service-categories/${randomUUID()}`, { position: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('CATEGORY_NOT_FOUND');
    expect((await client.patch(`/api/service-categories/${category.id}`, { position: 1 })).status).toBe(403);
  });

  it('removes a category: its services stay, without a category', async () => {
    const { client: manager } = await signedIn('manager');
    const { member, client } = await signedIn();
    const category = (await manager.post('/api/service-categories', { slug: 'to-remove', names })).body;
    const service = (await client.post('/api/services', { title: 'Murals', summary: 'Per a locals', categoryId: category.id })).body;

    expect((await client.delete(`/api/service-categories/${category.id}`)).status).toBe(403);
    expect((await manager.delete(`/api/service-categories/${category.id}`)).status).toBe(204);
    const again = await manager.delete(`/api/service-categories/${category.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('CATEGORY_NOT_FOUND');

    const listed = await client.get(`/api/services?memberId=${member.id}`);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: service.id, category: null })]);
    const refused = await client.post('/api/services', { title: 'Murals', summary: 'Per a locals', categoryId: category.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('CATEGORY_NOT_FOUND');
  });
});
