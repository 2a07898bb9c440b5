import type { PostSummary } from '@tertulia/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../../components/ui/markdown';
import { Byline, KindBadge, PostTags, StateBadges, TalkWhen } from './post-bits';

export interface PostCardProps {
  post: PostSummary;
  /** Left out where the author is obvious (their own profile). */
  showAuthor?: boolean;
  /** The card's title level: 3 under a list's h2. */
  headingLevel?: 2 | 3;
}

/** One post in a list: its kind, title, author, the start of its text, tags, and how it was received. */
export function PostCard({ post, showAuthor = true, headingLevel = 3 }: PostCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li>
      <article className={['post-card', post.hidden ? 'post-card--hidden' : ''].filter(Boolean).join(' ')} aria-labelledby={titleId}>
        <p className="post-card__badges">
          <KindBadge kind={post.kind} />
          <StateBadges post={post} />
        </p>
        <Heading id={titleId} className="post-card__title">
          <Link to={`/knowledge/${post.id}`}>{post.title}</Link>
        </Heading>
        <Byline post={post} showAuthor={showAuthor} />
        {post.talk ? (
          <p className="post-card__talk">
            <span className="post-card__label">{t('knowledge.talk.when')}</span> <TalkWhen talk={post.talk} />
          </p>
        ) : null}
        <Markdown source={post.excerpt} className="post-card__excerpt" />
        {post.truncated ? (
          <p className="small">
            <Link to={`/knowledge/${post.id}`}>
              {t('knowledge.card.readMore')}
              <span className="visually-hidden">{`: ${post.title}`}</span>
            </Link>
          </p>
        ) : null}
        <PostTags tags={post.tags} />
        {post.status === 'published' ? (
          <p className="post-card__counts small muted">
            <span>{t('knowledge.card.useful', { count: post.usefulCount })}</span>
            {' · '}
            <span>{t('knowledge.card.comments', { count: post.commentCount })}</span>
          </p>
        ) : null}
      </article>
    </li>
  );
}
