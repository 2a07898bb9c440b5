import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { usePost } from '../api/get-post';
import { draftFromPost, emptyDraft } from '../utils/post-draft';
import { PostForm } from './post-form';
import { PostNotFound } from './post-not-found';
import './knowledge.css';

/** «New post»: any member writes an article, a tip or a talk announcement, published at once or kept as a draft. */
export function NewPostPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('knowledge.form.newTitle')}>{t('knowledge.form.newTitle')}</PageHeading>
        <p className="lead">{t('knowledge.form.newIntro')}</p>
      </header>
      <section className="card">
        <PostForm initial={emptyDraft()} />
      </section>
    </div>
  );
}

/** Editing a post (its author only; the manager hides, never edits). */
export function EditPostPage({ id, viewer }: { id: string; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const post = usePost(id);

  if (post.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (post.isError) return <PostNotFound error={post.error} />;
  const title = t('knowledge.form.editTitle', { title: post.data.title });
  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={title}>{title}</PageHeading>
        <p>
          <Link to={`/knowledge/${id}`}>{t('knowledge.form.back', { title: post.data.title })}</Link>
        </p>
      </header>
      <section className="card">
        {post.data.author.id !== viewer.id ? (
          <p>{t('knowledge.form.notYours')}</p>
        ) : (
          <PostForm key={post.data.id} initial={draftFromPost(post.data)} post={post.data} />
        )}
      </section>
    </div>
  );
}
