import { AppError } from '../../common/errors/app-error';

export const circleNotFound = () => new AppError(404, 'CIRCLE_NOT_FOUND', 'There is no such circle.');
export const notCircleAdmin = () => new AppError(403, 'FORBIDDEN', "Only the circle's admins or the manager can do this.");
/** Someone named in the path who is not in the circle (or whose account is no longer active). */
export const circleMemberNotFound = () => new AppError(404, 'NOT_FOUND', 'This person is not in the circle.');
/** A role is given only to someone already let in: a request is approved first. */
export const circleMemberPending = () =>
  new AppError(404, 'NOT_FOUND', 'This person has only asked to join: approve them first.');
export const lastCircleAdmin = () =>
  new AppError(422, 'LAST_CIRCLE_ADMIN', 'The circle would be left without an admin: make someone else an admin first.');
/** A cursor this API did not hand out (same answer as decodeCursor's). */
export const invalidCursor = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
