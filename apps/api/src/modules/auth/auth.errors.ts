import { AppError } from '../../common/errors/app-error';

/** One answer for an unknown e-mail, a wrong password and a deactivated member: nothing to probe. */
export const invalidCredentials = () =>
  new AppError(401, 'INVALID_CREDENTIALS', 'That e-mail and password do not match an active member.');
export const wrongPassword = () => new AppError(422, 'WRONG_PASSWORD', 'Your current password is not right.');
