import type { BreakfastSession, CurrentMember } from '@tertulia/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDay, formatTime } from '../../../lib/time';
import { useSetAttendance } from '../api/set-attendance';
import { sessionPermissions } from '../utils/sessions';
import { PresenterActions } from './presenter-actions';
import { PresenterCard } from './presenter-card';
import { SessionManagerActions, type PresenterChoice } from './session-manager-actions';
import { SessionStatusBadge } from './session-status-badge';

export interface UpcomingSessionItemProps {
  session: BreakfastSession;
  reader: Pick<CurrentMember, 'id' | 'role'>;
  swapOptions: readonly BreakfastSession[];
  /** For the manager's presenter select. */
  members?: readonly PresenterChoice[];
  /** "Now", for tests; the real clock otherwise. */
  now?: number;
}

/** One upcoming breakfast: when and where, who presents and on what, who comes, and what the reader can do. */
export function UpcomingSessionItem({ session, reader, swapOptions, members, now }: UpcomingSessionItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const attendance = useSetAttendance(session.id);
  const [notice, setNotice] = useState<string | null>(null);
  const permissions = sessionPermissions(session, reader, now);
  // The answer being sent, set in the click itself: a controlled checkbox must not snap back while the request runs.
  const [sending, setSending] = useState<boolean | null>(null);
  const attending = sending ?? session.attending === true;

  const [focusRequest, setFocusRequest] = useState(0);
  // The button pressed may be gone now (confirmed, declined, swapped): keep the focus in this item.
  // In an effect, so that it comes after the decline dialog (a child, whose effects run first) has closed.
  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  const onStart = () => setNotice(null);
  const onDone = (message: string) => {
    setNotice(message);
    setFocusRequest((count) => count + 1);
  };

  return (
    <li className={`session${session.status === 'cancelled' ? ' session--cancelled' : ''}${permissions.presenter ? ' session--mine' : ''}`}>
      <div className="session__header">
        <div className="session__when">
          <h3 ref={headingRef} tabIndex={-1} className="session__date">
            {formatDay(session.date, locale)}
          </h3>
          <p className="session__meta">
            <time dateTime={session.startsAt}>{formatTime(session.startsAt, locale)}</time>–
            <time dateTime={session.endsAt}>{formatTime(session.endsAt, locale)}</time>
            {session.place ? <> · {session.place}</> : null}
          </p>
        </div>
        <p className="session__badges">
          {permissions.presenter ? <span className="badge badge--info">{t('breakfasts.session.youPresent')}</span> : null}
          <SessionStatusBadge status={session.status} />
        </p>
      </div>

      <PresenterCard presenter={session.presenter} isYou={permissions.presenter} />

      {permissions.editTopic ? null : session.topic ? (
        <p className="session__topic">
          <span className="session__label">{t('breakfasts.session.topic')}</span> {session.topic}
        </p>
      ) : session.presenter && session.status !== 'cancelled' ? (
        <p className="session__topic muted">{t('breakfasts.session.noTopic')}</p>
      ) : null}

      {permissions.answer ? (
        <div className="session__attendance">
          <CheckboxField
            label={t('breakfasts.session.coming')}
            checked={attending}
            aria-busy={attendance.isPending}
            onChange={(event) => {
              const answer = event.target.checked;
              setNotice(null);
              setSending(answer);
              attendance.mutate({ sessionId: session.id, attending: answer }, { onSettled: () => setSending(null) });
            }}
          />
          <p className="session__headcount">{t('breakfasts.session.headcount', { count: session.headcount })}</p>
          <ErrorAlert>{attendance.isError ? errorMessage(t, attendance.error) : null}</ErrorAlert>
        </div>
      ) : null}

      <PresenterActions session={session} permissions={permissions} swapOptions={swapOptions} onStart={onStart} onDone={onDone} />

      {permissions.manager ? (
        <SessionManagerActions session={session} members={members} onStart={onStart} onDone={onDone} />
      ) : null}

      <StatusMessage>{notice}</StatusMessage>
    </li>
  );
}
