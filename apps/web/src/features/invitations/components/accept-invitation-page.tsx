import {
  AcceptInvitationSchema,
  InvitationTokenParamsSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type CurrentMember,
  type ErrorCode,
  type InvitationPreview,
} from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import {
  errorMessage,
  fieldErrorsFromApi,
  fieldErrorsFromIssues,
  passwordsDifferIssue,
  type SchemaIssue,
} from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';

type Problem = 'notFound' | 'used' | 'expired';

/** Why a link cannot be used, when the answer says so; anything else is shown as an error. */
function problemOf(error: unknown): Problem | null {
  if (!isApiError(error)) return null;
  const problems: Partial<Record<ErrorCode, Problem>> = {
    INVITATION_NOT_FOUND: 'notFound',
    NOT_FOUND: 'notFound',
    INVITATION_USED: 'used',
    INVITATION_EXPIRED: 'expired',
  };
  // A token of the wrong shape is refused by validation: for the person it is a broken link.
  if (error.code === 'VALIDATION_FAILED' && error.details.some((detail) => detail.path === 'token')) return 'notFound';
  return problems[error.code] ?? null;
}

export interface AcceptInvitationPageProps {
  token: string;
  onAccepted: (member: CurrentMember) => void;
}

export function AcceptInvitationPage({ token, onAccepted }: AcceptInvitationPageProps) {
  const { t } = useTranslation();
  const wellFormed = InvitationTokenParamsSchema.safeParse({ token }).success;
  const invitation = useInvitation(token, wellFormed);
  const accept = useAcceptInvitation();

  const problem: Problem | null = !wellFormed ? 'notFound' : (problemOf(accept.error) ?? problemOf(invitation.error));
  if (problem) return <InvitationProblem problem={problem} />;

  if (invitation.isPending) {
    return (
      <div className="card card--narrow">
        <PageHeading title={t('invitations.accept.title')}>{t('invitations.accept.title')}</PageHeading>
        <p role="status">{t('invitations.accept.checking')}</p>
      </div>
    );
  }

  if (invitation.isError) {
    return (
      <div className="card card--narrow">
        <PageHeading title={t('invitations.accept.title')}>{t('invitations.accept.title')}</PageHeading>
        <ErrorAlert>{errorMessage(t, invitation.error)}</ErrorAlert>
        <button type="button" className="button" onClick={() => void invitation.refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }

  return (
    <AcceptForm
      invitation={invitation.data}
      pending={accept.isPending}
      error={accept.error}
      onSubmit={(acceptance) =>
        accept.mutate({ token, acceptance }, { onSuccess: ({ member }) => onAccepted(member) })
      }
      onEdit={() => accept.reset()}
    />
  );
}

interface AcceptFormProps {
  invitation: InvitationPreview;
  pending: boolean;
  error: unknown;
  onSubmit: (acceptance: { displayName: string; password: string }) => void;
  onEdit: () => void;
}

function AcceptForm({ invitation, pending, error, onSubmit, onEdit }: AcceptFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = { ...fieldErrorsFromApi(t, error), ...fieldErrorsFromIssues(t, issues) };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    onEdit();
    const { displayName = '', password = '', confirmPassword = '' } = readForm(event.currentTarget);
    const parsed = AcceptInvitationSchema.safeParse({ displayName, password });
    const found: SchemaIssue[] = parsed.success ? [] : [...parsed.error.issues];
    if (password !== confirmPassword) found.push(passwordsDifferIssue('confirmPassword'));
    if (!parsed.success || found.length > 0) {
      flushSync(() => setIssues(found));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    onSubmit(parsed.data);
  };

  return (
    <div className="card card--narrow">
      <PageHeading title={t('invitations.accept.title')}>{t('invitations.accept.heading')}</PageHeading>
      <p className="lead">
        <Trans
          i18nKey="invitations.accept.intro"
          values={{ email: invitation.email }}
          components={{ strong: <strong className="break" /> }}
        />
      </p>
      <p className="muted small">
        {t('invitations.accept.validUntil', { date: formatDateTime(invitation.expiresAt, locale) })}
      </p>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {/* Read-only, so password managers save the new password with the right e-mail. */}
        <TextField
          name="email"
          type="email"
          label={t('invitations.accept.email')}
          value={invitation.email}
          autoComplete="username"
          readOnly
        />
        <TextField
          name="displayName"
          label={t('invitations.accept.displayName')}
          hint={t('invitations.accept.displayNameHint')}
          autoComplete="name"
          maxLength={80}
          required
          error={errors.displayName}
        />
        <TextField
          name="password"
          type="password"
          label={t('invitations.accept.password')}
          hint={t('invitations.accept.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          required
          error={errors.password}
        />
        <TextField
          name="confirmPassword"
          type="password"
          label={t('invitations.accept.confirmPassword')}
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          required
          error={errors.confirmPassword}
        />
        <ErrorAlert>{error ? errorMessage(t, error) : null}</ErrorAlert>
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={pending} aria-busy={pending}>
            {t('invitations.accept.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

function InvitationProblem({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  return (
    <div className="card card--narrow">
      <PageHeading title={t(`invitations.accept.${problem}.title`)}>{t(`invitations.accept.${problem}.title`)}</PageHeading>
      <p className="lead">{t(`invitations.accept.${problem}.body`)}</p>
      <p>
        <Link className="button" to="/sign-in">
          {t('invitations.accept.goToSignIn')}
        </Link>
      </p>
    </div>
  );
}
