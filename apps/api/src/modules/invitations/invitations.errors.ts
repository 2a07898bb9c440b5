import { AppError } from '../../common/errors/app-error';

export const invitationNotFound = () =>
  new AppError(404, 'INVITATION_NOT_FOUND', 'This invitation link is not valid. Ask the manager for a new one.');
export const invitationUsed = () =>
  new AppError(409, 'INVITATION_USED', 'This invitation has already been used. Sign in instead.');
export const invitationExpired = () =>
  new AppError(422, 'INVITATION_EXPIRED', 'This invitation has expired. Ask the manager for a new one.');
export const alreadyMember = () =>
  new AppError(409, 'ALREADY_MEMBER', 'This person is already a member of the community.');
