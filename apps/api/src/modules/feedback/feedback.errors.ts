import { FEEDBACK_INVITED_MAX, type AnswerProblem } from '@tertulia/domain';
import { AppError } from '../../common/errors/app-error';

/** Unknown, or invite-only and the reader is neither its requester nor invited (the manager included). */
export const feedbackRequestNotFound = () => new AppError(404, 'FEEDBACK_REQUEST_NOT_FOUND', 'There is no such feedback request.');
/** Unknown, or its request is not visible to the reader. */
export const feedbackResponseNotFound = () => new AppError(404, 'FEEDBACK_RESPONSE_NOT_FOUND', 'There is no such answer.');
export const notTheRequester = () => new AppError(403, 'FORBIDDEN', 'Only the member who asked for this feedback can do this.');
export const notTheReviewer = () => new AppError(403, 'FORBIDDEN', 'Only the member who wrote this answer can change it.');
export const feedbackClosed = () => new AppError(409, 'FEEDBACK_CLOSED', 'This feedback request is closed.');
export const feedbackFull = () => new AppError(409, 'FEEDBACK_FULL', 'This feedback request already has all the answers it asked for.');
export const alreadyAnswered = () => new AppError(409, 'ALREADY_ANSWERED', 'You have already answered this feedback request.');
export const ownFeedbackRequest = () => new AppError(422, 'OWN_FEEDBACK_REQUEST', 'You cannot answer your own feedback request.');
export const deadlineOutOfRange = (from: string, to: string) =>
  new AppError(422, 'DEADLINE_OUT_OF_RANGE', `The deadline must be between ${from} and ${to}.`, [
    { path: 'deadline', message: `From ${from} to ${to}` },
  ]);
export const tooManyReviewers = (path: string) =>
  new AppError(422, 'TOO_MANY_REVIEWERS', `A feedback request invites at most ${FEEDBACK_INVITED_MAX} reviewers.`, [
    { path, message: `At most ${FEEDBACK_INVITED_MAX} in all` },
  ]);
/** `path` names the offending entry, e.g. `invitedMemberIds.2`. */
export const reviewerNotEligible = (path: string) =>
  new AppError(422, 'REVIEWER_NOT_ELIGIBLE', 'Only active members other than yourself can be invited.', [
    { path, message: 'Not an active member, or yourself' },
  ]);
export const answersMismatch = (problems: AnswerProblem[]) =>
  new AppError(422, 'ANSWERS_MISMATCH', 'The answer does not fit this feedback request.', problems);
export const questionsLocked = () =>
  new AppError(409, 'QUESTIONS_LOCKED', 'The questions cannot change once someone has answered.', [
    { path: 'questions', message: 'Already answered' },
  ]);
export const capBelowAnswers = (answers: number) =>
  new AppError(422, 'CAP_BELOW_ANSWERS', `${answers} answers are already in: the cap cannot be lower.`, [
    { path: 'cap', message: `At least ${answers}` },
  ]);
/** A cursor this API did not hand out (same answer as decodeCursor's). */
export const invalidCursor = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
