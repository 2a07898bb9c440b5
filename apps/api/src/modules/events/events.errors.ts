import { WANTS_MAX } from '@tertulia/domain';
import { AppError } from '../../common/errors/app-error';

/** Unknown, or not visible to the reader (a circle's event to someone outside the circle). */
export const eventNotFound = () => new AppError(404, 'EVENT_NOT_FOUND', 'There is no such event.');
export const notTheOrganiser = () => new AppError(403, 'FORBIDDEN', 'Only the organiser or the manager can change this event.');
export const notAllowedToOrganise = (circle: boolean) =>
  new AppError(
    403,
    'FORBIDDEN',
    circle ? "Only the circle's admins or the manager can create its events." : 'Only the manager can create events for the whole space.',
  );
/** An unknown circle named in the body. */
export const unknownCircle = () =>
  new AppError(422, 'CIRCLE_NOT_FOUND', 'There is no such circle.', [{ path: 'circleId', message: 'Unknown circle' }]);
export const eventCancelled = () => new AppError(422, 'EVENT_CANCELLED', 'This event has been cancelled.');
export const eventOver = () => new AppError(422, 'EVENT_OVER', 'This event is over.');
export const rsvpClosed = () => new AppError(422, 'RSVP_CLOSED', 'Answers to this event can no longer change.');
export const capacityBelowGoing = (going: number) =>
  new AppError(422, 'CAPACITY_BELOW_GOING', `${going} people are already going: the capacity cannot be lower.`, [
    { path: 'capacity', message: `At least ${going}` },
  ]);
export const wantsNotAllowed = (reason: string, path?: string) =>
  new AppError(
    422,
    'WANTS_NOT_ALLOWED',
    `Before a networking lunch, its attendees may mark up to ${WANTS_MAX} people going to it.`,
    [path ? { path, message: reason } : { message: reason }],
  );
/** The merged event (what is stored plus the patch) would end before it starts, or close answers after it ends. */
export const invalidTimes = (path: string, message: string) =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path, message }]);
export const coverNotFound = () => new AppError(404, 'NOT_FOUND', 'This event has no cover image.');
/** A cursor this API did not hand out (same answer as decodeCursor's). */
export const invalidCursor = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
