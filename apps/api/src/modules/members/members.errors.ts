import { AppError } from '../../common/errors/app-error';

export const memberNotFound = () => new AppError(404, 'MEMBER_NOT_FOUND', 'There is no such member.');
export const lastManager = () =>
  new AppError(422, 'LAST_MANAGER', 'The community needs an active manager: name another manager first.');
export const invitationPending = () =>
  new AppError(422, 'INVITATION_PENDING', 'This person has not accepted their invitation yet.');
export const focusOutOfRange = (maxHours: number) =>
  new AppError(422, 'FOCUS_OUT_OF_RANGE', `Focus must end in the future, within the next ${maxHours} hours.`, [
    { path: 'focusUntil', message: `Give a time within the next ${maxHours} hours` },
  ]);
