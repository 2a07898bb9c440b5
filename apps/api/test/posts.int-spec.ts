import { randomUUID } from 'node:crypto';
import type { Post, PostSummary } from '@tertulia/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { DEMO_MANAGER_EMAIL, DEMO_PASSWORD } from '../src/database/seed/demo-community';
import { seedDemo } from '../src/database/seed/seed-demo';
import type { MemberOverrides } from './factories/member.factory';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestResponse } from './utils/test-client';

const POST_KEYS = [
  'author',
  'body',
  'commentCount',
  'createdAt',
  'editedAt',
  'hidden',
  'id',
  'kind',
  'markedUseful',
  'publishedAt',
  'status',
  'tags',
  'talk',
  'title',
  'updatedAt',
  'usefulCount',
].sort();

const LATER = '2031-03-05T18:00:00.000Z';

describe('knowledge posts', () => {
  let t: TestApp;
  let manager: Person;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedIn({ role: 'manager', displayName: 'Montse Gestora' });
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  async function write(person: Person, body: Record<string, unknown> = {}): Promise<Post> {
    const response = await person.client.post('/api/posts', {
      kind: 'article',
      title: 'Com preparar el primer pressupost',
      body: 'Tres coses que sempre poso en un pressupost.',
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body as Post;
  }

  async function postsOf(authorId: string): Promise<number> {
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM posts WHERE author_id = $1`, [authorId]);
    return count;
  }

  const ids = (response: TestResponse) => (response.body.items as { id: string }[]).map((item) => item.id);

  function expectError(response: TestResponse, status: number, code: string, path?: string) {
    expect({ status: response.status, code: response.body?.error?.code }).toEqual({ status, code });
    if (path !== undefined) expect(response.body.error.details.map((detail: { path?: string }) => detail.path)).toContain(path);
  }

  /** An event next month, straight in the database. */
  async function event(options: { circle?: boolean; cancelled?: boolean } = {}): Promise<string> {
    let circleId: string | null = null;
    if (options.circle) {
      [{ id: circleId }] = await t.dataSource.query(`INSERT INTO circles (name, kind) VALUES ($1, 'interest') RETURNING id`, [
        `Cercle ${randomUUID().slice(0, 8)}`,
      ]);
    }
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO events (title, starts_at, ends_at, timezone, place, format, status, circle_id, organiser_id)
       VALUES ('Xerrada de dijous', '2031-04-10T16:00:00Z', '2031-04-10T18:00:00Z', 'Europe/Madrid', 'Sala gran', 'talk', $1, $2, $3)
       RETURNING id`,
      [options.cancelled ? 'cancelled' : 'scheduled', circleId, manager.id],
    );
    return id;
  }

  let breakfastDay = 40;
  /** A breakfast session of its own date, straight in the database. */
  async function breakfast(options: { cancelled?: boolean } = {}): Promise<{ id: string; date: string }> {
    const [{ id: seriesId }] = await t.dataSource.query(`SELECT id FROM breakfast_series ORDER BY created_at LIMIT 1`);
    const [row] = await t.dataSource.query(
      `INSERT INTO breakfast_sessions (series_id, date, starts_at, ends_at, place, cancelled)
       VALUES ($1, current_date + $2::int, (current_date + $2::int) + time '08:00', (current_date + $2::int) + time '09:00', 'La cuina', $3)
       RETURNING id, date::text AS date`,
      [seriesId, breakfastDay++, options.cancelled ?? false],
    );
    return row;
  }

  describe('writing', () => {
    it('saves a draft only its author sees, publishes it, marks later edits, and deletes it', async () => {
      const author = await signedIn({ displayName: 'Jordi Puig', headline: 'Dissenyador', businessName: 'Puig Disseny' });
      const reader = await signedIn();
      const draft = await write(author, { status: 'draft', tags: ['Pressupostos', ' Autònoms '] });
      expect(Object.keys(draft).sort()).toEqual(POST_KEYS);
      expect(draft).toMatchObject({
        kind: 'article',
        status: 'draft',
        tags: ['Pressupostos', 'Autònoms'],
        author: { id: author.id, displayName: 'Jordi Puig', headline: 'Dissenyador', businessName: 'Puig Disseny', photoUrl: null },
        talk: null,
        publishedAt: null,
        editedAt: null,
        hidden: null,
        usefulCount: 0,
        markedUseful: false,
        commentCount: 0,
      });
      for (const other of [reader, manager]) expectError(await other.client.get(`/api/posts/${draft.id}`), 404, 'POST_NOT_FOUND');

      // Changing a draft is not an edit.
      const retitled = await author.client.patch(`/api/posts/${draft.id}`, { title: 'El primer pressupost' });
      expect(retitled.body).toMatchObject({ title: 'El primer pressupost', editedAt: null, publishedAt: null });

      const published = (await author.client.patch(`/api/posts/${draft.id}`, { status: 'published' })).body as Post;
      expect(published.status).toBe('published');
      expect(published.publishedAt).not.toBeNull();
      expect(published.editedAt).toBeNull();
      expect((await reader.client.get(`/api/posts/${draft.id}`)).status).toBe(200);

      // Sending what is already there changes nothing; a real change marks it edited.
      const same = (await author.client.patch(`/api/posts/${draft.id}`, { title: 'El primer pressupost', tags: ['Pressupostos', 'Autònoms'] })).body;
      expect(same.editedAt).toBeNull();
      const edited = (await author.client.patch(`/api/posts/${draft.id}`, { body: 'Quatre coses, de fet.' })).body as Post;
      expect(edited.editedAt).not.toBeNull();
      expect(edited.publishedAt).toBe(published.publishedAt);
      expect(edited.body).toBe('Quatre coses, de fet.');

      // Back to draft and published again: the first publication date stays.
      const unpublished = (await author.client.patch(`/api/posts/${draft.id}`, { status: 'draft' })).body as Post;
      expect(unpublished).toMatchObject({ status: 'draft', publishedAt: published.publishedAt });
      expectError(await reader.client.get(`/api/posts/${draft.id}`), 404, 'POST_NOT_FOUND');
      const again = (await author.client.patch(`/api/posts/${draft.id}`, { status: 'published' })).body as Post;
      expect(again.publishedAt).toBe(published.publishedAt);

      // Only its author changes or deletes it; whoever cannot see it gets 404.
      for (const other of [reader, manager]) {
        expectError(await other.client.patch(`/api/posts/${draft.id}`, { title: 'Meu' }), 403, 'FORBIDDEN');
        expectError(await other.client.delete(`/api/posts/${draft.id}`), 403, 'FORBIDDEN');
      }
      await reader.client.put(`/api/posts/${draft.id}/useful`);
      await reader.client.post(`/api/posts/${draft.id}/comments`, { body: 'Molt útil!' });
      expect((await author.client.delete(`/api/posts/${draft.id}`)).status).toBe(204);
      expectError(await author.client.get(`/api/posts/${draft.id}`), 404, 'POST_NOT_FOUND');
      expectError(await author.client.delete(`/api/posts/${draft.id}`), 404, 'POST_NOT_FOUND');
      const [left] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM post_comments WHERE post_id = $1)::int AS comments, (SELECT count(*) FROM post_useful WHERE post_id = $1)::int AS marks`,
        [draft.id],
      );
      expect(left).toEqual({ comments: 0, marks: 0 });
      expectError(await author.client.patch(`/api/posts/${randomUUID()}`, { title: 'Res' }), 404, 'POST_NOT_FOUND');
    });

    it('publishes straight away by default', async () => {
      const author = await signedIn();
      const post = await write(author);
      expect(post.status).toBe('published');
      expect(Date.parse(post.publishedAt!)).toBeGreaterThan(Date.now() - 60_000);
      expect(post.editedAt).toBeNull();
    });

    it('keeps a tip to 500 characters, at creation and when a patch changes its kind or body', async () => {
      const author = await signedIn();
      expectError(await author.client.post('/api/posts', { kind: 'tip', title: 'Un truc', body: 'x'.repeat(501) }), 400, 'VALIDATION_FAILED', 'body');
      const tip = await write(author, { kind: 'tip', title: 'Un truc', body: 'x'.repeat(500) });
      expectError(await author.client.patch(`/api/posts/${tip.id}`, { body: 'y'.repeat(501) }), 400, 'VALIDATION_FAILED', 'body');
      const article = await write(author, { body: 'z'.repeat(600) });
      expectError(await author.client.patch(`/api/posts/${article.id}`, { kind: 'tip' }), 400, 'VALIDATION_FAILED', 'body');
      expectError(await author.client.post('/api/posts', { kind: 'article', title: 'Llarg', body: 'x'.repeat(20001) }), 400, 'VALIDATION_FAILED', 'body');
      const [stored] = await t.dataSource.query(`SELECT kind, body FROM posts WHERE id = $1`, [article.id]);
      expect(stored).toEqual({ kind: 'article', body: 'z'.repeat(600) });
      expect((await author.client.get(`/api/posts/${tip.id}`)).body.body).toBe('x'.repeat(500));
      expect((await author.client.patch(`/api/posts/${article.id}`, { kind: 'tip', body: 'Curt' })).body).toMatchObject({ kind: 'tip', body: 'Curt' });
      expect(await postsOf(author.id)).toBe(2);
    });

    it('gives a talk its own date and place, or those of the event or breakfast it links', async () => {
      const author = await signedIn();
      const own = await write(author, { kind: 'talk', title: 'Xerrada: factures', talk: { startsAt: '2031-03-05T19:00:00+01:00', place: 'Sala petita' } });
      expect(own.talk).toEqual({ startsAt: LATER, place: 'Sala petita', event: null, breakfast: null });

      const eventId = await event();
      const onEvent = await write(author, { kind: 'talk', title: 'Xerrada a l’esdeveniment', talk: { eventId } });
      expect(onEvent.talk).toEqual({
        startsAt: '2031-04-10T16:00:00.000Z',
        place: 'Sala gran',
        event: { id: eventId, title: 'Xerrada de dijous', startsAt: '2031-04-10T16:00:00.000Z' },
        breakfast: null,
      });

      const session = await breakfast();
      const onBreakfast = await write(author, { kind: 'talk', title: 'Xerrada al esmorzar', talk: { breakfastId: session.id, place: 'Terrassa' } });
      expect(onBreakfast.talk).toMatchObject({ place: 'Terrassa', event: null, breakfast: { id: session.id, date: session.date } });
      expect(onBreakfast.talk!.startsAt).not.toBeNull();

      // What a talk cannot link: nothing is written.
      const refusals: [Record<string, unknown>, string][] = [
        [{ eventId: randomUUID() }, 'talk.eventId'],
        [{ eventId: await event({ circle: true }) }, 'talk.eventId'],
        [{ eventId: await event({ cancelled: true }) }, 'talk.eventId'],
        [{ breakfastId: randomUUID() }, 'talk.breakfastId'],
        [{ breakfastId: (await breakfast({ cancelled: true })).id }, 'talk.breakfastId'],
      ];
      for (const [talk, path] of refusals) {
        expectError(await author.client.post('/api/posts', { kind: 'talk', title: 'No', body: 'No', talk }), 422, 'TALK_LINK_NOT_FOUND', path);
      }
      for (const body of [
        { kind: 'talk', title: 'Sense dades', body: 'x' },
        { kind: 'talk', title: 'Sense lloc', body: 'x', talk: { startsAt: LATER } },
        { kind: 'talk', title: 'Dos enllaços', body: 'x', talk: { eventId, breakfastId: session.id } },
        { kind: 'article', title: 'Article amb data', body: 'x', talk: { startsAt: LATER, place: 'Sala' } },
        { kind: 'talk', title: 'Data dolenta', body: 'x', talk: { startsAt: 'demà', place: 'Sala' } },
        { kind: 'talk', title: 'Id dolent', body: 'x', talk: { eventId: 'event-1' } },
      ]) {
        const refused = await author.client.post('/api/posts', body);
        expectError(refused, 400, 'VALIDATION_FAILED');
      }
      expect(await postsOf(author.id)).toBe(3);

      // A patch: the merged post must still fit its kind.
      expectError(await author.client.patch(`/api/posts/${own.id}`, { kind: 'article' }), 400, 'VALIDATION_FAILED', 'talk');
      const article = (await author.client.patch(`/api/posts/${own.id}`, { kind: 'article', talk: null })).body as Post;
      expect(article).toMatchObject({ kind: 'article', talk: null });
      expectError(await author.client.patch(`/api/posts/${own.id}`, { kind: 'talk' }), 400, 'VALIDATION_FAILED', 'talk');
      expectError(await author.client.patch(`/api/posts/${own.id}`, { talk: { eventId } }), 400, 'VALIDATION_FAILED', 'talk');
      expectError(await author.client.patch(`/api/posts/${onEvent.id}`, { talk: { eventId: randomUUID() } }), 422, 'TALK_LINK_NOT_FOUND', 'talk.eventId');
      const relinked = (await author.client.patch(`/api/posts/${onEvent.id}`, { talk: { breakfastId: session.id } })).body as Post;
      expect(relinked.talk).toMatchObject({ event: null, breakfast: { id: session.id }, place: 'La cuina' });
      expect(relinked.editedAt).not.toBeNull();
      const [stored] = await t.dataSource.query(`SELECT talk_event_id, talk_breakfast_id FROM posts WHERE id = $1`, [onEvent.id]);
      expect(stored).toEqual({ talk_event_id: null, talk_breakfast_id: session.id });
    });

    it('refuses bad input with a 4xx error body and writes nothing', async () => {
      const author = await signedIn();
      const valid = { kind: 'article', title: 'Bon títol', body: 'Un cos' };
      for (const body of [
        {},
        { ...valid, kind: 'poem' },
        { ...valid, title: '' },
        { ...valid, title: 'x'.repeat(151) },
        { ...valid, body: '   ' },
        { ...valid, status: 'hidden' },
        { ...valid, authorId: randomUUID() },
        { ...valid, publishedAt: LATER },
        { ...valid, tags: Array.from({ length: 9 }, (_, index) => `tag${index}`) },
        { ...valid, tags: ['x'.repeat(31)] },
        { ...valid, tags: 'disseny' },
        { ...valid, title: 42 },
        'not json',
      ]) {
        const refused = await author.client.post('/api/posts', body);
        expect(refused.status).toBe(400);
        expect(refused.body.error.code).toBe('VALIDATION_FAILED');
      }
      expect(await postsOf(author.id)).toBe(0);
      const post = await write(author);
      for (const patch of [{}, { status: 'hidden' }, { title: '' }, { authorId: randomUUID() }, { hiddenReason: 'x' }]) {
        expectError(await author.client.patch(`/api/posts/${post.id}`, patch), 400, 'VALIDATION_FAILED');
      }
      expect((await author.client.get(`/api/posts/${post.id}`)).body.title).toBe(post.title);
      for (const path of ['/api/posts/not-a-uuid', '/api/posts?kind=poem', '/api/posts?limit=0', '/api/posts?limit=101', '/api/posts?author=me', '/api/posts?drafts=yes', '/api/posts?cursor=nonsense', '/api/posts?colour=red', `/api/posts?q=${'x'.repeat(101)}`, '/api/posts/tags?limit=51']) {
        expectError(await author.client.get(path), 400, 'VALIDATION_FAILED');
      }
      const forged = Buffer.from(JSON.stringify(['yesterday', 'someone'])).toString('base64url');
      expectError(await author.client.get(`/api/posts?cursor=${forged}`), 400, 'VALIDATION_FAILED', 'cursor');
    });
  });

  describe('moderation', () => {
    it('lets the manager hide a post with a reason its author reads; others no longer find it', async () => {
      const author = await signedIn();
      const reader = await signedIn();
      const post = await write(author, { title: 'Oferta exclusiva de criptomonedes', tags: ['Moderació'] });
      expectError(await author.client.put(`/api/posts/${post.id}/moderation`, { hiddenReason: 'Meu' }), 403, 'FORBIDDEN');
      expectError(await reader.client.put(`/api/posts/${post.id}/moderation`, { hiddenReason: 'Spam' }), 403, 'FORBIDDEN');
      for (const body of [{}, { hiddenReason: '' }, { hiddenReason: 'x'.repeat(501) }, { hiddenReason: null, extra: 1 }]) {
        expectError(await manager.client.put(`/api/posts/${post.id}/moderation`, body), 400, 'VALIDATION_FAILED');
      }

      const hidden = await manager.client.put(`/api/posts/${post.id}/moderation`, { hiddenReason: 'Publicitat no demanada' });
      expect(hidden.status).toBe(200);
      expect(hidden.body.hidden).toEqual({ reason: 'Publicitat no demanada', at: expect.any(String) });

      expectError(await reader.client.get(`/api/posts/${post.id}`), 404, 'POST_NOT_FOUND');
      expectError(await reader.client.get(`/api/posts/${post.id}/comments`), 404, 'POST_NOT_FOUND');
      expect(ids(await reader.client.get(`/api/posts?author=${author.id}`))).toEqual([]);
      expect(ids(await reader.client.get('/api/posts?q=criptomonedes'))).toEqual([]);
      expect((await reader.client.get('/api/search?q=criptomonedes')).body.posts).toEqual([]);
      expect((await reader.client.get('/api/posts/tags?q=moderacio')).body.items).toEqual([]);

      const seenByAuthor = await author.client.get(`/api/posts/${post.id}`);
      expect(seenByAuthor.body.hidden).toEqual({ reason: 'Publicitat no demanada', at: hidden.body.hidden.at });
      const authorFeed = (await author.client.get(`/api/posts?author=${author.id}`)).body.items as PostSummary[];
      expect(authorFeed.map((item) => [item.id, item.hidden?.reason])).toEqual([[post.id, 'Publicitat no demanada']]);
      expect(ids(await author.client.get('/api/posts?q=criptomonedes'))).toEqual([post.id]);
      expect(ids(await manager.client.get(`/api/posts?author=${author.id}`))).toEqual([post.id]);
      expect((await manager.client.get('/api/search?q=criptomonedes')).body.posts.map((item: PostSummary) => item.id)).toEqual([post.id]);

      const shown = await manager.client.put(`/api/posts/${post.id}/moderation`, { hiddenReason: null });
      expect(shown.body.hidden).toBeNull();
      expect((await reader.client.get(`/api/posts/${post.id}`)).status).toBe(200);
      expect(ids(await reader.client.get('/api/posts?q=criptomonedes'))).toEqual([post.id]);

      // The manager does not see, so cannot moderate, someone's draft.
      const draft = await write(author, { status: 'draft' });
      expectError(await manager.client.put(`/api/posts/${draft.id}/moderation`, { hiddenReason: 'x' }), 404, 'POST_NOT_FOUND');
      expectError(await manager.client.put(`/api/posts/${randomUUID()}/moderation`, { hiddenReason: 'x' }), 404, 'POST_NOT_FOUND');
    });
  });

  describe('the feed', () => {
    it('never shows a draft to anyone but its author, who lists theirs apart', async () => {
      const author = await signedIn();
      const reader = await signedIn();
      const published = await write(author, { title: 'Publicat' });
      const first = await write(author, { status: 'draft', title: 'Esborrany sobre aquarel·la' });
      const second = await write(author, { status: 'draft', kind: 'tip', title: 'Esborrany curt' });
      await reader.client.post('/api/posts', { kind: 'article', title: 'Un altre esborrany', body: 'x', status: 'draft' });

      expect(ids(await author.client.get(`/api/posts?author=${author.id}`))).toEqual([published.id]);
      expect(ids(await reader.client.get(`/api/posts?author=${author.id}`))).toEqual([published.id]);
      expect(ids(await author.client.get('/api/posts?drafts=true'))).toEqual([second.id, first.id]);
      expect(ids(await author.client.get('/api/posts?drafts=true&kind=tip'))).toEqual([second.id]);
      expect(ids(await author.client.get('/api/posts?drafts=true&q=aquarella'))).toEqual([first.id]);
      expect(ids(await author.client.get(`/api/posts?drafts=true&author=${reader.id}`))).toEqual([]);
      expect(ids(await author.client.get('/api/posts?drafts=false&q=aquarella'))).toEqual([]);
      expect(ids(await manager.client.get('/api/posts?q=aquarella'))).toEqual([]);
      expect((await reader.client.get('/api/search?q=aquarella')).body.posts).toEqual([]);
      // Touching the older draft brings it first.
      await author.client.patch(`/api/posts/${first.id}`, { body: 'Nou cos' });
      expect(ids(await author.client.get('/api/posts?drafts=true'))).toEqual([first.id, second.id]);
      const paged = await author.client.get('/api/posts?drafts=true&limit=1');
      expect(ids(paged)).toEqual([first.id]);
      expect(ids(await author.client.get(`/api/posts?drafts=true&limit=1&cursor=${paged.body.nextCursor}`))).toEqual([second.id]);
    });

    it('filters by kind, by tag whatever its case and accents, and by author; newest first', async () => {
      const jordi = await signedIn();
      const laia = await signedIn();
      const article = await write(jordi, { tags: ['Fiscalitat Pràctica', 'IVA'] });
      const tip = await write(jordi, { kind: 'tip', title: 'Recorda el model 303', body: 'Abans del dia 20.', tags: ['iva'] });
      const other = await write(laia, { kind: 'tip', title: 'Factura electrònica', body: 'Ja és obligatòria.', tags: ['fiscalitat practica'] });

      expect(ids(await laia.client.get(`/api/posts?author=${jordi.id}`))).toEqual([tip.id, article.id]);
      expect(ids(await laia.client.get(`/api/posts?author=${jordi.id}&kind=tip`))).toEqual([tip.id]);
      for (const tag of ['fiscalitat pràctica', 'FISCALITAT PRACTICA', ' Fiscalitat   Practica ']) {
        expect(ids(await laia.client.get(`/api/posts?tag=${encodeURIComponent(tag)}`))).toEqual([other.id, article.id]);
      }
      expect(ids(await laia.client.get(`/api/posts?tag=fiscalitat&author=${jordi.id}`))).toEqual([]);
      expect(ids(await laia.client.get(`/api/posts?tag=IVA&author=${jordi.id}`))).toEqual([tip.id, article.id]);
      expect(ids(await laia.client.get(`/api/posts?tag=iva&kind=article&author=${jordi.id}`))).toEqual([article.id]);
      expect(ids(await laia.client.get(`/api/posts?kind=tip&tag=${encodeURIComponent('Fiscalitat pràctica')}`))).toEqual([other.id]);

      const summary = (await laia.client.get(`/api/posts?author=${laia.id}`)).body.items[0];
      expect(Object.keys(summary).sort()).toEqual([...POST_KEYS.filter((key) => key !== 'body'), 'excerpt', 'truncated'].sort());
      expect(summary).toMatchObject({ excerpt: 'Ja és obligatòria.', truncated: false, author: { id: laia.id } });
    });

    it('shows each item with its excerpt, counts and the reader’s mark, in a constant number of statements', async () => {
      const author = await signedIn();
      const fan = await signedIn();
      const long = `${'Paraula '.repeat(60)}final.`;
      const post = await write(author, { body: long });
      await fan.client.put(`/api/posts/${post.id}/useful`);
      const first = (await fan.client.post(`/api/posts/${post.id}/comments`, { body: 'Primer' })).body;
      await fan.client.post(`/api/posts/${post.id}/comments`, { body: 'Resposta', parentId: first.id });
      const hiddenComment = (await fan.client.post(`/api/posts/${post.id}/comments`, { body: 'Amagat' })).body;
      await manager.client.put(`/api/comments/${hiddenComment.id}/moderation`, { hiddenReason: 'Fora de to' });

      const [item] = (await fan.client.get(`/api/posts?author=${author.id}`)).body.items as PostSummary[];
      expect(item).toMatchObject({ usefulCount: 1, markedUseful: true, commentCount: 2, truncated: true });
      expect(item!.excerpt.endsWith('Paraula…')).toBe(true);
      expect(item!.excerpt.length).toBeLessThanOrEqual(280);
      expect(long.startsWith(item!.excerpt.slice(0, -1))).toBe(true);
      const [seenByAuthor] = (await author.client.get(`/api/posts?author=${author.id}`)).body.items as PostSummary[];
      expect(seenByAuthor).toMatchObject({ usefulCount: 1, markedUseful: false });
      expect((await fan.client.get(`/api/posts/${post.id}`)).body).toMatchObject({ body: long, usefulCount: 1, markedUseful: true, commentCount: 2 });

      // No statement per item: a page of one and a page of four cost the same.
      for (let index = 0; index < 3; index++) {
        const more = await write(author, { title: `Més ${index}`, body: `Paraula ${index}` });
        await fan.client.put(`/api/posts/${more.id}/useful`);
        await fan.client.post(`/api/posts/${more.id}/comments`, { body: 'Bé' });
      }
      const statements = async (path: string) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          const response = await fan.client.get(path);
          expect(response.status).toBe(200);
          return { items: response.body.items?.length ?? response.body.posts.length, statements: spy.mock.calls.length };
        } finally {
          spy.mockRestore();
        }
      };
      const one = await statements(`/api/posts?author=${author.id}&limit=1`);
      const four = await statements(`/api/posts?author=${author.id}&limit=4`);
      expect([one.items, four.items]).toEqual([1, 4]);
      // The session's statement and the page's.
      expect(one.statements).toBe(2);
      expect(four.statements).toBe(one.statements);
      const rankedOne = await statements(`/api/posts?q=paraula&author=${author.id}&limit=1`);
      const rankedFour = await statements(`/api/posts?q=paraula&author=${author.id}&limit=4`);
      expect([rankedOne.items, rankedFour.items]).toEqual([1, 4]);
      expect(rankedFour.statements).toBe(rankedOne.statements);
      const commentsOne = await statements(`/api/posts/${post.id}/comments?limit=1`);
      const commentsThree = await statements(`/api/posts/${post.id}/comments?limit=3`);
      expect([commentsOne.items, commentsThree.items]).toEqual([1, 3]);
      expect(commentsThree.statements).toBe(commentsOne.statements);
    });

    it('pages newest first with an opaque cursor, without gaps or repeats, even for posts published at the same instant', async () => {
      const author = await signedIn();
      const reader = await signedIn();
      const written: string[] = [];
      for (let index = 0; index < 5; index++) written.push((await write(author, { title: `Entrada ${index}` })).id);
      // Two published (long ago) at the very same microsecond: the id decides.
      await t.dataSource.query(`UPDATE posts SET published_at = '2020-01-01T10:00:00.123456Z' WHERE id = ANY($1::uuid[])`, [written.slice(1, 3)]);
      const all = ids(await reader.client.get(`/api/posts?author=${author.id}&limit=100`));
      expect(new Set(all)).toEqual(new Set(written));
      expect(all.slice(0, 3)).toEqual([written[4], written[3], written[0]]);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: TestResponse = await reader.client.get(`/api/posts?author=${author.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        seen.push(...ids(page));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      // A ranked page's cursor means nothing to the newest-first feed, and the other way round.
      const ranked = (await reader.client.get('/api/posts?q=entrada&limit=1')).body.nextCursor as string;
      expectError(await reader.client.get(`/api/posts?cursor=${ranked}`), 400, 'VALIDATION_FAILED', 'cursor');
      const keyset = (await reader.client.get(`/api/posts?author=${author.id}&limit=1`)).body.nextCursor as string;
      expectError(await reader.client.get(`/api/posts?q=entrada&cursor=${keyset}`), 400, 'VALIDATION_FAILED', 'cursor');
    });
  });

  describe('search', () => {
    let catalan: Post;
    let spanish: Post;
    let english: Post;
    let reader: Person;

    beforeAll(async () => {
      const author = await signedIn();
      reader = await signedIn();
      catalan = await write(author, {
        title: 'Com preparar la declaració trimestral',
        body: 'El model 303 i el 130, pas a pas, per a autònoms.',
        tags: ['Hisenda'],
      });
      spanish = await write(author, {
        kind: 'tip',
        title: 'Cómo elegir una tipografía para tu marca',
        body: 'Menos es más: dos familias como mucho.',
        tags: ['Diseño'],
      });
      english = await write(author, {
        title: 'Writing a landing page that converts',
        body: 'Start with the problem, not with the product. Then one clear call to action.',
        tags: ['Copywriting'],
      });
      await write(author, { title: 'Notes soltes', body: 'Una mica de tot: tipografia, declaració, landing.' });
    });

    it.each<[q: string, language: 'ca' | 'es' | 'en', why: string]>([
      ['declaracio trimestral', 'ca', 'without accents'],
      ['DECLARACIÓ', 'ca', 'upper case'],
      ['declara', 'ca', 'a prefix'],
      ['tipografía', 'es', 'with its accent'],
      ['tipografia marca', 'es', 'two words without accents'],
      ['landing page', 'en', 'two words'],
      ['converts', 'en', 'a word of the body'],
    ])('finds «%s» (%s, %s) first', async (q, language) => {
      const response = await reader.client.get(`/api/posts?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(response.body.items[0].id).toBe({ ca: catalan, es: spanish, en: english }[language].id);
    });

    it('ranks a title above a mention in a body, and joins /api/search', async () => {
      const ranked = ids(await reader.client.get('/api/posts?q=tipografia'));
      expect(ranked[0]).toBe(spanish.id);
      expect(ranked).toHaveLength(2);
      const search = await reader.client.get('/api/search?q=tipografia&limit=1');
      expect(search.body.posts).toHaveLength(1);
      expect(search.body.posts[0]).toMatchObject({ id: spanish.id, kind: 'tip', excerpt: 'Menos es más: dos familias como mucho.', truncated: false });
      expect(ids(await reader.client.get('/api/posts?q=hisenda'))).toEqual([catalan.id]);
      expect(ids(await reader.client.get(`/api/posts?q=tipografia&kind=tip`))).toEqual([spanish.id]);
    });

    it('answers an empty page to a query without words, and pages ranked results by offset', async () => {
      expect(await reader.client.get('/api/posts?q=%21%21%21')).toMatchObject({ status: 200, body: { items: [], nextCursor: null } });
      const all = ids(await reader.client.get('/api/posts?q=tipografia'));
      const first = await reader.client.get('/api/posts?q=tipografia&limit=1');
      expect(ids(first)).toEqual([all[0]]);
      const second = await reader.client.get(`/api/posts?q=tipografia&limit=1&cursor=${first.body.nextCursor}`);
      expect(ids(second)).toEqual([all[1]]);
      expect(second.body.nextCursor).toBeNull();
    });
  });

  describe('tag suggestions', () => {
    it('suggests the most used tags of visible posts, folded, by prefix', async () => {
      const author = await signedIn();
      const reader = await signedIn();
      await write(author, { tags: ['Ceràmica', 'Torn'] });
      await write(author, { tags: ['ceramica'] });
      await write(author, { tags: ['Ceràmica', 'Cera natural'] });
      await write(author, { tags: ['Cerveses'] });
      await write(author, { tags: ['Cerveses artesanes'], status: 'draft' });
      const hidden = await write(author, { tags: ['Cerveses artesanes'] });
      await manager.client.put(`/api/posts/${hidden.id}/moderation`, { hiddenReason: 'Duplicat' });

      const suggestions = await reader.client.get('/api/posts/tags?q=CER');
      expect(suggestions.status).toBe(200);
      expect(suggestions.body).toEqual({
        items: [
          { tag: 'Ceràmica', count: 3 },
          { tag: 'Cera natural', count: 1 },
          { tag: 'Cerveses', count: 1 },
        ],
        nextCursor: null,
      });
      expect((await reader.client.get('/api/posts/tags?q=ceram')).body.items).toEqual([{ tag: 'Ceràmica', count: 3 }]);
      expect((await reader.client.get('/api/posts/tags?q=cer&limit=1')).body.items).toEqual([{ tag: 'Ceràmica', count: 3 }]);
      expect((await reader.client.get('/api/posts/tags?q=cer%25')).body.items).toEqual([]);
      const everything = (await reader.client.get('/api/posts/tags?limit=50')).body.items as { tag: string; count: number }[];
      expect(everything.map((item) => item.tag)).toEqual(expect.arrayContaining(['Ceràmica', 'Torn']));
      expect(everything.map((item) => item.count)).toEqual([...everything.map((item) => item.count)].sort((a, b) => b - a));
    });
  });
});

describe('the demo community’s posts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has a dozen posts of every kind in three languages, a talk at the next breakfast, a conversation and useful marks', async () => {
    expect(await seedDemo(t.dataSource)).toBe(true);
    const client = t.client();
    await client.signIn(DEMO_MANAGER_EMAIL, DEMO_PASSWORD);
    const feed = await client.get('/api/posts?limit=100');
    expect(feed.status).toBe(200);
    const items = feed.body.items as PostSummary[];
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set(['article', 'tip', 'talk']));
    expect(items.map((item) => item.publishedAt)).toEqual([...items.map((item) => item.publishedAt)].sort().reverse());
    expect(new Set(items.map((item) => item.author.id)).size).toBeGreaterThanOrEqual(10);
    expect(items.every((item) => item.tags.length > 0)).toBe(true);
    expect(items.filter((item) => item.usefulCount > 0).length).toBeGreaterThanOrEqual(10);

    const [nextBreakfast] = await t.dataSource.query(
      `SELECT id, date::text AS date FROM breakfast_sessions WHERE date > current_date AND NOT cancelled ORDER BY date LIMIT 1`,
    );
    const atBreakfast = items.find((item) => item.talk?.breakfast);
    expect(atBreakfast!.talk).toMatchObject({ breakfast: nextBreakfast, place: 'La cuina, planta baixa' });
    expect(items.some((item) => item.talk && !item.talk.breakfast && item.talk.place && item.talk.startsAt)).toBe(true);

    const contract = (await client.get(`/api/posts?q=${encodeURIComponent('clausules contracte')}`)).body.items[0] as PostSummary;
    expect(contract).toMatchObject({ title: 'Cinc clàusules que no poden faltar en un contracte de serveis', commentCount: 3, truncated: true });
    const thread = (await client.get(`/api/posts/${contract.id}/comments`)).body.items as { id: string; parentId: string | null }[];
    expect(thread).toHaveLength(3);
    expect(thread[1]!.parentId).toBe(thread[0]!.id);
    expect((await client.get('/api/search?q=seo%20local')).body.posts[0].title).toBe('SEO local para negocios de barrio: lo que de verdad funciona');
    expect((await client.get('/api/search?q=subject%20line')).body.posts[0].title).toBe('Write the subject line last');
    // The draft is its author's only.
    expect((await client.get('/api/posts?q=borrador')).body.items).toEqual([]);
    const [{ drafts }] = await t.dataSource.query(`SELECT count(*)::int AS drafts FROM posts WHERE status = 'draft'`);
    expect(drafts).toBe(1);
    expect((await client.get('/api/posts/tags?q=copy')).body.items).toEqual([{ tag: 'Copywriting', count: 2 }]);
  });
});
