import type { CurrentMember, Post } from '@tertulia/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useSetUseful } from '../api/set-useful';

/**
 * «Useful»: a toggle (pressed once the reader marked it) and how many found it so. The author
 * sees the count only: one's own post cannot be marked.
 */
export function UsefulControl({ post, viewer }: { post: Post; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const toggle = useSetUseful();
  const countId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const own = post.author.id === viewer.id;

  const onClick = () => {
    if (toggle.isPending) return;
    setNotice(null);
    const useful = !post.markedUseful;
    toggle.mutate(
      { id: post.id, useful },
      { onSuccess: () => setNotice(useful ? t('knowledge.useful.marked') : t('knowledge.useful.unmarked')) },
    );
  };

  return (
    <div className="useful">
      {own ? null : (
        <button
          type="button"
          className="button button--quiet useful__button"
          aria-pressed={post.markedUseful}
          aria-describedby={countId}
          aria-disabled={toggle.isPending}
          onClick={onClick}
        >
          <span aria-hidden="true">{post.markedUseful ? '★' : '☆'}</span> {t('knowledge.useful.button')}
        </button>
      )}
      <p id={countId} className="useful__count">
        {t('knowledge.useful.count', { count: post.usefulCount })}
      </p>
      <StatusMessage className="useful__notice">{notice}</StatusMessage>
      <ErrorAlert>{toggle.isError ? errorMessage(t, toggle.error) : null}</ErrorAlert>
    </div>
  );
}
