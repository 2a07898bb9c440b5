import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import { parseLabels } from '../../../lib/labels';

export interface ExpertiseFieldProps {
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** The wanted expertise, typed on one line separated by commas, shown as tags as it is typed. */
export function ExpertiseField({ value, error, onChange }: ExpertiseFieldProps) {
  const { t } = useTranslation();
  const labels = parseLabels(value);
  return (
    <div className="labels-field">
      <TextField
        name="expertise"
        label={t('feedback.form.expertise')}
        hint={t('feedback.form.expertiseHint')}
        error={error}
        value={value}
        maxLength={500}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
      {labels.length > 0 ? (
        <ul className="tags" aria-label={t('feedback.form.expertiseList')}>
          {labels.map((label) => (
            <li key={label.toLocaleLowerCase()} className="tag">
              {label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
