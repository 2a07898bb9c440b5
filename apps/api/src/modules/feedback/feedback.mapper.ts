import type {
  FeedbackAudience,
  FeedbackFormat,
  FeedbackRequest,
  FeedbackRequestSummary,
  FeedbackResponse,
  FeedbackSettings,
  FeedbackStatus,
  MemberRef,
  SuggestedReviewer,
} from '@tertulia/domain';
import { toMemberRef, type MemberRefRow } from '../members/member-ref';

/** Who reads: only their id matters (the manager has no special view of feedback). */
export interface FeedbackViewer {
  id: string;
}

type Instant = Date | string;
const iso = (value: Instant): string => new Date(value).toISOString();
const isoOrNull = (value: Instant | null): string | null => (value === null ? null : iso(value));


/** A request as FeedbackRepository loads it for lists (SUMMARY_SELECT). */
export interface FeedbackRequestSummaryRow {
  id: string;
  requester_id: string;
  requester_name: string;
  requester_photo_file: string | null;
  requester_business_name: string | null;
  requester_headline: string | null;
  title: string;
  format: FeedbackFormat;
  minutes: number;
  deadline: string;
  closes_at: Instant;
  expertise: string[];
  cap: number;
  audience: FeedbackAudience;
  status: FeedbackStatus;
  response_count: number;
  question_count: number;
  invited_me: boolean;
  answered_by_me: boolean;
  created_at: Instant;
}

/** A request as FeedbackRepository loads it for its page (DETAIL_SELECT). */
export interface FeedbackRequestRow extends FeedbackRequestSummaryRow {
  context: string;
  questions: string[];
  closed_at: Instant | null;
  updated_at: Instant;
}

export function toFeedbackRequestSummary(row: FeedbackRequestSummaryRow): FeedbackRequestSummary {
  return {
    id: row.id,
    requester: toMemberRef({
      id: row.requester_id,
      display_name: row.requester_name,
      photo_file: row.requester_photo_file,
      business_name: row.requester_business_name,
      headline: row.requester_headline,
    }),
    title: row.title,
    format: row.format,
    minutes: row.minutes,
    deadline: row.deadline,
    closesAt: iso(row.closes_at),
    expertise: row.expertise,
    cap: row.cap,
    audience: row.audience,
    status: row.status,
    responseCount: row.response_count,
    questionCount: row.question_count,
    invitedMe: row.invited_me,
    answeredByMe: row.answered_by_me,
    createdAt: iso(row.created_at),
  };
}

/**
 * The whole request as the reader may see it: the invited reviewers for the requester only; the answers the
 * repository chose for the reader (all for the requester, their own for a reviewer, none for anyone else).
 */
export function toFeedbackRequest(
  row: FeedbackRequestRow,
  viewer: FeedbackViewer,
  invited: MemberRefRow[],
  responses: FeedbackResponseRow[],
): FeedbackRequest {
  const isRequester = row.requester_id === viewer.id;
  return {
    ...toFeedbackRequestSummary(row),
    context: row.context,
    questions: row.questions,
    invited: isRequester ? invited.map(toMemberRef) : [],
    responses: responses.filter((response) => isRequester || response.reviewer_id === viewer.id).map(toFeedbackResponse),
    canAnswer: row.status === 'open' && !isRequester && !row.answered_by_me,
    closedAt: isoOrNull(row.closed_at),
    updatedAt: iso(row.updated_at),
  };
}

/** An answer with its reviewer (RESPONSE_SELECT). */
export interface FeedbackResponseRow {
  id: string;
  request_id: string;
  reviewer_id: string;
  reviewer_name: string;
  reviewer_photo_file: string | null;
  reviewer_business_name: string | null;
  reviewer_headline: string | null;
  answers: string[];
  proposed_times: Instant[];
  message: string | null;
  helpful_at: Instant | null;
  thanks_message: string | null;
  thanked_at: Instant | null;
  edited_at: Instant | null;
  created_at: Instant;
}

export function toFeedbackResponse(row: FeedbackResponseRow): FeedbackResponse {
  return {
    id: row.id,
    requestId: row.request_id,
    reviewer: toMemberRef({
      id: row.reviewer_id,
      display_name: row.reviewer_name,
      photo_file: row.reviewer_photo_file,
      business_name: row.reviewer_business_name,
      headline: row.reviewer_headline,
    }),
    answers: row.answers,
    proposedTimes: row.proposed_times.map(iso),
    message: row.message,
    helpful: row.helpful_at !== null,
    thanks: row.thanks_message !== null && row.thanked_at !== null ? { message: row.thanks_message, at: iso(row.thanked_at) } : null,
    editedAt: isoOrNull(row.edited_at),
    createdAt: iso(row.created_at),
  };
}

/** A suggested reviewer: who they are, and what matched. */
export interface SuggestedReviewerRow extends MemberRefRow {
  matched_skills: string[];
  matched_services: string[];
}

export function toSuggestedReviewer(row: SuggestedReviewerRow): SuggestedReviewer {
  return { ...toMemberRef(row), matchedSkills: row.matched_skills, matchedServices: row.matched_services };
}

export interface FeedbackSettingsRow {
  feedback_open: boolean;
  feedback_weekly_quota: number;
  given_last_7_days: number;
}

export function toFeedbackSettings(row: FeedbackSettingsRow): FeedbackSettings {
  return { open: row.feedback_open, weeklyQuota: row.feedback_weekly_quota, givenLast7Days: row.given_last_7_days };
}
