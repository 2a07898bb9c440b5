import { randomUUID } from 'node:crypto';
import type { Comment, Post } from '@tertulia/domain';
import type { MemberOverrides } from './factories/member.factory';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestResponse } from './utils/test-client';

describe('comments and «useful» marks on posts', () => {
  let t: TestApp;
  let manager: Person;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedIn({ role: 'manager' });
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  async function write(person: Person, body: Record<string, unknown> = {}): Promise<Post> {
    const response = await person.client.post('/api/posts', { kind: 'tip', title: 'Un consell', body: 'Desa els tiquets cada setmana.', ...body });
    expect(response.status).toBe(201);
    return response.body as Post;
  }

  async function comment(person: Person, postId: string, body: string, parentId?: string): Promise<Comment> {
    const response = await person.client.post(`/api/posts/${postId}/comments`, { body, ...(parentId ? { parentId } : {}) });
    expect(response.status).toBe(201);
    return response.body as Comment;
  }

  async function commentsOf(postId: string): Promise<number> {
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM post_comments WHERE post_id = $1`, [postId]);
    return count;
  }

  const bodies = (response: TestResponse) => (response.body.items as Comment[]).map((item) => item.body);

  function expectError(response: TestResponse, status: number, code: string, path?: string) {
    expect({ status: response.status, code: response.body?.error?.code }).toEqual({ status, code });
    if (path !== undefined) expect(response.body.error.details.map((detail: { path?: string }) => detail.path)).toContain(path);
  }

  describe('comments', () => {
    it('answers a comment one level deep, lists the thread oldest first and pages it', async () => {
      const author = await signedIn();
      const anna = await signedIn({ displayName: 'Anna Serra', headline: 'Traductora' });
      const pau = await signedIn();
      const post = await write(author);

      const first = await comment(anna, post.id, '  Molt bo!  ');
      expect(Object.keys(first).sort()).toEqual(['author', 'body', 'createdAt', 'editedAt', 'hidden', 'id', 'parentId', 'postId'].sort());
      expect(first).toMatchObject({
        postId: post.id,
        parentId: null,
        author: { id: anna.id, displayName: 'Anna Serra', headline: 'Traductora', photoUrl: null, businessName: null },
        body: 'Molt bo!',
        hidden: null,
        editedAt: null,
      });
      const reply = await comment(author, post.id, 'Gràcies!', first.id);
      expect(reply.parentId).toBe(first.id);
      const second = await comment(pau, post.id, 'Jo ho faig cada mes.');

      const tooDeep = await pau.client.post(`/api/posts/${post.id}/comments`, { body: 'I jo?', parentId: reply.id });
      expectError(tooDeep, 422, 'REPLY_TOO_DEEP', 'parentId');
      const elsewhere = await comment(pau, (await write(author)).id, 'En un altre lloc');
      expectError(await pau.client.post(`/api/posts/${post.id}/comments`, { body: 'x', parentId: elsewhere.id }), 422, 'COMMENT_NOT_FOUND', 'parentId');
      expectError(await pau.client.post(`/api/posts/${post.id}/comments`, { body: 'x', parentId: randomUUID() }), 422, 'COMMENT_NOT_FOUND', 'parentId');
      expect(await commentsOf(post.id)).toBe(3);

      const thread = await pau.client.get(`/api/posts/${post.id}/comments`);
      expect(thread.status).toBe(200);
      expect((thread.body.items as Comment[]).map((item) => item.id)).toEqual([first.id, reply.id, second.id]);
      expect(thread.body.nextCursor).toBeNull();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: TestResponse = await pau.client.get(`/api/posts/${post.id}/comments?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...(page.body.items as Comment[]).map((item) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([first.id, reply.id, second.id]);
      expect((await pau.client.get(`/api/posts/${post.id}`)).body.commentCount).toBe(3);
    });

    it('refuses comments on a draft, and shows none of an invisible post', async () => {
      const author = await signedIn();
      const reader = await signedIn();
      const draft = await write(author, { status: 'draft' });
      expectError(await author.client.post(`/api/posts/${draft.id}/comments`, { body: 'Nota per a mi' }), 422, 'POST_NOT_PUBLISHED');
      expectError(await reader.client.post(`/api/posts/${draft.id}/comments`, { body: 'Hola' }), 404, 'POST_NOT_FOUND');
      expectError(await manager.client.post(`/api/posts/${draft.id}/comments`, { body: 'Hola' }), 404, 'POST_NOT_FOUND');
      expectError(await reader.client.get(`/api/posts/${draft.id}/comments`), 404, 'POST_NOT_FOUND');
      expect((await author.client.get(`/api/posts/${draft.id}/comments`)).body).toEqual({ items: [], nextCursor: null });
      expectError(await reader.client.get(`/api/posts/${randomUUID()}/comments`), 404, 'POST_NOT_FOUND');
      expect(await commentsOf(draft.id)).toBe(0);

      // A comment whose post went back to draft is out of reach for everyone else.
      const post = await write(author);
      const said = await comment(reader, post.id, 'Abans que el despubliquessin');
      await author.client.patch(`/api/posts/${post.id}`, { status: 'draft' });
      expectError(await reader.client.patch(`/api/comments/${said.id}`, { body: 'Canvi' }), 404, 'COMMENT_NOT_FOUND');
      expectError(await reader.client.delete(`/api/comments/${said.id}`), 404, 'COMMENT_NOT_FOUND');
    });

    it('lets only its author edit (marked edited) or delete a comment, with its replies', async () => {
      const author = await signedIn();
      const commenter = await signedIn();
      const other = await signedIn();
      const post = await write(author);
      const said = await comment(commenter, post.id, 'Primera versió');
      const answer = await comment(other, post.id, 'Resposta', said.id);

      const edited = await commenter.client.patch(`/api/comments/${said.id}`, { body: 'Segona versió' });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ id: said.id, body: 'Segona versió', parentId: null });
      expect(edited.body.editedAt).not.toBeNull();
      for (const someone of [author, other, manager]) {
        expectError(await someone.client.patch(`/api/comments/${said.id}`, { body: 'Meu' }), 403, 'FORBIDDEN');
        expectError(await someone.client.delete(`/api/comments/${said.id}`), 403, 'FORBIDDEN');
      }
      for (const body of [{}, { body: '' }, { body: '   ' }, { body: 'x'.repeat(3001) }, { body: 'ok', parentId: null }]) {
        expectError(await commenter.client.patch(`/api/comments/${said.id}`, body), 400, 'VALIDATION_FAILED');
      }
      expectError(await commenter.client.patch(`/api/comments/${randomUUID()}`, { body: 'x' }), 404, 'COMMENT_NOT_FOUND');
      expectError(await commenter.client.patch('/api/comments/not-an-id', { body: 'x' }), 400, 'VALIDATION_FAILED');
      expect(bodies(await other.client.get(`/api/posts/${post.id}/comments`))).toEqual(['Segona versió', 'Resposta']);

      expect((await other.client.delete(`/api/comments/${answer.id}`)).status).toBe(204);
      await comment(other, post.id, 'Resposta nova', said.id);
      expect((await commenter.client.delete(`/api/comments/${said.id}`)).status).toBe(204);
      expect(await commentsOf(post.id)).toBe(0);
      expectError(await commenter.client.delete(`/api/comments/${said.id}`), 404, 'COMMENT_NOT_FOUND');
    });

    it('refuses bad comments with a 400 and writes nothing', async () => {
      const author = await signedIn();
      const post = await write(author);
      for (const body of [{}, { body: '' }, { body: 'x'.repeat(3001) }, { body: 'ok', parentId: 'first' }, { body: 'ok', authorId: randomUUID() }, { body: 7 }, 'text']) {
        expectError(await author.client.post(`/api/posts/${post.id}/comments`, body), 400, 'VALIDATION_FAILED');
      }
      expectError(await author.client.get(`/api/posts/${post.id}/comments?cursor=zzz`), 400, 'VALIDATION_FAILED');
      expectError(await author.client.get(`/api/posts/${post.id}/comments?limit=500`), 400, 'VALIDATION_FAILED');
      expect(await commentsOf(post.id)).toBe(0);
      expect((await author.client.post(`/api/posts/${post.id}/comments`, { body: 'x'.repeat(3000) })).status).toBe(201);
    });

    it('keeps a hidden comment in its place, without its body for anyone but its author and the manager', async () => {
      const author = await signedIn();
      const rude = await signedIn();
      const reader = await signedIn();
      const post = await write(author);
      const first = await comment(reader, post.id, 'Bon consell');
      const hidden = await comment(rude, post.id, 'Un insult');
      await comment(reader, post.id, 'Ho provaré');

      expectError(await reader.client.put(`/api/comments/${hidden.id}/moderation`, { hiddenReason: 'Insult' }), 403, 'FORBIDDEN');
      const moderated = await manager.client.put(`/api/comments/${hidden.id}/moderation`, { hiddenReason: 'To ofensiu' });
      expect(moderated.status).toBe(200);
      expect(moderated.body).toMatchObject({ body: 'Un insult', hidden: { reason: 'To ofensiu' } });

      const forOthers = (await reader.client.get(`/api/posts/${post.id}/comments`)).body.items as Comment[];
      expect(forOthers.map((item) => [item.id === hidden.id, item.body, item.hidden])).toEqual([
        [false, 'Bon consell', null],
        [true, null, null],
        [false, 'Ho provaré', null],
      ]);
      expect(bodies(await author.client.get(`/api/posts/${post.id}/comments`))).toEqual(['Bon consell', null, 'Ho provaré']);
      const forRude = (await rude.client.get(`/api/posts/${post.id}/comments`)).body.items as Comment[];
      expect(forRude[1]).toMatchObject({ body: 'Un insult', hidden: { reason: 'To ofensiu', at: expect.any(String) } });
      expect(bodies(await manager.client.get(`/api/posts/${post.id}/comments`))).toEqual(['Bon consell', 'Un insult', 'Ho provaré']);
      expect((await reader.client.get(`/api/posts/${post.id}`)).body.commentCount).toBe(2);
      // Someone else editing it still learns it is not theirs; its author may still reword it.
      expectError(await reader.client.patch(`/api/comments/${hidden.id}`, { body: 'x' }), 403, 'FORBIDDEN');
      expect((await rude.client.patch(`/api/comments/${hidden.id}`, { body: 'Perdó' })).body).toMatchObject({ body: 'Perdó', hidden: { reason: 'To ofensiu' } });
      // A reply to a comment hidden later stays where it was.
      expect((await reader.client.post(`/api/posts/${post.id}/comments`, { body: 'Resposta', parentId: first.id })).status).toBe(201);

      const shown = await manager.client.put(`/api/comments/${hidden.id}/moderation`, { hiddenReason: null });
      expect(shown.body.hidden).toBeNull();
      expect(bodies(await reader.client.get(`/api/posts/${post.id}/comments`))).toContain('Perdó');
      for (const body of [{}, { hiddenReason: '' }]) {
        expectError(await manager.client.put(`/api/comments/${hidden.id}/moderation`, body), 400, 'VALIDATION_FAILED');
      }
      expectError(await manager.client.put(`/api/comments/${randomUUID()}/moderation`, { hiddenReason: 'x' }), 404, 'COMMENT_NOT_FOUND');
    });
  });

  describe('useful', () => {
    it('counts each member once, and tells the reader whether they marked it', async () => {
      const author = await signedIn();
      const first = await signedIn();
      const second = await signedIn();
      const post = await write(author);

      expect(await first.client.put(`/api/posts/${post.id}/useful`)).toMatchObject({ status: 200, body: { usefulCount: 1, markedUseful: true } });
      expect((await first.client.put(`/api/posts/${post.id}/useful`)).body).toEqual({ usefulCount: 1, markedUseful: true });
      expect((await second.client.put(`/api/posts/${post.id}/useful`)).body).toEqual({ usefulCount: 2, markedUseful: true });
      expect((await first.client.get(`/api/posts/${post.id}`)).body).toMatchObject({ usefulCount: 2, markedUseful: true });
      expect((await author.client.get(`/api/posts/${post.id}`)).body).toMatchObject({ usefulCount: 2, markedUseful: false });

      expect((await first.client.delete(`/api/posts/${post.id}/useful`)).body).toEqual({ usefulCount: 1, markedUseful: false });
      expect((await first.client.delete(`/api/posts/${post.id}/useful`)).body).toEqual({ usefulCount: 1, markedUseful: false });
      expect((await first.client.get(`/api/posts/${post.id}`)).body).toMatchObject({ usefulCount: 1, markedUseful: false });
    });

    it('refuses one’s own post, a draft and a post one cannot see', async () => {
      const author = await signedIn();
      const reader = await signedIn();
      const post = await write(author);
      expectError(await author.client.put(`/api/posts/${post.id}/useful`), 422, 'OWN_POST_USEFUL');
      expectError(await author.client.delete(`/api/posts/${post.id}/useful`), 422, 'OWN_POST_USEFUL');
      const draft = await write(author, { status: 'draft' });
      expectError(await author.client.put(`/api/posts/${draft.id}/useful`), 422, 'POST_NOT_PUBLISHED');
      expectError(await reader.client.put(`/api/posts/${draft.id}/useful`), 404, 'POST_NOT_FOUND');
      await manager.client.put(`/api/posts/${post.id}/moderation`, { hiddenReason: 'Revisant' });
      expectError(await reader.client.put(`/api/posts/${post.id}/useful`), 404, 'POST_NOT_FOUND');
      expectError(await reader.client.put(`/api/posts/${randomUUID()}/useful`), 404, 'POST_NOT_FOUND');
      expectError(await reader.client.put('/api/posts/nope/useful'), 400, 'VALIDATION_FAILED');
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM post_useful WHERE post_id = ANY($1::uuid[])`, [[post.id, draft.id]]);
      expect(count).toBe(0);
    });

    it('counts parallel marks from the same member once, and from many members each once', async () => {
      const author = await signedIn();
      const eager = await signedIn();
      const post = await write(author);
      const answers = await Promise.all(Array.from({ length: 10 }, () => eager.client.put(`/api/posts/${post.id}/useful`)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
      expect(answers.every((answer) => answer.body.markedUseful === true)).toBe(true);
      const crowd = await Promise.all(Array.from({ length: 6 }, () => signedIn()));
      const marks = await Promise.all(crowd.flatMap((person) => [person.client.put(`/api/posts/${post.id}/useful`), person.client.put(`/api/posts/${post.id}/useful`)]));
      expect(marks.map((answer) => answer.status)).toEqual(Array(12).fill(200));
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM post_useful WHERE post_id = $1`, [post.id]);
      expect(count).toBe(7);
      expect((await eager.client.get(`/api/posts/${post.id}`)).body.usefulCount).toBe(7);
    });
  });
});
