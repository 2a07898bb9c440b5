import type { BreakfastSession, CurrentMember } from '@tertulia/domain';
import { shiftDay } from '../../../lib/time';
import type { BreakfastRange } from '../api/keys';

type Reader = Pick<CurrentMember, 'id' | 'role'>;
type Moment = string | number | Date;

const time = (value: Moment) => (value instanceof Date ? value.getTime() : new Date(value).getTime());

export function isPresenter(session: BreakfastSession, readerId: string): boolean {
  return session.presenter?.id === readerId;
}

/** Still to come or under way: it ends after `now`. */
export function isUpcoming(session: Pick<BreakfastSession, 'endsAt'>, now: Moment = Date.now()): boolean {
  return time(session.endsAt) > time(now);
}

/** Over: it ended at or before `now` (today's breakfast joins the archive once it's finished). */
export function hasTakenPlace(session: Pick<BreakfastSession, 'endsAt'>, now: Moment = Date.now()): boolean {
  return !isUpcoming(session, now);
}

/**
 * The sessions the presenter of `own` could swap with: other upcoming, non-cancelled sessions
 * that have someone else as presenter (the API refuses the others with SWAP_NOT_POSSIBLE).
 */
export function swapCandidates(
  sessions: readonly BreakfastSession[],
  own: BreakfastSession,
  now: Moment = Date.now(),
): BreakfastSession[] {
  return sessions.filter(
    (session) =>
      session.id !== own.id &&
      session.status !== 'cancelled' &&
      session.presenter !== null &&
      session.presenter.id !== own.presenter?.id &&
      time(session.startsAt) > time(now),
  );
}

/** What the reader may do on an upcoming session, decided once so that the markup stays simple. */
export interface SessionPermissions {
  presenter: boolean;
  manager: boolean;
  /** "I'm coming": every member, on sessions that are still to come and not cancelled. */
  answer: boolean;
  confirm: boolean;
  /** The topic is the presenter's to write (the API lets the manager too, but the rota stays readable). */
  editTopic: boolean;
  /** Decline and propose a swap: not while a swap is waiting for an answer (it would go stale). */
  decline: boolean;
  proposeSwap: boolean;
}

export function sessionPermissions(session: BreakfastSession, reader: Reader, now: Moment = Date.now()): SessionPermissions {
  const presenter = isPresenter(session, reader.id);
  const manager = reader.role === 'manager';
  const live = session.status !== 'cancelled' && time(session.startsAt) > time(now);
  const free = live && presenter && session.pendingSwap === null;
  return {
    presenter,
    manager,
    answer: live,
    confirm: live && presenter && session.status === 'assigned',
    editTopic: live && presenter,
    decline: free,
    proposeSwap: free,
  };
}

/** The presenter of a past breakfast and the manager may write its summary (not for a cancelled one). */
export function canEditSummary(session: BreakfastSession, reader: Reader): boolean {
  if (session.status === 'cancelled') return false;
  return reader.role === 'manager' || isPresenter(session, reader.id);
}

/**
 * The archive's span: the last year up to today (the API allows a year at most), so that a
 * breakfast held this morning is already there to be summarised.
 */
export function archiveRange(today: string): Required<BreakfastRange> {
  return { from: shiftDay(today, { years: -1, days: 1 }), to: today };
}

/** The archive shows the breakfasts that have taken place, newest first. */
export function pastNewestFirst(sessions: readonly BreakfastSession[], now: Moment = Date.now()): BreakfastSession[] {
  return sessions.filter((session) => hasTakenPlace(session, now)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
