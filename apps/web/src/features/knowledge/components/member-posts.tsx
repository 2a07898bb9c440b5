import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { errorMessage } from '../../../lib/errors';
import { usePosts } from '../api/get-posts';
import { authorPath } from '../utils/knowledge-params';
import { PostCard } from './post-card';
import './knowledge.css';

export interface MemberPostsProps {
  memberId: string;
  memberName: string;
  /** The reader's own profile: an invitation to write instead of «nothing yet». */
  own: boolean;
}

/** A member's published posts, newest first, as their profile shows them (a section with an h2). */
export function MemberPosts({ memberId, memberName, own }: MemberPostsProps) {
  const { t } = useTranslation();
  const posts = usePosts({ author: memberId }, 5);
  const items = posts.data?.pages.flatMap((page) => page.items) ?? [];
  const headingId = `member-${memberId}-posts-heading`;

  return (
    <section className="stack" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('knowledge.profile.heading')}</h2>
        {items.length > 0 ? (
          <Link to={authorPath(memberId)} className="button button--quiet button--small">
            {t('knowledge.profile.all', { name: memberName })}
          </Link>
        ) : null}
      </div>
      {posts.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : posts.isError ? (
        <ErrorAlert>{errorMessage(t, posts.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        own ? (
          <p className="muted">
            {t('knowledge.profile.emptyOwn')} <Link to="/knowledge/new">{t('knowledge.profile.write')}</Link>
          </p>
        ) : (
          <p className="muted">{t('knowledge.profile.empty')}</p>
        )
      ) : (
        <ul className="post-list" role="list" aria-labelledby={headingId}>
          {items.map((post) => (
            <PostCard key={post.id} post={post} showAuthor={false} />
          ))}
        </ul>
      )}
      <LoadMore query={posts} />
    </section>
  );
}
