import { AppError } from '../../common/errors/app-error';

export const notAnImage = () =>
  new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send a JPEG, PNG or WebP image.', [{ message: 'The body is not an image we can read' }]);
export const photoNotFound = () => new AppError(404, 'PHOTO_NOT_FOUND', 'There is no such photo.');
