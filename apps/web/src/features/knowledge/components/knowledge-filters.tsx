import { POST_KINDS, type CurrentMember } from '@tertulia/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { usePostTags } from '../api/get-post-tags';
import type { KnowledgeState } from '../utils/knowledge-params';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface KnowledgeFiltersProps {
  state: KnowledgeState;
  viewer: CurrentMember;
  /** The name of the author the URL narrows to, once a post of theirs is on screen. */
  authorName?: string;
  /** `replace`: a step of typing, not worth a place in the browser's history. */
  onChange: (state: KnowledgeState, options: { replace: boolean }) => void;
}

/**
 * The feed's search box and filters. Typing searches after a short pause; Enter (or the button)
 * searches at once; the selects apply as soon as they change.
 */
export function KnowledgeFilters({ state, viewer, authorName, onChange }: KnowledgeFiltersProps) {
  const { t } = useTranslation();
  const tags = usePostTags('', 30);
  const [typed, setTyped] = useState(state.q ?? '');
  const latest = useRef({ state, onChange });
  latest.current = { state, onChange };

  // The URL changed by itself (back button, a link): show what it searches.
  useEffect(() => {
    setTyped((current) => (current.trim() === (state.q ?? '') ? current : (state.q ?? '')));
  }, [state.q]);

  // Typing: search once the person pauses.
  useEffect(() => {
    if (typed.trim() === (latest.current.state.q ?? '')) return;
    const timer = setTimeout(() => {
      const { state: current, onChange: change } = latest.current;
      change({ ...current, q: typed.trim() || undefined }, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...state, q: typed.trim() || undefined }, { replace: false });
  };

  const tagOptions = [
    { value: '', label: t('knowledge.filters.anyTag') },
    ...(tags.data?.items ?? []).map((item) => ({ value: item.tag, label: `${item.tag} (${item.count})` })),
  ];
  // A tag from a link that is not among the most used still shows as chosen.
  if (state.tag && !tagOptions.some((option) => option.value.toLocaleLowerCase() === state.tag!.toLocaleLowerCase())) {
    tagOptions.push({ value: state.tag, label: state.tag });
  }
  const tagValue = tagOptions.find((option) => option.value.toLocaleLowerCase() === state.tag?.toLocaleLowerCase())?.value ?? '';

  const authorOptions = [
    { value: '', label: t('knowledge.filters.anyAuthor') },
    { value: viewer.id, label: t('knowledge.filters.me') },
    ...(state.author && state.author !== viewer.id
      ? [{ value: state.author, label: authorName ?? t('knowledge.filters.oneAuthor') }]
      : []),
  ];

  return (
    <form role="search" aria-label={t('knowledge.search.formLabel')} className="card knowledge-search" onSubmit={onSubmit}>
      <div className="knowledge-search__query">
        <TextField
          name="q"
          type="search"
          label={t('knowledge.search.label')}
          hint={t('knowledge.search.hint')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          maxLength={100}
        />
        <button type="submit" className="button">
          {t('knowledge.search.submit')}
        </button>
      </div>
      <SelectField
        name="kind"
        label={t('knowledge.filters.kind')}
        value={state.kind ?? ''}
        onChange={(event) =>
          onChange({ ...state, kind: (event.target.value || undefined) as KnowledgeState['kind'] }, { replace: false })
        }
        options={[
          { value: '', label: t('knowledge.filters.anyKind') },
          ...POST_KINDS.map((kind) => ({ value: kind, label: t(`knowledge.kinds.${kind}`) })),
        ]}
      />
      <SelectField
        name="tag"
        label={t('knowledge.filters.tag')}
        value={tagValue}
        onChange={(event) => onChange({ ...state, tag: event.target.value || undefined }, { replace: false })}
        options={tagOptions}
      />
      <SelectField
        name="author"
        label={t('knowledge.filters.author')}
        value={state.author ?? ''}
        onChange={(event) => onChange({ ...state, author: event.target.value || undefined }, { replace: false })}
        options={authorOptions}
      />
    </form>
  );
}
