import type { Post } from '@tertulia/domain';
import type { MemberOverrides } from './factories/member.factory';
import { inbox, type Told } from './utils/inbox';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

describe('notifications: posts', () => {
  let t: TestApp;
  let manager: Person;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedIn({ role: 'manager', displayName: 'Montse Gestora' });
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  async function write(person: Person, body: Record<string, unknown> = {}): Promise<Post> {
    const response = await person.client.post('/api/posts', { kind: 'article', title: 'El primer pressupost', body: 'Tres coses.', ...body });
    expect(response.status).toBe(201);
    return response.body as Post;
  }

  async function comment(person: Person, postId: string, body: Record<string, unknown> = {}): Promise<string> {
    const response = await person.client.post(`/api/posts/${postId}/comments`, { body: 'Molt útil!', ...body });
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body.id as string;
  }

  const commented = (commenterName: string, post: Post): Told => ({
    kind: 'post_commented',
    data: { commenterName, postTitle: post.title },
    link: `/knowledge/${post.id}`,
  });
  /** The manager is shared by the tests: only what concerns this post. */
  const inboxAbout = async (client: TestClient, postId: string) => (await inbox(client)).filter((told) => told.link === `/knowledge/${postId}`);

  it('post_commented: the post’s author is told of each comment by someone else, never the commenter, nor the readers; their own comment tells nobody', async () => {
    const author = await signedIn({ displayName: 'Pau Serra' });
    const [commenter, reader] = [await signedIn({ displayName: 'Clara Roig' }), await signedIn()];
    const post = await write(author);

    await comment(commenter, post.id);
    expect(await inbox(author.client)).toEqual([commented('Clara Roig', post)]);
    expect(await inbox(commenter.client)).toEqual([]);
    expect(await inbox(reader.client)).toEqual([]);

    await comment(author, post.id, { body: 'Gràcies!' });
    expect(await inbox(author.client)).toEqual([commented('Clara Roig', post)]);
    expect(await inbox(commenter.client)).toEqual([]);
  });

  it('post_commented: a reply tells the post’s author and the author of the comment it answers, each once, never its writer', async () => {
    const author = await signedIn({ displayName: 'Pau Serra' });
    const [first, replier] = [await signedIn({ displayName: 'Clara Roig' }), await signedIn({ displayName: 'Jordi Mas' })];
    const post = await write(author, { title: 'Factures i IVA' });
    const firstComment = await comment(first, post.id);

    await comment(replier, post.id, { parentId: firstComment, body: 'I tant!' });
    expect(await inbox(author.client)).toEqual([commented('Clara Roig', post), commented('Jordi Mas', post)]);
    expect(await inbox(first.client)).toEqual([commented('Jordi Mas', post)]);
    expect(await inbox(replier.client)).toEqual([]);

    // The author answers a comment: its writer is told, the author is not.
    await comment(author, post.id, { parentId: firstComment, body: 'Gràcies' });
    expect(await inbox(first.client)).toEqual([commented('Jordi Mas', post), commented('Pau Serra', post)]);
    expect(await inbox(author.client)).toHaveLength(2);

    // Someone answers the author's own comment: the author is told once.
    const authorsComment = await comment(author, post.id, { body: 'Una pregunta per a tothom' });
    await comment(replier, post.id, { parentId: authorsComment, body: 'Resposta' });
    expect(await inbox(author.client)).toEqual([commented('Clara Roig', post), commented('Jordi Mas', post), commented('Jordi Mas', post)]);

    // A commenter answering their own comment: only the post's author is told.
    await comment(first, post.id, { parentId: firstComment, body: 'Afegeixo' });
    expect(await inbox(first.client)).toEqual([commented('Jordi Mas', post), commented('Pau Serra', post)]);
    expect(await inbox(author.client)).toHaveLength(4);
  });

  it('post_commented: a refused comment (a draft, a reply to a reply, an unknown parent) tells nobody', async () => {
    const author = await signedIn();
    const commenter = await signedIn();
    const draft = await write(author, { status: 'draft' });
    expect((await commenter.client.post(`/api/posts/${draft.id}/comments`, { body: 'Hola' })).status).toBe(404);
    const post = await write(author);
    const top = await comment(commenter, post.id);
    const reply = await comment(author, post.id, { parentId: top });
    const before = await inbox(author.client);
    const commenterBefore = await inbox(commenter.client);
    expect((await commenter.client.post(`/api/posts/${post.id}/comments`, { body: 'Massa avall', parentId: reply })).status).toBe(422);
    expect((await commenter.client.post(`/api/posts/${post.id}/comments`, { body: 'Hola', parentId: draft.id })).status).toBe(422);
    expect(await inbox(author.client)).toEqual(before);
    expect(await inbox(commenter.client)).toEqual(commenterBefore);
  });

  it('post_commented: on a hidden post, only those who may still see it are told (its author), not a commenter who no longer can', async () => {
    const author = await signedIn({ displayName: 'Pau Serra' });
    const commenter = await signedIn({ displayName: 'Clara Roig' });
    const post = await write(author, { title: 'Amagat aviat' });
    const top = await comment(commenter, post.id);
    expect((await manager.client.put(`/api/posts/${post.id}/moderation`, { hiddenReason: 'Publicitat' })).status).toBe(200);

    await comment(manager, post.id, { parentId: top, body: 'L’he amagat: escriu-me' });
    expect(await inbox(author.client)).toEqual([commented('Clara Roig', post), commented('Montse Gestora', post)]);
    expect(await inbox(commenter.client)).toEqual([]);
    expect(await inboxAbout(manager.client, post.id)).toEqual([]);
  });
});
