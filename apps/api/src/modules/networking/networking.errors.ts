import { AppError } from '../../common/errors/app-error';

export const onlyTheManager = () => new AppError(403, 'FORBIDDEN', 'Only the manager plans the tables of a networking lunch.');
export const notANetworkingLunch = () => new AppError(422, 'NETWORKING_NOT_ALLOWED', 'Table rotations are only for networking lunches.');
export const networkingOff = () =>
  new AppError(422, 'NETWORKING_OFF', 'Turn on the tables for this lunch first (PUT /api/events/{id}/networking).');
export const planNotFound = () => new AppError(404, 'NETWORKING_PLAN_NOT_FOUND', 'There is no table plan for this lunch yet.');
/** Someone who is not going has no seats: they see nothing of the plan. */
export const noSeats = () => new AppError(404, 'NOT_FOUND', 'Only people going to this lunch have seats at it.');
export const tooFewAttendees = (going: number, minimum: number) =>
  new AppError(422, 'TOO_FEW_ATTENDEES', `${going} people are going: at least ${minimum} are needed to plan tables.`);
/** The planner found no plan that keeps the locked tables (e.g. a locked table is now larger than the tables). */
export const seatingImpossible = (reason: string) =>
  new AppError(422, 'SEATING_IMPOSSIBLE', 'No plan fits these tables and locks.', [{ message: reason }]);
export const unknownTable = (round: number, table: number) =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'table', message: `Round ${round} has no table ${table}` }]);
