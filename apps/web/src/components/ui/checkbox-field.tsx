import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

export interface CheckboxFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> {
  label: ReactNode;
  /** A sentence explaining what ticking it means, read with the checkbox. */
  hint?: ReactNode;
}

/** A checkbox with its label beside it (the whole label is clickable) and an optional explanation. */
export function CheckboxField({ label, hint, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={['checkbox-field', className ?? ''].filter(Boolean).join(' ')}>
      <input id={id} type="checkbox" aria-describedby={hintId} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
