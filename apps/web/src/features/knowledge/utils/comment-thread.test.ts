import type { Comment } from '@tertulia/domain';
import { threadComments } from './comment-thread';

const author = { id: 'm1', displayName: 'Marta', photoUrl: null, businessName: null, headline: null };
const comment = (id: string, parentId: string | null = null): Comment => ({
  id,
  postId: 'p1',
  parentId,
  author,
  body: id,
  hidden: null,
  editedAt: null,
  createdAt: '2026-12-03T10:00:00Z',
});

describe('comment threads', () => {
  it('puts each reply under its comment, in order', () => {
    const threads = threadComments([comment('a'), comment('b'), comment('a1', 'a'), comment('b1', 'b'), comment('a2', 'a')]);
    expect(threads.map((thread) => [thread.comment.id, thread.replies.map((reply) => reply.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
  });

  it('keeps a reply whose comment is not loaded, on its own', () => {
    const threads = threadComments([comment('x1', 'x'), comment('a')]);
    expect(threads.map((thread) => thread.comment.id)).toEqual(['x1', 'a']);
  });

  it('never nests deeper than one level', () => {
    const threads = threadComments([comment('a'), comment('a1', 'a'), comment('a1x', 'a1')]);
    expect(threads.map((thread) => [thread.comment.id, thread.replies.map((reply) => reply.id)])).toEqual([
      ['a', ['a1']],
      ['a1x', []],
    ]);
  });

  it('is empty without comments', () => {
    expect(threadComments([])).toEqual([]);
  });
});
