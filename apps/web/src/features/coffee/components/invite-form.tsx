import { COFFEE_MESSAGE_MAX_LENGTH, COFFEE_PROPOSED_TIMES_MAX, type MemberRef } from '@tertulia/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useCreateInvitation } from '../api/create-invitation';
import { isoToCommunityLocal } from '../../../lib/community-time';
import { emptyInvite, inviteRequest, type InviteDraft, type InviteProblem } from '../utils/invite-draft';
import { MemberPicker } from './member-picker';

export interface InviteFormProps {
  viewerId: string;
  /** Someone chosen already (from «Invite for a coffee» on their profile). */
  initialInvitee?: MemberRef | null;
}

/** «Invite someone for a coffee»: whom, 1–3 times on the coworking's clock, and a short message. */
export function InviteForm({ viewerId, initialInvitee = null }: InviteFormProps) {
  const { t } = useTranslation();
  const create = useCreateInvitation();
  const [invitee, setInvitee] = useState<MemberRef | null>(initialInvitee);
  const [draft, setDraft] = useState<InviteDraft>(emptyInvite(initialInvitee?.id ?? null));
  const [problems, setProblems] = useState<Record<string, InviteProblem>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  // A time added with «Add another time» takes the focus, so the keyboard goes on typing there.
  const timeInputs = useRef<(HTMLInputElement | null)[]>([]);
  const focusTime = useRef<number | null>(null);
  useEffect(() => {
    if (focusTime.current === null) return;
    timeInputs.current[focusTime.current]?.focus();
    focusTime.current = null;
  }, [draft.times.length]);
  const problem = (field: string) => (problems[field] ? t(`coffee.invite.problem.${problems[field]}`) : undefined);
  const apiProblem = isApiError(create.error) ? create.error.details.find((detail) => detail.path === 'inviteeId') : undefined;

  const change = (next: Partial<InviteDraft>) => {
    create.reset();
    setSentTo(null);
    setDraft((current) => ({ ...current, ...next }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const result = inviteRequest(draft);
    setProblems(result.problems ?? {});
    if (!result.request) return;
    create.mutate(result.request, {
      onSuccess: (invitation) => {
        setSentTo(invitation.invitee.displayName);
        setInvitee(null);
        setDraft(emptyInvite());
      },
    });
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="coffee-invite-heading">
      <h2 id="coffee-invite-heading">{t('coffee.invite.heading')}</h2>
      <p className="small">{t('coffee.invite.intro')}</p>
      <form className="form form--tight" noValidate onSubmit={onSubmit}>
        {invitee ? (
          <div className="coffee-people__person">
            <p>
              {t('coffee.invite.inviting')} <strong>{invitee.displayName}</strong>
            </p>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                setInvitee(null);
                change({ inviteeId: null });
              }}
            >
              {t('coffee.invite.changePerson')}
            </button>
          </div>
        ) : (
          <MemberPicker
            label={t('coffee.invite.whom')}
            exclude={[viewerId]}
            error={problem('inviteeId') ?? (apiProblem ? t('errors.COFFEE_MEMBER_NOT_ELIGIBLE') : undefined)}
            onPick={(member) => {
              setInvitee(member);
              change({ inviteeId: member.id });
            }}
          />
        )}
        <fieldset className="fieldset">
          <legend>{t('coffee.invite.times', { max: COFFEE_PROPOSED_TIMES_MAX })}</legend>
          {draft.times.map((time, index) => (
            <div key={index} className="coffee-time">
              <TextField
                ref={(element) => {
                  timeInputs.current[index] = element;
                }}
                name={`times.${index}`}
                type="datetime-local"
                min={isoToCommunityLocal(new Date())}
                label={t('coffee.invite.time', { number: index + 1 })}
                value={time}
                onChange={(event) => change({ times: draft.times.map((found, at) => (at === index ? event.target.value : found)) })}
                error={problem(`times.${index}`)}
              />
              {draft.times.length > 1 ? (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => change({ times: draft.times.filter((_, at) => at !== index) })}
                >
                  {t('coffee.invite.removeTime', { number: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {draft.times.length < COFFEE_PROPOSED_TIMES_MAX ? (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                focusTime.current = draft.times.length;
                change({ times: [...draft.times, ''] });
              }}
            >
              {t('coffee.invite.addTime')}
            </button>
          ) : null}
        </fieldset>
        <TextAreaField
          name="message"
          label={t('coffee.invite.message')}
          hint={t('coffee.invite.messageCount', { count: draft.message.trim().length, max: COFFEE_MESSAGE_MAX_LENGTH })}
          rows={3}
          value={draft.message}
          onChange={(event) => change({ message: event.target.value })}
          error={problem('message')}
        />
        <ErrorAlert>{create.isError ? errorMessage(t, create.error) : null}</ErrorAlert>
        <StatusMessage>{sentTo ? t('coffee.invite.sent', { name: sentTo }) : null}</StatusMessage>
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={create.isPending} aria-busy={create.isPending}>
            {t('coffee.invite.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
