import { AppError } from '../../common/errors/app-error';

/** Forged, altered, cut short, or of a member who no longer exists: all look the same. */
export const unsubscribeLinkInvalid = () =>
  new AppError(404, 'UNSUBSCRIBE_LINK_INVALID', 'This unsubscribe link is not valid. Choose what you receive in your notification settings.');
/** A cursor this API did not hand out (same answer as decodeCursor's). */
export const invalidCursor = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
