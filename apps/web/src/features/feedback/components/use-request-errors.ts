import { FEEDBACK_CAP_MAX, FEEDBACK_MINUTES_MAX } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors, type SchemaIssue } from '../../../lib/errors';
import { DEADLINE_RANGE, requestField } from '../utils/request-draft';

/** Refusals of the API that belong to one field of the request form. */
const FIELD_OF_CODE: Partial<Record<string, string>> = {
  DEADLINE_OUT_OF_RANGE: 'deadline',
  REVIEWER_NOT_ELIGIBLE: 'invitedMemberIds',
  TOO_MANY_REVIEWERS: 'invitedMemberIds',
  CAP_BELOW_ANSWERS: 'cap',
  QUESTIONS_LOCKED: 'questions',
};

/** The schema's and the API's problems at the request form's fields, in the reader's language. */
export function useRequestErrors(issues: readonly SchemaIssue[], apiError: unknown): FieldErrors {
  const { t } = useTranslation();
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrorsFromApi(t, apiError))) errors[requestField(path)] ??= message;
  if (isApiError(apiError)) {
    const field = FIELD_OF_CODE[apiError.code];
    if (field) errors[field] = t(`errors.${apiError.code}`);
  }
  Object.assign(errors, fieldErrorsFromIssues(t, issues));
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (issue.code === DEADLINE_RANGE) errors[field] = t('errors.DEADLINE_OUT_OF_RANGE');
    else if (field === 'deadline') errors[field] = t('feedback.form.deadlineInvalid');
    else if (field === 'minutes') errors[field] = t('feedback.form.minutesRange', { max: FEEDBACK_MINUTES_MAX });
    else if (field === 'cap') errors[field] = t('feedback.form.capRange', { max: FEEDBACK_CAP_MAX });
    else if (field === 'invitedMemberIds' && issue.code === 'custom') errors[field] = t('feedback.form.inviteSomeone');
  }
  return errors;
}

/** Whether the API's refusal is already shown at a field (so it is not repeated above the buttons). */
export function shownAtField(apiError: unknown, errors: FieldErrors): boolean {
  if (!isApiError(apiError)) return false;
  if (apiError.code === 'VALIDATION_FAILED') return Object.keys(errors).length > 0;
  return FIELD_OF_CODE[apiError.code] !== undefined;
}
