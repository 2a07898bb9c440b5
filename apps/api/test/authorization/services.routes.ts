import { createMember } from '../factories/member.factory';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;

/** A visible service of `memberId` (of a new member when null). */
async function serviceOf(t: TestApp, memberId: string | null): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO services (member_id, title, summary) VALUES ($1, 'Disseny gràfic', 'Logotips i identitat visual') RETURNING id`,
    [memberId ?? (await someone(t))],
  );
  return id;
}

let unique = 0;
async function category(t: TestApp): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO service_categories (slug, name_ca, name_es, name_en) VALUES ($1, 'Prova', 'Prueba', 'Test') RETURNING id`,
    [`matrix-category-${++unique}`],
  );
  return id;
}

const ANYONE = { anonymous: 401, member: 200, manager: 200 };

/** Services and their categories: who may call each route. */
export const SERVICES_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/services', request: async () => ({ path: '/api/services?q=disseny' }), expected: ANYONE },
  {
    method: 'POST',
    route: '/api/services',
    request: async () => ({ path: '/api/services', body: { title: 'Fotografia de producte', summary: 'Fotos per a botigues en línia' } }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  {
    method: 'PUT',
    route: '/api/services/order',
    as: 'their own services',
    request: async (t, caller) => {
      const owner = caller ?? (await someone(t));
      const first = await serviceOf(t, owner);
      const second = await serviceOf(t, owner);
      return { path: '/api/services/order', body: { ids: [second, first] } };
    },
    expected: ANYONE,
  },
  {
    method: 'PATCH',
    route: '/api/services/{id}',
    as: 'its owner',
    request: async (t, caller) => ({ path: `/api/services/${await serviceOf(t, caller)}`, body: { title: 'Diseño web' } }),
    expected: ANYONE,
  },
  {
    method: 'PATCH',
    route: '/api/services/{id}',
    as: 'not its owner',
    request: async (t) => ({ path: `/api/services/${await serviceOf(t, null)}`, body: { title: 'Diseño web' } }),
    expected: { anonymous: 401, member: 403, manager: 403 },
  },
  {
    method: 'DELETE',
    route: '/api/services/{id}',
    as: 'its owner',
    request: async (t, caller) => ({ path: `/api/services/${await serviceOf(t, caller)}` }),
    expected: { anonymous: 401, member: 204, manager: 204 },
  },
  {
    method: 'DELETE',
    route: '/api/services/{id}',
    as: 'not its owner',
    request: async (t) => ({ path: `/api/services/${await serviceOf(t, null)}` }),
    expected: { anonymous: 401, member: 403, manager: 403 },
  },
  {
    method: 'PUT',
    route: '/api/services/{id}/moderation',
    request: async (t) => ({ path: `/api/services/${await serviceOf(t, null)}/moderation`, body: { hiddenReason: 'Publicitat enganyosa' } }),
    expected: { anonymous: 401, member: 403, manager: 200 },
  },
  { method: 'GET', route: '/api/service-categories', request: async () => ({ path: '/api/service-categories' }), expected: ANYONE },
  {
    method: 'POST',
    route: '/api/service-categories',
    request: async () => ({
      path: '/api/service-categories',
      body: { slug: `matrix-new-${++unique}`, names: { ca: 'Il·lustració', es: 'Ilustración', en: 'Illustration' } },
    }),
    expected: { anonymous: 401, member: 403, manager: 201 },
  },
  {
    method: 'PATCH',
    route: '/api/service-categories/{id}',
    request: async (t) => ({ path: `/api/service-categories/${await category(t)}`, body: { position: 5 } }),
    expected: { anonymous: 401, member: 403, manager: 200 },
  },
  {
    method: 'DELETE',
    route: '/api/service-categories/{id}',
    request: async (t) => ({ path: `/api/service-categories/${await category(t)}` }),
    expected: { anonymous: 401, member: 403, manager: 204 },
  },
];
