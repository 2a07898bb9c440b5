import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldFrame } from './field-frame';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'name'> {
  name: string;
  label: ReactNode;
  /** Help shown under the field and read with it. */
  hint?: ReactNode;
  /** A translated error: the field is marked invalid and the sentence is read with it. */
  error?: string;
}

export function TextField({ name, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <input name={name} {...control} {...input} />}
    </FieldFrame>
  );
}
