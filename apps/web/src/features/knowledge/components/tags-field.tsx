import { POST_TAGS_MAX } from '@tertulia/domain';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from '../../../components/ui/field-frame';
import { usePostTags } from '../api/get-post-tags';
import { addTag, normaliseTag, removeTag, type AddTagResult } from '../utils/post-draft';

export interface TagsFieldProps {
  tags: string[];
  /** What is typed in the box, not yet a tag (the form adds it when it is sent). */
  text: string;
  error?: string;
  onTextChange: (text: string) => void;
  onTagsChange: (tags: string[]) => void;
}

/** The value of `value` once it has stopped changing for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * A post's tags: the chosen ones as chips (each with a button to take it away), and a box to add
 * one — Enter or «Add» — with the tags already in use offered as suggestions (a native datalist,
 * which browsers and screen readers present as a list of options).
 */
export function TagsField({ tags, text, error, onTextChange, onTagsChange }: TagsFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [problem, setProblem] = useState<string | undefined>();
  const query = useSettled(normaliseTag(text), 250);
  const suggestions = usePostTags(query, 10);
  const chosen = new Set(tags.map((tag) => tag.toLocaleLowerCase()));
  const offered = (suggestions.data?.items ?? []).filter((item) => !chosen.has(item.tag.toLocaleLowerCase()));

  const explain = (result: AddTagResult) =>
    result.ok || result.problem === 'empty' ? undefined : t(`knowledge.tags.${result.problem}`, { max: POST_TAGS_MAX });

  const add = () => {
    const result = addTag(tags, text);
    setProblem(explain(result));
    if (result.ok) {
      onTagsChange(result.tags);
      onTextChange('');
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    }
  };

  return (
    <FieldFrame label={t('knowledge.tags.label')} hint={t('knowledge.tags.hint', { max: POST_TAGS_MAX })} error={problem ?? error} className="tags-field">
      {(control) => (
        <>
          {tags.length > 0 ? (
            <ul className="tags" role="list" aria-label={t('knowledge.tags.chosen')}>
              {tags.map((tag) => (
                <li key={tag}>
                  <span className="tag tag--removable">
                    {tag}
                    <button
                      type="button"
                      className="tag__remove"
                      aria-label={t('knowledge.tags.remove', { tag })}
                      onClick={() => {
                        setProblem(undefined);
                        onTagsChange(removeTag(tags, tag));
                      }}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="tags-field__add">
            <input
              {...control}
              name="tag"
              list={listId}
              value={text}
              maxLength={40}
              autoComplete="off"
              onChange={(event) => {
                setProblem(undefined);
                onTextChange(event.target.value);
              }}
              onKeyDown={onKeyDown}
            />
            <button type="button" className="button button--small button--quiet" onClick={add}>
              {t('knowledge.tags.add')}
            </button>
          </div>
          <datalist id={listId}>
            {offered.map((item) => (
              <option key={item.tag} value={item.tag} />
            ))}
          </datalist>
        </>
      )}
    </FieldFrame>
  );
}
