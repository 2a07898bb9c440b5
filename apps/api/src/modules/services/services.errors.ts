import { AppError } from '../../common/errors/app-error';

export const serviceNotFound = () => new AppError(404, 'SERVICE_NOT_FOUND', 'There is no such service.');
export const notTheOwner = () => new AppError(403, 'FORBIDDEN', 'Only the member who offers this service can change it.');
export const serviceOrderMismatch = () =>
  new AppError(422, 'SERVICE_ORDER_MISMATCH', 'The new order must list each of your services exactly once.');
/** An unknown category in the path. */
export const categoryNotFound = () => new AppError(404, 'CATEGORY_NOT_FOUND', 'There is no such category.');
/** An unknown category named in a service's body. */
export const unknownCategory = () =>
  new AppError(422, 'CATEGORY_NOT_FOUND', 'There is no such category.', [{ path: 'categoryId', message: 'Unknown category' }]);
/** A cursor this API did not hand out (same answer as decodeCursor's). */
export const invalidCursor = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
