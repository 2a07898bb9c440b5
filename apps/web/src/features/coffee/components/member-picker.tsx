import type { MemberRef } from '@tertulia/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/errors';
import { useMemberSearch } from '../api/search-members';

export interface MemberPickerProps {
  /** The search field's label, e.g. «Find a member». */
  label: string;
  /** Members not offered (oneself, those already chosen). */
  exclude: readonly string[];
  onPick: (member: MemberRef) => void;
  error?: string;
}

/** Searches the directory as it is typed (2 letters or more) and offers a «Choose» button per person found. */
export function MemberPicker({ label, exclude, onPick, error }: MemberPickerProps) {
  const { t } = useTranslation();
  const resultsId = useId();
  const [q, setQ] = useState('');
  const query = q.trim();
  const search = useMemberSearch(query);
  const found = (search.data?.items ?? []).filter((member) => !exclude.includes(member.id));

  return (
    <div className="stack stack--tight">
      <TextField
        name={`member-search-${resultsId}`}
        type="search"
        label={label}
        hint={t('coffee.picker.hint')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        error={error}
        aria-controls={resultsId}
        autoComplete="off"
      />
      <div id={resultsId} aria-live="polite">
        {query.length < 2 ? null : search.isError ? (
          <ErrorAlert>{errorMessage(t, search.error)}</ErrorAlert>
        ) : search.isPending ? (
          <p className="small muted">{t('coffee.picker.looking')}</p>
        ) : found.length === 0 ? (
          <p className="small muted">{t('coffee.picker.nobody')}</p>
        ) : (
          <ul className="coffee-people" role="list">
            {found.map((member) => (
              <li key={member.id} className="coffee-people__person">
                <span>
                  {member.displayName}
                  {member.businessName ? <span className="small muted"> · {member.businessName}</span> : null}
                </span>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => {
                    onPick({ id: member.id, displayName: member.displayName, photoUrl: member.photoUrl, businessName: member.businessName, headline: member.headline });
                    setQ('');
                  }}
                >
                  {t('coffee.picker.choose', { name: member.displayName })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
