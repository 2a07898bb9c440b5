import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

/** Field errors of a form, by field path (`email`, `newPassword`), already translated. */
export type FieldErrors = Partial<Record<string, string>>;

/** The parts of a schema issue (zod's, from the domain schemas) that the portal translates. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  input?: unknown;
}

/** The portal's own check (not in the schemas): the password typed twice is the same. */
export const PASSWORDS_DIFFER = 'passwords_differ';

export function passwordsDifferIssue(path: string): SchemaIssue {
  return { code: PASSWORDS_DIFFER, path: [path] };
}

/** One translated sentence per problem: zod's own messages are English, never shown. */
export function issueMessage(t: TFunction, issue: SchemaIssue): string {
  switch (issue.code) {
    case 'too_small': {
      if (issue.origin !== 'string') return t('validation.invalid');
      const min = Number(issue.minimum);
      return min <= 1 ? t('validation.required') : t('validation.tooShort', { min });
    }
    case 'too_big':
      return issue.origin === 'string' ? t('validation.tooLong', { max: Number(issue.maximum) }) : t('validation.invalid');
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case PASSWORDS_DIFFER:
      return t('validation.passwordsDiffer');
    case 'invalid_type':
      return issue.input === undefined ? t('validation.required') : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** The first problem of each field. */
export function fieldErrorsFromIssues(t: TFunction, issues: readonly SchemaIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (errors[path] === undefined) errors[path] = issueMessage(t, issue);
  }
  return errors;
}

/** Fields the API refused (its details name them by path; its sentences are English, so not shown). */
export function fieldErrorsFromApi(t: TFunction, error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return errors;
  for (const detail of error.details) {
    if (detail.path) errors[detail.path] ??= t('validation.invalid');
  }
  return errors;
}

/** The translated sentence for any failure: the API's code, or "something went wrong". */
export function errorMessage(t: TFunction, error: unknown): string {
  return isApiError(error) ? t(`errors.${error.code}`) : t('errors.INTERNAL');
}
