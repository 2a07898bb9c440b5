import { useQueryClient } from '@tanstack/react-query';
import type { CurrentMember, Post } from '@tertulia/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Markdown } from '../../../components/ui/markdown';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { forgetPost, useDeletePost } from '../api/delete-post';
import { usePost } from '../api/get-post';
import { useModeratePost } from '../api/moderate-post';
import { useUpdatePost } from '../api/update-post';
import { authorPath } from '../utils/knowledge-params';
import { CommentsSection } from './comments-section';
import { HideDialog } from './hide-dialog';
import { Byline, KindBadge, PostTags, StateBadges, TalkWhen } from './post-bits';
import { PostNotFound } from './post-not-found';
import { UsefulControl } from './useful-control';
import './knowledge.css';

export interface PostPageProps {
  id: string;
  viewer: CurrentMember;
}

/** One post: the whole text, who wrote it, «useful», the comments; for its author editing and deleting, for the manager hiding. */
export function PostPage({ id, viewer }: PostPageProps) {
  const { t } = useTranslation();
  const post = usePost(id);
  if (post.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (post.isError) return <PostNotFound error={post.error} />;
  return <PostDetail post={post.data} viewer={viewer} />;
}

function PostDetail({ post, viewer }: { post: Post; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const own = post.author.id === viewer.id;
  const manager = viewer.role === 'manager';
  const published = post.status === 'published';

  return (
    <div className="stack post-page">
      <article className="card stack stack--tight post" aria-labelledby="page-heading">
        <p className="small">
          <Link to="/knowledge">{t('knowledge.post.allPosts')}</Link>
        </p>
        <p className="post-card__badges">
          <KindBadge kind={post.kind} />
          <StateBadges post={post} />
        </p>
        <PageHeading title={post.title}>{post.title}</PageHeading>
        <Byline post={post} size="medium" />
        {post.author.businessName || post.author.headline ? (
          <p className="small muted">{[post.author.businessName, post.author.headline].filter(Boolean).join(' · ')}</p>
        ) : null}
        {post.editedAt ? (
          <p className="small muted">{t('knowledge.post.editedOn', { date: formatDateTime(post.editedAt, locale) })}</p>
        ) : null}
        {post.hidden ? (
          <p className="notice notice--error">
            {own ? t('knowledge.post.hiddenForAuthor', { reason: post.hidden.reason }) : t('knowledge.post.hiddenForManager', { reason: post.hidden.reason })}
          </p>
        ) : null}
        {!published ? <p className="notice notice--info">{t('knowledge.post.draftNotice')}</p> : null}
        {post.talk ? (
          <dl className="profile-facts post-facts">
            <dt>{t('knowledge.talk.when')}</dt>
            <dd>
              <TalkWhen talk={post.talk} />
            </dd>
          </dl>
        ) : null}
        <Markdown source={post.body} className="post__body" />
        <PostTags tags={post.tags} />
        {published ? <UsefulControl post={post} viewer={viewer} /> : null}
        <p className="small">
          <Link to={authorPath(post.author.id)}>{t('knowledge.post.moreByAuthor', { name: post.author.displayName })}</Link>
        </p>
      </article>

      {own ? <AuthorTools post={post} /> : null}
      {manager && published ? <ManagerTools post={post} /> : null}
      {published ? <CommentsSection post={post} viewer={viewer} /> : null}
    </div>
  );
}

/** For its author: edit, publish a draft, delete (after a confirmation). */
function AuthorTools({ post }: { post: Post }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useDeletePost();
  const publish = useUpdatePost();
  const [confirming, setConfirming] = useState(false);
  const draft = post.status === 'draft';

  // Awaited rather than through mutate's callbacks, which would not run if this page went first.
  const onDelete = () => {
    if (remove.isPending) return;
    remove
      .mutateAsync(post.id)
      .then(async () => {
        await navigate(draft ? '/knowledge?view=drafts' : '/knowledge', { replace: true });
        forgetPost(queryClient, post.id);
      })
      .catch(() => setConfirming(false));
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="post-author-heading">
      <h2 id="post-author-heading">{t('knowledge.author.heading')}</h2>
      <div className="button-row">
        {draft ? (
          <button
            type="button"
            className="button button--small"
            aria-disabled={publish.isPending}
            onClick={() => {
              if (!publish.isPending) publish.mutate({ id: post.id, patch: { status: 'published' } });
            }}
          >
            {t('knowledge.author.publish')}
          </button>
        ) : null}
        <Link to={`/knowledge/${post.id}/edit`} className={draft ? 'button button--small button--quiet' : 'button button--small'}>
          {t('knowledge.author.edit')}
        </Link>
        <button type="button" className="button button--small button--quiet-danger" onClick={() => setConfirming(true)}>
          {t('knowledge.author.delete')}
        </button>
      </div>
      <ErrorAlert>{remove.isError ? errorMessage(t, remove.error) : publish.isError ? errorMessage(t, publish.error) : null}</ErrorAlert>
      <StatusMessage>{publish.isSuccess ? t('knowledge.author.published') : null}</StatusMessage>
      <ConfirmDialog
        open={confirming}
        title={t('knowledge.author.confirmTitle', { title: post.title })}
        confirmLabel={t('knowledge.author.confirm')}
        cancelLabel={t('knowledge.author.keep')}
        destructive
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={onDelete}
      >
        <p>{t('knowledge.author.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** For the manager: hide with a reason its author reads, or show again. */
function ManagerTools({ post }: { post: Post }) {
  const { t } = useTranslation();
  const moderate = useModeratePost();
  const [hiding, setHiding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const onShow = () => {
    if (moderate.isPending) return;
    setNotice(null);
    moderate.mutate({ id: post.id, hiddenReason: null }, { onSuccess: () => setNotice(t('knowledge.moderation.shown')) });
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="post-moderation-heading">
      <h2 id="post-moderation-heading">{t('knowledge.moderation.heading')}</h2>
      <p className="small muted">{t('knowledge.moderation.intro')}</p>
      <div className="button-row">
        {post.hidden ? (
          <button type="button" className="button button--small button--quiet" aria-disabled={moderate.isPending} onClick={onShow}>
            {t('knowledge.moderation.showPost')}
          </button>
        ) : (
          <button type="button" className="button button--small button--quiet-danger" onClick={() => setHiding(true)}>
            {t('knowledge.moderation.hidePost')}
          </button>
        )}
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {!hiding && moderate.isError ? <ErrorAlert>{errorMessage(t, moderate.error)}</ErrorAlert> : null}
      <HideDialog
        open={hiding}
        title={t('knowledge.moderation.hidePostTitle', { title: post.title })}
        body={t('knowledge.moderation.hidePostBody')}
        confirmLabel={t('knowledge.moderation.hidePost')}
        busy={moderate.isPending}
        error={moderate.isError ? moderate.error : null}
        onCancel={() => {
          moderate.reset();
          setHiding(false);
        }}
        onHide={(reason) =>
          moderate.mutate(
            { id: post.id, hiddenReason: reason },
            {
              onSuccess: () => {
                setHiding(false);
                setNotice(t('knowledge.moderation.hidden'));
              },
            },
          )
        }
      />
    </section>
  );
}
