import { LoginSchema, AcceptInvitationSchema } from '@tertulia/domain';
import type { TFunction } from 'i18next';
import { ApiError } from './api-client';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, passwordsDifferIssue } from './errors';

// A stand-in translator that shows which key (and values) would be used.
const t = ((key: string, values?: Record<string, unknown>) =>
  values && 'min' in values ? `${key}(${String(values.min)})` : key) as unknown as TFunction;

describe('form errors', () => {
  it('translates the domain schemas issues, never showing zod English', () => {
    const login = LoginSchema.safeParse({ email: 'nope', password: '' });
    expect(login.success).toBe(false);
    expect(fieldErrorsFromIssues(t, login.error!.issues)).toEqual({
      email: 'validation.email',
      password: 'validation.required',
    });

    const accept = AcceptInvitationSchema.safeParse({ displayName: '  ', password: 'short' });
    expect(fieldErrorsFromIssues(t, [...accept.error!.issues, passwordsDifferIssue('confirmPassword')])).toEqual({
      displayName: 'validation.required',
      password: 'validation.tooShort(12)',
      confirmPassword: 'validation.passwordsDiffer',
    });
  });

  it('marks the fields named in API validation details', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'x', [{ path: 'email', message: 'Invalid' }, { message: 'general' }]);
    expect(fieldErrorsFromApi(t, error)).toEqual({ email: 'validation.invalid' });
    expect(fieldErrorsFromApi(t, new ApiError(409, 'ALREADY_MEMBER', 'x'))).toEqual({});
  });

  it('gives every failure a translated sentence', () => {
    expect(errorMessage(t, new ApiError(409, 'ALREADY_MEMBER', 'x'))).toBe('errors.ALREADY_MEMBER');
    expect(errorMessage(t, new Error('boom'))).toBe('errors.INTERNAL');
  });
});
