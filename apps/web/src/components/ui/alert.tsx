import type { ReactNode } from 'react';

/** A problem the person has to know about now (announced at once by screen readers). */
export function ErrorAlert({ children, id }: { children?: ReactNode; id?: string }) {
  if (!children) return null;
  return (
    <div role="alert" id={id} className="notice notice--error">
      {children}
    </div>
  );
}

/**
 * A quiet confirmation ("Saved"). The live region stays in the page even when empty, so that
 * screen readers notice when a message appears in it.
 */
export function StatusMessage({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div role="status" className={children ? ['notice notice--success', className ?? ''].join(' ') : 'visually-hidden'}>
      {children}
    </div>
  );
}
