import { createMember } from '../factories/member.factory';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;

/** A post of `authorId` (of a new member when null), published unless told otherwise, straight in the database. */
async function postOf(t: TestApp, authorId: string | null, status: 'published' | 'draft' = 'published'): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO posts (author_id, kind, title, body, tags, status, published_at)
     VALUES ($1, 'tip', 'Desa els tiquets', 'Cada divendres, a una carpeta.', '{Fiscalitat}', $2::text, CASE WHEN $2::text = 'published' THEN now() END)
     RETURNING id`,
    [authorId ?? (await someone(t)), status],
  );
  return id;
}

/** A comment of `authorId` (of a new member when null) on someone's published post. */
async function commentOf(t: TestApp, authorId: string | null): Promise<string> {
  const [{ id }] = await t.dataSource.query(`INSERT INTO post_comments (post_id, author_id, body) VALUES ($1, $2, 'Molt útil') RETURNING id`, [
    await postOf(t, null),
    authorId ?? (await someone(t)),
  ]);
  return id;
}

const ANYONE = { anonymous: 401, member: 200, manager: 200 };
/** Only its author: anyone else who sees it, the manager included, is refused. */
const NOT_AUTHOR = { anonymous: 401, member: 403, manager: 403 };
/** A draft is its author's only: for anyone else it does not exist. */
const SOMEONE_ELSES_DRAFT = { anonymous: 401, member: 404, manager: 404 };
const MANAGER = { anonymous: 401, member: 403, manager: 200 };

/** Knowledge posts, their comments and «useful» marks: who may call each route. */
export const POSTS_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/posts', request: async () => ({ path: '/api/posts?kind=tip&tag=fiscalitat' }), expected: ANYONE },
  { method: 'GET', route: '/api/posts', as: 'their drafts', request: async () => ({ path: '/api/posts?drafts=true' }), expected: ANYONE },
  { method: 'GET', route: '/api/posts/tags', request: async () => ({ path: '/api/posts/tags?q=fis' }), expected: ANYONE },
  {
    method: 'POST',
    route: '/api/posts',
    request: async () => ({ path: '/api/posts', body: { kind: 'article', title: 'El primer client', body: 'Com el vaig trobar.', tags: ['Vendes'] } }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  { method: 'GET', route: '/api/posts/{id}', request: async (t) => ({ path: `/api/posts/${await postOf(t, null)}` }), expected: ANYONE },
  {
    method: 'GET',
    route: '/api/posts/{id}',
    as: 'their own draft',
    request: async (t, caller) => ({ path: `/api/posts/${await postOf(t, caller, 'draft')}` }),
    expected: ANYONE,
  },
  {
    method: 'GET',
    route: '/api/posts/{id}',
    as: "someone else's draft",
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null, 'draft')}` }),
    expected: SOMEONE_ELSES_DRAFT,
  },
  {
    method: 'PATCH',
    route: '/api/posts/{id}',
    as: 'its author',
    request: async (t, caller) => ({ path: `/api/posts/${await postOf(t, caller)}`, body: { title: 'Desa sempre els tiquets' } }),
    expected: ANYONE,
  },
  {
    method: 'PATCH',
    route: '/api/posts/{id}',
    as: 'not its author',
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null)}`, body: { title: 'Meu' } }),
    expected: NOT_AUTHOR,
  },
  {
    method: 'PATCH',
    route: '/api/posts/{id}',
    as: "someone else's draft",
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null, 'draft')}`, body: { status: 'published' } }),
    expected: SOMEONE_ELSES_DRAFT,
  },
  {
    method: 'DELETE',
    route: '/api/posts/{id}',
    as: 'its author',
    request: async (t, caller) => ({ path: `/api/posts/${await postOf(t, caller)}` }),
    expected: { anonymous: 401, member: 204, manager: 204 },
  },
  {
    method: 'DELETE',
    route: '/api/posts/{id}',
    as: 'not its author',
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null)}` }),
    expected: NOT_AUTHOR,
  },
  {
    method: 'PUT',
    route: '/api/posts/{id}/moderation',
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null)}/moderation`, body: { hiddenReason: 'Publicitat no demanada' } }),
    expected: MANAGER,
  },
  {
    method: 'PUT',
    route: '/api/posts/{id}/moderation',
    as: 'their own post',
    request: async (t, caller) => ({ path: `/api/posts/${await postOf(t, caller)}/moderation`, body: { hiddenReason: null } }),
    expected: MANAGER,
  },
  {
    method: 'PUT',
    route: '/api/posts/{id}/useful',
    as: "someone else's post",
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null)}/useful` }),
    expected: ANYONE,
  },
  {
    method: 'PUT',
    route: '/api/posts/{id}/useful',
    as: 'their own post',
    request: async (t, caller) => ({ path: `/api/posts/${await postOf(t, caller)}/useful` }),
    expected: { anonymous: 401, member: 422, manager: 422 },
  },
  {
    method: 'DELETE',
    route: '/api/posts/{id}/useful',
    as: "someone else's post",
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null)}/useful` }),
    expected: ANYONE,
  },
  {
    method: 'DELETE',
    route: '/api/posts/{id}/useful',
    as: "someone else's draft",
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null, 'draft')}/useful` }),
    expected: SOMEONE_ELSES_DRAFT,
  },
  { method: 'GET', route: '/api/posts/{id}/comments', request: async (t) => ({ path: `/api/posts/${await postOf(t, null)}/comments` }), expected: ANYONE },
  {
    method: 'GET',
    route: '/api/posts/{id}/comments',
    as: "someone else's draft",
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null, 'draft')}/comments` }),
    expected: SOMEONE_ELSES_DRAFT,
  },
  {
    method: 'POST',
    route: '/api/posts/{id}/comments',
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null)}/comments`, body: { body: 'Ho provaré' } }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  {
    method: 'POST',
    route: '/api/posts/{id}/comments',
    as: "someone else's draft",
    request: async (t) => ({ path: `/api/posts/${await postOf(t, null, 'draft')}/comments`, body: { body: 'Hola' } }),
    expected: SOMEONE_ELSES_DRAFT,
  },
  {
    method: 'PATCH',
    route: '/api/comments/{id}',
    as: 'its author',
    request: async (t, caller) => ({ path: `/api/comments/${await commentOf(t, caller)}`, body: { body: 'Molt, molt útil' } }),
    expected: ANYONE,
  },
  {
    method: 'PATCH',
    route: '/api/comments/{id}',
    as: 'not its author',
    request: async (t) => ({ path: `/api/comments/${await commentOf(t, null)}`, body: { body: 'Meu' } }),
    expected: NOT_AUTHOR,
  },
  {
    method: 'DELETE',
    route: '/api/comments/{id}',
    as: 'its author',
    request: async (t, caller) => ({ path: `/api/comments/${await commentOf(t, caller)}` }),
    expected: { anonymous: 401, member: 204, manager: 204 },
  },
  {
    method: 'DELETE',
    route: '/api/comments/{id}',
    as: 'not its author',
    request: async (t) => ({ path: `/api/comments/${await commentOf(t, null)}` }),
    expected: NOT_AUTHOR,
  },
  {
    method: 'PUT',
    route: '/api/comments/{id}/moderation',
    request: async (t) => ({ path: `/api/comments/${await commentOf(t, null)}/moderation`, body: { hiddenReason: 'To ofensiu' } }),
    expected: MANAGER,
  },
];
