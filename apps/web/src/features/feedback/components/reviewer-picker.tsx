import type { MemberRef, SuggestedReviewer } from '@tertulia/domain';
import type { TFunction } from 'i18next';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { errorMessage } from '../../../lib/errors';
import { useSuggestedReviewers } from '../api/get-suggested-reviewers';
import { useDebouncedValue } from '../utils/use-debounced-value';

export interface ReviewerPickerProps {
  /** The wanted expertise the suggestions match. */
  expertise: readonly string[];
  picked: readonly string[];
  onChange: (picked: string[]) => void;
  /** How many more may be invited. */
  max: number;
  /** People already invited (not suggested again). */
  exclude?: readonly string[];
  error?: string;
  legend: string;
}

type Person = MemberRef & Partial<Pick<SuggestedReviewer, 'matchedSkills' | 'matchedServices'>>;

/**
 * Suggested reviewers for the wanted expertise, updating as it is typed, with a checkbox each
 * (up to `max`). Someone ticked stays in the list even when new suggestions no longer include them.
 */
export function ReviewerPicker({ expertise, picked, onChange, max, exclude = [], error, legend }: ReviewerPickerProps) {
  const { t } = useTranslation();
  const countId = useId();
  const errorId = useId();
  const settled = useDebouncedValue(expertise.join(','));
  const skills = settled === '' ? [] : settled.split(',');
  const suggestions = useSuggestedReviewers(skills);
  const known = useRef(new Map<string, Person>());
  for (const person of suggestions.data ?? []) known.current.set(person.id, person);

  const shown: Person[] = [
    ...picked.map((id) => known.current.get(id)).filter((person): person is Person => person !== undefined),
    ...(suggestions.data ?? []).filter((person) => !picked.includes(person.id) && !exclude.includes(person.id)),
  ];
  const full = picked.length >= max;
  const toggle = (id: string, on: boolean) => onChange(on ? [...picked, id] : picked.filter((found) => found !== id));

  return (
    <fieldset className="fieldset" aria-describedby={[error ? errorId : '', countId].filter(Boolean).join(' ')}>
      <legend>{legend}</legend>
      <p id={countId} className="small" aria-live="polite">
        {t('feedback.reviewers.count', { count: picked.length, max })}
      </p>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {skills.length === 0 && picked.length === 0 ? (
        <p className="small muted">{t('feedback.reviewers.needExpertise')}</p>
      ) : suggestions.isError ? (
        <ErrorAlert>{errorMessage(t, suggestions.error)}</ErrorAlert>
      ) : suggestions.isPending && skills.length > 0 && shown.length === 0 ? (
        <p className="small muted">{t('feedback.reviewers.looking')}</p>
      ) : shown.length === 0 ? (
        <p className="small muted">{t('feedback.reviewers.nobody')}</p>
      ) : (
        <ul className="reviewer-list" role="list" aria-busy={suggestions.isFetching}>
          {shown.map((person) => {
            const checked = picked.includes(person.id);
            return (
              <li key={person.id} className="reviewer-list__person">
                <CheckboxField
                  name="reviewers"
                  value={person.id}
                  label={person.displayName}
                  hint={reviewerHint(t, person)}
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(event) => toggle(person.id, event.target.checked)}
                />
                <Link to={`/members/${person.id}`} className="small" target="_blank" rel="noopener">
                  {t('feedback.reviewers.profileOf', { name: person.displayName })}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function reviewerHint(t: TFunction, person: Person): string | undefined {
  const parts = [
    person.businessName,
    person.matchedSkills?.length ? t('feedback.reviewers.matchedSkills', { skills: person.matchedSkills.join(', ') }) : null,
    person.matchedServices?.length ? t('feedback.reviewers.matchedServices', { services: person.matchedServices.join(', ') }) : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
