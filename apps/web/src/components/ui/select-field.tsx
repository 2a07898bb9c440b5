import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldFrame } from './field-frame';

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

export interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id' | 'children'> {
  label: ReactNode;
  options: readonly SelectOption[];
  error?: string;
  /** Keep the label for assistive technology only (the context already shows what it is). */
  hideLabel?: boolean;
}

export function SelectField({ label, options, error, hideLabel, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
