import { useMemo } from 'react';
import { renderMarkdown } from '../../lib/markdown';

/** Markdown written by a member (a bio, a service's description), shown safely. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className={['markdown', className ?? ''].filter(Boolean).join(' ')}
      // Sanitised by renderMarkdown (DOMPurify with a tight allowlist).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
