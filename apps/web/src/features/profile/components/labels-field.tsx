import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import { parseLabels } from '../../../lib/labels';

export interface LabelsFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  maxLength?: number;
  onChange: (value: string) => void;
}

/** Skills or tags typed on one line, separated by commas, shown as chips as they are typed. */
export function LabelsField({ name, label, hint, error, value, maxLength = 600, onChange }: LabelsFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  const labels = parseLabels(value);
  return (
    <div className="labels-field">
      <TextField
        name={name}
        label={label}
        hint={[hint, t('profile.labels.hint')].filter(Boolean).join(' ')}
        error={error}
        value={value}
        maxLength={maxLength}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
      {labels.length > 0 ? (
        <ul id={listId} className="tags" aria-label={t('profile.labels.listLabel', { field: label })}>
          {labels.map((item) => (
            <li key={item.toLocaleLowerCase()} className="tag">
              {item}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
