import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useLocale } from '../../../lib/i18n';
import { useServiceCategories } from '../api/get-service-categories';
import type { DirectoryFilters } from '../api/keys';
import { languageOptions } from '../utils/languages';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

type TypedFilter = 'q' | 'skill';

export interface DirectorySearchFormProps {
  filters: DirectoryFilters;
  /** `replace`: a step of typing, not worth a place in the browser's history. */
  onChange: (filters: DirectoryFilters, options: { replace: boolean }) => void;
}

/**
 * The directory's search box and filters. Typing searches after a short pause; Enter (or the
 * button) searches at once; the selects apply as soon as they change.
 */
export function DirectorySearchForm({ filters, onChange }: DirectorySearchFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = useServiceCategories();
  const [typed, setTyped] = useState<Record<TypedFilter, string>>({ q: filters.q ?? '', skill: filters.skill ?? '' });
  const latest = useRef({ filters, onChange });
  latest.current = { filters, onChange };

  // The URL changed by itself (back button, a skill's link): show what it searches.
  useEffect(() => {
    setTyped((current) => ({
      q: current.q.trim() === (filters.q ?? '') ? current.q : (filters.q ?? ''),
      skill: current.skill.trim() === (filters.skill ?? '') ? current.skill : (filters.skill ?? ''),
    }));
  }, [filters.q, filters.skill]);

  // Typing: search once the person pauses.
  useEffect(() => {
    const { filters: applied } = latest.current;
    if (typed.q.trim() === (applied.q ?? '') && typed.skill.trim() === (applied.skill ?? '')) return;
    const timer = setTimeout(() => {
      const { filters: current, onChange: change } = latest.current;
      change({ ...current, q: typed.q.trim(), skill: typed.skill.trim() }, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...filters, q: typed.q.trim(), skill: typed.skill.trim() }, { replace: false });
  };

  const categoryOptions = [
    { value: '', label: t('directory.filters.anyCategory') },
    ...(categories.data ?? []).map((category) => ({ value: category.id, label: category.names[locale] })),
  ];
  // A category from a shared link that is not (yet) in the list still shows as chosen.
  const languages = [
    { value: '', label: t('directory.filters.anyLanguage') },
    ...languageOptions(locale, filters.language ? [filters.language] : []),
  ];

  return (
    <form role="search" aria-label={t('directory.search.formLabel')} className="card directory-search" onSubmit={onSubmit}>
      <div className="directory-search__query">
        <TextField
          name="q"
          type="search"
          label={t('directory.search.label')}
          hint={t('directory.search.hint')}
          value={typed.q}
          onChange={(event) => setTyped((current) => ({ ...current, q: event.target.value }))}
          autoComplete="off"
          maxLength={100}
        />
        <button type="submit" className="button">
          {t('directory.search.submit')}
        </button>
      </div>
      <SelectField
        name="category"
        label={t('directory.filters.category')}
        options={categoryOptions}
        value={filters.category ?? ''}
        onChange={(event) => onChange({ ...filters, category: event.target.value }, { replace: false })}
      />
      <TextField
        name="skill"
        label={t('directory.filters.skill')}
        value={typed.skill}
        onChange={(event) => setTyped((current) => ({ ...current, skill: event.target.value }))}
        autoComplete="off"
        maxLength={40}
      />
      <SelectField
        name="language"
        label={t('directory.filters.language')}
        options={languages}
        value={filters.language ?? ''}
        onChange={(event) => onChange({ ...filters, language: event.target.value }, { replace: false })}
      />
    </form>
  );
}
