import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldFrame } from './field-frame';

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'name'> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** Like TextField, for a few lines of text. */
export function TextAreaField({ name, label, hint, error, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea name={name} {...control} {...textarea} />}
    </FieldFrame>
  );
}
