import { AppError } from '../../common/errors/app-error';

export const breakfastNotFound = () => new AppError(404, 'BREAKFAST_NOT_FOUND', 'There is no such breakfast.');
export const breakfastsOff = () =>
  new AppError(422, 'BREAKFASTS_OFF', 'Breakfasts are switched off: turn them on in the settings first.');
export const breakfastPast = () => new AppError(422, 'BREAKFAST_PAST', 'This breakfast has already started.');
export const breakfastCancelled = () => new AppError(422, 'BREAKFAST_CANCELLED', 'This breakfast is cancelled.');
export const breakfastNotHeldYet = () =>
  new AppError(422, 'BREAKFAST_NOT_HELD_YET', 'A summary can be added once the breakfast has taken place.');
export const presenterNotEligible = () =>
  new AppError(422, 'PRESENTER_NOT_ELIGIBLE', 'Only an active member can present.');
export const swapNotPossible = (message: string) => new AppError(422, 'SWAP_NOT_POSSIBLE', message);
export const swapPending = () => new AppError(409, 'SWAP_PENDING', 'A swap of this breakfast is already waiting for an answer.');
export const swapNotFound = () => new AppError(404, 'SWAP_NOT_FOUND', 'There is no such swap proposal.');
export const swapStale = () =>
  new AppError(409, 'SWAP_STALE', 'The breakfasts changed since this swap was proposed, so it no longer applies.');
export const closureNotFound = () => new AppError(404, 'CLOSURE_NOT_FOUND', 'There is no such closure.');
export const notThePresenter = () => new AppError(403, 'FORBIDDEN', 'Only the presenter of this breakfast can do this.');
