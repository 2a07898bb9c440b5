import { AppError } from '../../common/errors/app-error';

/** A cursor this API did not hand out (same answer as decodeCursor's). */
export const invalidCursor = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
/** The session's member no longer exists (deleted between the guard and the query). */
export const memberGone = () => new AppError(404, 'NOT_FOUND', 'There is no such member.');
