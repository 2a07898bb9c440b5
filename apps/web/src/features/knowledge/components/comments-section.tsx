import type { Comment, CurrentMember, Post } from '@tertulia/domain';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { LoadMore } from '../../../components/ui/load-more';
import { Markdown } from '../../../components/ui/markdown';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { useCreateComment } from '../api/create-comment';
import { useDeleteComment } from '../api/delete-comment';
import { useComments } from '../api/get-comments';
import { useModerateComment } from '../api/moderate-comment';
import { useUpdateComment } from '../api/update-comment';
import { threadComments } from '../utils/comment-thread';
import { CommentForm } from './comment-form';
import { HideDialog } from './hide-dialog';

/** The conversation under a published post: comments, one level of replies, and a box to add one. */
export function CommentsSection({ post, viewer }: { post: Post; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const comments = useComments(post.id);
  const create = useCreateComment();
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const threads = threadComments(comments.data?.pages.flatMap((page) => page.items) ?? []);

  const add = async (body: string) => {
    setNotice(null);
    try {
      await create.mutateAsync({ postId: post.id, body });
      setNotice(t('knowledge.comments.posted'));
      return true;
    } catch {
      return false;
    }
  };

  return (
    <section className="card stack comments-section" aria-labelledby="comments-heading">
      <h2 id="comments-heading" ref={headingRef} tabIndex={-1}>
        {t('knowledge.comments.heading', { count: post.commentCount })}
      </h2>
      {comments.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : comments.isError ? (
        <ErrorAlert>{errorMessage(t, comments.error)}</ErrorAlert>
      ) : threads.length === 0 ? (
        <p className="muted">{t('knowledge.comments.empty')}</p>
      ) : (
        <ol className="comments" role="list">
          {threads.map(({ comment, replies }) => (
            <CommentItem key={comment.id} comment={comment} viewer={viewer} onNotice={setNotice} onGone={() => headingRef.current?.focus()}>
              {replies.length > 0 ? (
                <ol className="comments comments--replies" role="list" aria-label={t('knowledge.comments.repliesTo', { name: comment.author.displayName })}>
                  {replies.map((reply) => (
                    <CommentItem key={reply.id} comment={reply} viewer={viewer} onNotice={setNotice} onGone={() => headingRef.current?.focus()} />
                  ))}
                </ol>
              ) : null}
            </CommentItem>
          ))}
        </ol>
      )}
      <LoadMore query={comments} />
      <StatusMessage>{notice}</StatusMessage>
      <CommentForm
        name="comment"
        label={t('knowledge.comments.newLabel')}
        submitLabel={t('knowledge.comments.submit')}
        busy={create.isPending}
        error={create.isError ? create.error : null}
        onSubmit={add}
      />
    </section>
  );
}

type Mode = 'read' | 'reply' | 'edit';

interface CommentItemProps {
  comment: Comment;
  viewer: CurrentMember;
  onNotice: (message: string | null) => void;
  /** It was deleted: the keyboard focus needs somewhere to go. */
  onGone: () => void;
  /** Its replies (a top-level comment's). */
  children?: ReactNode;
}

/** One comment: who, when, what (or that it was hidden), and what the reader may do with it. */
function CommentItem({ comment, viewer, onNotice, onGone, children }: CommentItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [mode, setMode] = useState<Mode>('read');
  const [confirming, setConfirming] = useState(false);
  const [hiding, setHiding] = useState(false);
  const reply = useCreateComment();
  const update = useUpdateComment();
  const remove = useDeleteComment();
  const moderate = useModerateComment();
  const own = comment.author.id === viewer.id;
  const manager = viewer.role === 'manager';
  const topLevel = comment.parentId === null;
  const name = comment.author.displayName;
  const hidden = comment.hidden !== null || comment.body === null;

  // A reply or an edit closed (sent or given up): the keyboard focus goes back to the button that opened it.
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const lastMode = useRef<Mode>(mode);
  useEffect(() => {
    if (mode === 'read' && lastMode.current === 'reply') replyButton.current?.focus();
    if (mode === 'read' && lastMode.current === 'edit') editButton.current?.focus();
    lastMode.current = mode;
  }, [mode]);

  const saveReply = async (body: string) => {
    onNotice(null);
    try {
      await reply.mutateAsync({ postId: comment.postId, parentId: comment.id, body });
      setMode('read');
      onNotice(t('knowledge.comments.replied'));
      return true;
    } catch {
      return false;
    }
  };

  const saveEdit = async (body: string) => {
    onNotice(null);
    try {
      await update.mutateAsync({ id: comment.id, body });
      setMode('read');
      onNotice(t('knowledge.comments.saved'));
      return true;
    } catch {
      return false;
    }
  };

  // Awaited rather than through mutate's callbacks: once the thread is read again this comment is gone, and so is its observer.
  const onDelete = () => {
    if (remove.isPending) return;
    remove
      .mutateAsync({ id: comment.id, postId: comment.postId })
      .then(() => {
        onNotice(t('knowledge.comments.deleted'));
        onGone();
      })
      .catch(() => setConfirming(false));
  };

  const onShow = () => {
    if (moderate.isPending) return;
    moderate.mutate({ id: comment.id, hiddenReason: null }, { onSuccess: () => onNotice(t('knowledge.moderation.commentShown')) });
  };

  return (
    <li className="comments__item">
      <article
        className={['comment', hidden ? 'comment--hidden' : ''].filter(Boolean).join(' ')}
        aria-label={topLevel ? t('knowledge.comments.commentBy', { name }) : t('knowledge.comments.replyBy', { name })}
      >
        <p className="comment__header">
          <MemberAvatar name={name} photoUrl={comment.author.photoUrl} size="small" />
          <Link to={`/members/${comment.author.id}`} className="comment__author">
            {name}
          </Link>
          <span className="small muted">
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, locale)}</time>
            {comment.editedAt ? ` · ${t('knowledge.post.edited')}` : ''}
          </span>
        </p>

        {/* Hidden: others get neither its text nor why (the API sends no body); its author and the manager read both. */}
        {comment.body === null ? (
          <p className="comment__placeholder">{t('knowledge.comments.hiddenPlaceholder')}</p>
        ) : comment.hidden ? (
          <p className="notice notice--error small">
            {own
              ? t('knowledge.comments.hiddenForAuthor', { reason: comment.hidden.reason })
              : t('knowledge.comments.hiddenForManager', { reason: comment.hidden.reason })}
          </p>
        ) : null}

        {mode === 'edit' && comment.body !== null ? (
          <CommentForm
            name="body"
            label={t('knowledge.comments.editLabel')}
            submitLabel={t('knowledge.comments.save')}
            initial={comment.body}
            busy={update.isPending}
            error={update.isError ? update.error : null}
            autoFocus
            onCancel={() => {
              update.reset();
              setMode('read');
            }}
            onSubmit={saveEdit}
          />
        ) : comment.body !== null ? (
          <Markdown source={comment.body} className="comment__body" />
        ) : null}

        {mode === 'read' ? (
          <div className="button-row comment__actions">
            {topLevel && !hidden ? (
              <button ref={replyButton} type="button" className="button button--small button--quiet" onClick={() => setMode('reply')}>
                {t('knowledge.comments.reply')}
                <span className="visually-hidden"> {t('knowledge.comments.toName', { name })}</span>
              </button>
            ) : null}
            {own && comment.body !== null ? (
              <button ref={editButton} type="button" className="button button--small button--quiet" onClick={() => setMode('edit')}>
                {t('knowledge.comments.edit')}
                <span className="visually-hidden"> {t('knowledge.comments.yourComment')}</span>
              </button>
            ) : null}
            {own ? (
              <button type="button" className="button button--small button--quiet-danger" onClick={() => setConfirming(true)}>
                {t('knowledge.comments.delete')}
                <span className="visually-hidden"> {t('knowledge.comments.yourComment')}</span>
              </button>
            ) : null}
            {manager && !own ? (
              comment.hidden ? (
                <button type="button" className="button button--small button--quiet" aria-disabled={moderate.isPending} onClick={onShow}>
                  {t('knowledge.moderation.showComment')}
                </button>
              ) : (
                <button type="button" className="button button--small button--quiet-danger" onClick={() => setHiding(true)}>
                  {t('knowledge.moderation.hideComment')}
                </button>
              )
            ) : null}
          </div>
        ) : null}
        {remove.isError ? <ErrorAlert>{errorMessage(t, remove.error)}</ErrorAlert> : null}
        {!hiding && moderate.isError ? <ErrorAlert>{errorMessage(t, moderate.error)}</ErrorAlert> : null}

        {mode === 'reply' ? (
          <CommentForm
            name="reply"
            label={t('knowledge.comments.replyLabel', { name })}
            submitLabel={t('knowledge.comments.replySubmit')}
            busy={reply.isPending}
            error={reply.isError ? reply.error : null}
            autoFocus
            onCancel={() => {
              reply.reset();
              setMode('read');
            }}
            onSubmit={saveReply}
          />
        ) : null}

        {own ? (
          <ConfirmDialog
            open={confirming}
            title={topLevel ? t('knowledge.comments.confirmTitle') : t('knowledge.comments.confirmReplyTitle')}
            confirmLabel={t('knowledge.comments.confirm')}
            cancelLabel={t('knowledge.comments.keep')}
            destructive
            busy={remove.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={onDelete}
          >
            <p>{topLevel ? t('knowledge.comments.confirmBody') : t('knowledge.comments.confirmReplyBody')}</p>
          </ConfirmDialog>
        ) : null}
        {manager && !own && !comment.hidden ? (
          <HideDialog
            open={hiding}
            title={t('knowledge.moderation.hideCommentTitle', { name })}
            body={t('knowledge.moderation.hideCommentBody')}
            confirmLabel={t('knowledge.moderation.hideComment')}
            busy={moderate.isPending}
            error={moderate.isError ? moderate.error : null}
            onCancel={() => {
              moderate.reset();
              setHiding(false);
            }}
            onHide={(reason) =>
              moderate.mutate(
                { id: comment.id, hiddenReason: reason },
                {
                  onSuccess: () => {
                    setHiding(false);
                    onNotice(t('knowledge.moderation.commentHidden'));
                  },
                },
              )
            }
          />
        ) : null}
      </article>
      {children}
    </li>
  );
}
