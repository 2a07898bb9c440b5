import { AppError } from '../../common/errors/app-error';

/** An unknown (or revoked) feed token, or the feed of an account that is no longer active. */
export const calendarFeedNotFound = () => new AppError(404, 'CALENDAR_FEED_NOT_FOUND', 'There is no such calendar feed.');
