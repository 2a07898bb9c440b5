import type { MemberRef, PostKind, PostSummary, Talk } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { useLocale } from '../../../lib/i18n';
import { formatDate, formatDateTime, formatDay } from '../../../lib/time';
import { tagPath } from '../utils/knowledge-params';

/** «Article», «Tip», «Talk». */
export function KindBadge({ kind }: { kind: PostKind }) {
  const { t } = useTranslation();
  return <span className={`badge badge--kind badge--kind-${kind}`}>{t(`knowledge.kind.${kind}`)}</span>;
}

/** What only some readers see about a post: a draft, hidden by the manager. */
export function StateBadges({ post }: { post: Pick<PostSummary, 'status' | 'hidden'> }) {
  const { t } = useTranslation();
  return (
    <>
      {post.status === 'draft' ? <span className="badge badge--plain">{t('knowledge.post.draftBadge')}</span> : null}
      {post.hidden ? <span className="badge badge--warn">{t('knowledge.post.hiddenBadge')}</span> : null}
    </>
  );
}

/** Who wrote it and when: «Marta Puig · 3 December 2026 · edited». */
export function Byline({
  post,
  showAuthor = true,
  size = 'small',
}: {
  post: Pick<PostSummary, 'author' | 'status' | 'publishedAt' | 'editedAt' | 'updatedAt'>;
  showAuthor?: boolean;
  size?: 'small' | 'medium';
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = post.status === 'draft' || !post.publishedAt ? post.updatedAt : post.publishedAt;
  return (
    <p className="byline">
      {showAuthor ? <AuthorLink author={post.author} size={size} /> : null}
      <span className="byline__when">
        {post.status === 'draft' || !post.publishedAt ? `${t('knowledge.post.savedOn')} ` : null}
        <time dateTime={when}>{formatDate(when, locale)}</time>
        {post.editedAt ? (
          <span className="byline__edited">
            {' · '}
            <span title={formatDateTime(post.editedAt, locale)}>{t('knowledge.post.edited')}</span>
          </span>
        ) : null}
      </span>
    </p>
  );
}

export function AuthorLink({ author, size = 'small' }: { author: MemberRef; size?: 'small' | 'medium' }) {
  return (
    <span className="author">
      <MemberAvatar name={author.displayName} photoUrl={author.photoUrl} size={size} />
      <Link to={`/members/${author.id}`} className="author__name">
        {author.displayName}
      </Link>
    </span>
  );
}

/** When and where a talk is: its own day and place, or the event's or breakfast's it is part of. */
export function TalkWhen({ talk }: { talk: Talk }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <span className="talk-when">
      {talk.startsAt ? <time dateTime={talk.startsAt}>{formatDateTime(talk.startsAt, locale)}</time> : null}
      {talk.place ? <span>{`${talk.startsAt ? ' · ' : ''}${talk.place}`}</span> : null}
      {talk.event ? (
        <span>
          {' · '}
          <Link to={`/events/${talk.event.id}`}>{t('knowledge.talk.atEvent', { title: talk.event.title })}</Link>
        </span>
      ) : null}
      {talk.breakfast ? (
        <span>
          {' · '}
          <Link to="/breakfasts">
            {talk.startsAt ? t('knowledge.talk.atBreakfast') : `${t('knowledge.talk.atBreakfast')} (${formatDay(talk.breakfast.date, locale)})`}
          </Link>
        </span>
      ) : null}
    </span>
  );
}

/** A post's tags, each one linking to the feed narrowed to it. */
export function PostTags({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <ul className="tags" role="list" aria-label={t('knowledge.post.tags')}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className="tag" to={tagPath(tag)}>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
