import { z } from 'zod';

/**
 * Every error code the API can answer with. The portal translates each one
 * (`errors.<CODE>` in its locale files), so adding a code means adding its sentences.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'ORIGIN_REJECTED',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
  'INVALID_CREDENTIALS',
  'WRONG_PASSWORD',
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'ALREADY_MEMBER',
  'LAST_MANAGER',
  'INVITATION_PENDING',
  'MEMBER_NOT_FOUND',
  'BREAKFAST_NOT_FOUND',
  'BREAKFASTS_OFF',
  'BREAKFAST_PAST',
  'BREAKFAST_CANCELLED',
  'BREAKFAST_NOT_HELD_YET',
  'PRESENTER_NOT_ELIGIBLE',
  'SWAP_NOT_POSSIBLE',
  'SWAP_PENDING',
  'SWAP_NOT_FOUND',
  'SWAP_STALE',
  'CLOSURE_NOT_FOUND',
  'SERVICE_NOT_FOUND',
  'CATEGORY_NOT_FOUND',
  'SERVICE_ORDER_MISMATCH',
  'FOCUS_OUT_OF_RANGE',
  'PHOTO_NOT_FOUND',
  'CIRCLE_NOT_FOUND',
  'LAST_CIRCLE_ADMIN',
  'EVENT_NOT_FOUND',
  'EVENT_CANCELLED',
  'EVENT_OVER',
  'RSVP_CLOSED',
  'CAPACITY_BELOW_GOING',
  'WANTS_NOT_ALLOWED',
  'NETWORKING_NOT_ALLOWED',
  'NETWORKING_OFF',
  'NETWORKING_PLAN_NOT_FOUND',
  'TOO_FEW_ATTENDEES',
  'SEATING_IMPOSSIBLE',
  'CALENDAR_FEED_NOT_FOUND',
  'POST_NOT_FOUND',
  'COMMENT_NOT_FOUND',
  'POST_NOT_PUBLISHED',
  'OWN_POST_USEFUL',
  'REPLY_TOO_DEEP',
  'TALK_LINK_NOT_FOUND',
  'FEEDBACK_REQUEST_NOT_FOUND',
  'FEEDBACK_RESPONSE_NOT_FOUND',
  'FEEDBACK_CLOSED',
  'FEEDBACK_FULL',
  'ALREADY_ANSWERED',
  'OWN_FEEDBACK_REQUEST',
  'DEADLINE_OUT_OF_RANGE',
  'TOO_MANY_REVIEWERS',
  'REVIEWER_NOT_ELIGIBLE',
  'ANSWERS_MISMATCH',
  'QUESTIONS_LOCKED',
  'CAP_BELOW_ANSWERS',
  'UNSUBSCRIBE_LINK_INVALID',
  'COFFEE_MEMBER_NOT_ELIGIBLE',
  'COFFEE_SNOOZE_OUT_OF_RANGE',
  'COFFEE_ROUND_EXISTS',
  'COFFEE_MATCH_NOT_FOUND',
  'COFFEE_INVITATION_NOT_FOUND',
  'COFFEE_INVITATION_PENDING',
  'COFFEE_INVITATION_ANSWERED',
  'COFFEE_TIME_PAST',
  'COFFEE_TIME_NOT_PROPOSED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every failed API response. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.object({ path: z.string().optional(), message: z.string() })),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type ErrorDetail = ErrorBody['error']['details'][number];

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error;
}
