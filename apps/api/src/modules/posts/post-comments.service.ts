import { Injectable } from '@nestjs/common';
import type { Comment, CreateComment, ListCommentsQuery, Page } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { NotificationsService } from '../notifications/notifications.service';
import { toComment, type PostViewer } from './post.mapper';
import { commentNotFound, notTheCommentAuthor, postNotFound, postNotPublished, replyTooDeep, unknownParent } from './posts.errors';
import { PostsRepository, type LockedComment } from './posts.repository';
import { postViewerOf } from './posts.service';

/** Comments on posts, one level of replies. Whoever can see a post reads its comments. */
@Injectable()
export class PostCommentsService {
  constructor(
    private readonly posts: PostsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Oldest first; 404 when the reader cannot see the post. Two statements whatever the page size. */
  async list(member: AuthenticatedMember, postId: string, query: ListCommentsQuery): Promise<Page<Comment>> {
    const viewer = postViewerOf(member);
    if (!(await this.posts.isVisible(postId, viewer))) throw postNotFound();
    const page = await this.posts.listComments(postId, { cursor: query.cursor, limit: query.limit });
    return { items: page.items.map((row) => toComment(row, viewer)), nextCursor: page.nextCursor };
  }

  /**
   * On a published post only, holding it (FOR SHARE) so that it is neither deleted nor taken back to
   * draft meanwhile. A reply answers a top-level comment of the same post. The post's author is told, and so is
   * the author of the comment a reply answers.
   */
  async create(member: AuthenticatedMember, postId: string, input: CreateComment): Promise<Comment> {
    const viewer = postViewerOf(member);
    return this.posts.manager.transaction(async (em) => {
      const post = await this.posts.lockVisible(em, postId, viewer, 'FOR SHARE');
      if (!post) throw postNotFound();
      if (post.status !== 'published') throw postNotPublished();
      const parentId = input.parentId ?? null;
      if (parentId) {
        const parent = await this.posts.lockParent(em, postId, parentId);
        if (!parent) throw unknownParent();
        if (parent.parent_id !== null) throw replyTooDeep();
      }
      const id = await this.posts.insertComment(em, postId, viewer.id, input.body, parentId);
      const audience = await this.posts.commentAudience(em, postId, parentId, viewer.id);
      if (audience.length > 0) {
        await this.notifications.notify(em, {
          memberIds: audience,
          kind: 'post_commented',
          data: { commenterName: member.displayName, postTitle: post.title },
          link: `/knowledge/${postId}`,
        });
      }
      return this.loadFor(viewer, id, em);
    });
  }

  /** Its author only; marks it edited. */
  async update(member: AuthenticatedMember, id: string, body: string): Promise<Comment> {
    const viewer = postViewerOf(member);
    return this.posts.manager.transaction(async (em) => {
      await this.asAuthor(em, id, viewer, 'FOR NO KEY UPDATE');
      await this.posts.updateComment(em, id, body);
      return this.loadFor(viewer, id, em);
    });
  }

  /** Its author only; its replies go with it. */
  async remove(member: AuthenticatedMember, id: string): Promise<void> {
    const viewer = postViewerOf(member);
    await this.posts.manager.transaction(async (em) => {
      await this.asAuthor(em, id, viewer, 'FOR UPDATE');
      await this.posts.deleteComment(em, id);
    });
  }

  /** The manager hides a comment (it keeps its place, without its body for the others) or shows it again. */
  async moderate(member: AuthenticatedMember, id: string, hiddenReason: string | null): Promise<Comment> {
    const viewer = postViewerOf(member);
    return this.posts.manager.transaction(async (em) => {
      if (!(await this.posts.lockComment(em, id, viewer, 'FOR NO KEY UPDATE'))) throw commentNotFound();
      await this.posts.moderateComment(em, id, hiddenReason);
      return this.loadFor(viewer, id, em);
    });
  }

  /** 404 when the reader cannot see the comment's post, 403 when they see it but did not write it (the manager too). */
  private async asAuthor(em: EntityManager, id: string, viewer: PostViewer, lock: 'FOR NO KEY UPDATE' | 'FOR UPDATE'): Promise<LockedComment> {
    const comment = await this.posts.lockComment(em, id, viewer, lock);
    if (!comment) throw commentNotFound();
    if (comment.author_id !== viewer.id) throw notTheCommentAuthor();
    return comment;
  }

  private async loadFor(viewer: PostViewer, id: string, em: EntityManager): Promise<Comment> {
    const row = await this.posts.findComment(id, viewer, em);
    if (!row) throw commentNotFound();
    return toComment(row, viewer);
  }
}
