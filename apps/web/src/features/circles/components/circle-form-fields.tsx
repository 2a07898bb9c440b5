import type { JoinPolicy } from '@tertulia/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** «Who can join»: anyone at once, or those its admins approve. */
export function JoinPolicyFieldset({ value, onChange }: { value: JoinPolicy; onChange: (policy: JoinPolicy) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="fieldset form__full">
      <legend>{t('circles.form.policy')}</legend>
      {(['open', 'approval'] as const).map((policy) => (
        <div key={policy} className="circle-radio">
          <input
            id={`${name}-${policy}`}
            type="radio"
            name="joinPolicy"
            value={policy}
            checked={value === policy}
            onChange={() => onChange(policy)}
          />
          <label htmlFor={`${name}-${policy}`}>{t(`circles.form.policy_${policy}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
