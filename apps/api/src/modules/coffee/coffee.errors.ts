import { COFFEE_SNOOZE_MAX_DAYS } from '@tertulia/domain';
import { AppError } from '../../common/errors/app-error';

/** `path` names the offending entry, e.g. `doNotPair.2` or `inviteeId`. */
export const memberNotEligible = (path: string) =>
  new AppError(422, 'COFFEE_MEMBER_NOT_ELIGIBLE', 'Only active members other than yourself can be chosen.', [
    { path, message: 'Not an active member, or yourself' },
  ]);
export const snoozeOutOfRange = (from: string, to: string) =>
  new AppError(422, 'COFFEE_SNOOZE_OUT_OF_RANGE', `A pause lasts until a day from ${from} to ${to} (${COFFEE_SNOOZE_MAX_DAYS} days).`, [
    { path: 'snoozeUntil', message: `From ${from} to ${to}` },
  ]);
export const roundExists = (weekOf: string) =>
  new AppError(409, 'COFFEE_ROUND_EXISTS', `The coffee round of the week of ${weekOf} has already been made.`);
/** Unknown, or the reader is not in it. */
export const matchNotFound = () => new AppError(404, 'COFFEE_MATCH_NOT_FOUND', 'There is no such coffee match.');
/** Unknown, not the reader's (sent or received), or held while they are in focus. */
export const invitationNotFound = () => new AppError(404, 'COFFEE_INVITATION_NOT_FOUND', 'There is no such coffee invitation.');
export const notTheInvitee = () => new AppError(403, 'FORBIDDEN', 'Only the member invited can answer this invitation.');
export const invitationPending = () =>
  new AppError(409, 'COFFEE_INVITATION_PENDING', 'You already have an unanswered coffee invitation to this member.', [
    { path: 'inviteeId', message: 'Already invited' },
  ]);
export const invitationAnswered = () => new AppError(409, 'COFFEE_INVITATION_ANSWERED', 'This coffee invitation has already been answered.');
export const timePast = (path: string) =>
  new AppError(422, 'COFFEE_TIME_PAST', 'Coffee times must be in the future.', [{ path, message: 'In the past' }]);
export const timeNotProposed = () =>
  new AppError(422, 'COFFEE_TIME_NOT_PROPOSED', 'Choose one of the proposed times.', [{ path: 'time', message: 'Not proposed' }]);
/** A cursor this API did not hand out (same answer as decodeCursor's). */
export const invalidCursor = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
