import { z } from 'zod';
import { DateSchema } from '../common/dates.schema';
import { IdSchema } from '../common/primitives.schema';
import { PageQuerySchema, pageSchema } from '../common/pagination.schema';
import { labelListSchema, optionalText } from '../common/text.schema';
import { MemberRefSchema } from '../members/member-ref.schema';
import { SkillSchema } from '../members/profile.schema';

/** `async`: written answers; `coffee`: a 15-minute chat, offered with proposed times. */
export const FEEDBACK_FORMATS = ['async', 'coffee'] as const;
export const FeedbackFormatSchema = z.enum(FEEDBACK_FORMATS);
export type FeedbackFormat = z.infer<typeof FeedbackFormatSchema>;

/** `all`: every member may see and answer it; `invited`: only the reviewers it invites (404 for anyone else). */
export const FEEDBACK_AUDIENCES = ['all', 'invited'] as const;
export const FeedbackAudienceSchema = z.enum(FEEDBACK_AUDIENCES);
export type FeedbackAudience = z.infer<typeof FeedbackAudienceSchema>;

/** `open`: takes answers; `full`: reached its cap; `closed`: closed by its requester or past its deadline. */
export const FEEDBACK_STATUSES = ['open', 'full', 'closed'] as const;
export const FeedbackStatusSchema = z.enum(FEEDBACK_STATUSES);
export type FeedbackStatus = z.infer<typeof FeedbackStatusSchema>;

export const FEEDBACK_QUESTIONS_MAX = 5;
export const FEEDBACK_INVITED_MAX = 5;
export const FEEDBACK_MINUTES_MAX = 30;
export const FEEDBACK_CAP_MAX = 10;
export const FEEDBACK_DEADLINE_MAX_DAYS = 30;
export const FEEDBACK_ANSWER_MAX_LENGTH = 3000;
export const FEEDBACK_PROPOSED_TIMES_MAX = 3;
export const FEEDBACK_WEEKLY_QUOTA_DEFAULT = 2;
export const FEEDBACK_WEEKLY_QUOTA_MAX = 10;

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

const requestFields = {
  title: z.string().trim().min(1).max(150),
  /** Markdown: what the project is and what the reviewer should look at. */
  context: z.string().trim().min(1).max(5000),
  questions: z.array(z.string().trim().min(1).max(300)).min(1).max(FEEDBACK_QUESTIONS_MAX),
  format: FeedbackFormatSchema,
  /** How long answering takes. */
  minutes: z.number().int().min(1).max(FEEDBACK_MINUTES_MAX),
  /** The last day for answers (inclusive, in the community's time zone): from today to 30 days ahead (422 otherwise). */
  deadline: DateSchema,
  /** Wanted expertise: matched against members' skills and services to suggest reviewers. */
  expertise: labelListSchema(SkillSchema, 10),
  /** How many answers it takes at most. */
  cap: z.number().int().min(1).max(FEEDBACK_CAP_MAX),
};

/** POST /api/feedback-requests. The requester is whoever is signed in. An invite-only request needs at least one reviewer. */
export const CreateFeedbackRequestSchema = z
  .strictObject({
    ...requestFields,
    expertise: requestFields.expertise.default([]),
    audience: FeedbackAudienceSchema.default('all'),
    invitedMemberIds: z.array(IdSchema).max(FEEDBACK_INVITED_MAX).refine(uniqueIds, 'Each reviewer once').default([]),
  })
  .refine((request) => request.audience === 'all' || request.invitedMemberIds.length > 0, {
    message: 'Invite at least one reviewer',
    path: ['invitedMemberIds'],
  });
export type CreateFeedbackRequest = z.infer<typeof CreateFeedbackRequestSchema>;
export type CreateFeedbackRequestInput = z.input<typeof CreateFeedbackRequestSchema>;

/**
 * PATCH /api/feedback-requests/{id} (its requester, while it is not closed). Questions can change
 * only before the first answer (409 QUESTIONS_LOCKED); the cap never below the answers (422).
 */
export const UpdateFeedbackRequestSchema = z
  .strictObject({
    title: requestFields.title.optional(),
    context: requestFields.context.optional(),
    questions: requestFields.questions.optional(),
    minutes: requestFields.minutes.optional(),
    deadline: requestFields.deadline.optional(),
    expertise: requestFields.expertise.optional(),
    cap: requestFields.cap.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type UpdateFeedbackRequest = z.infer<typeof UpdateFeedbackRequestSchema>;

/** POST /api/feedback-requests/{id}/invitations (its requester): more reviewers, up to 5 in all. */
export const InviteReviewersSchema = z.strictObject({
  memberIds: z.array(IdSchema).min(1).max(FEEDBACK_INVITED_MAX).refine(uniqueIds, 'Each reviewer once'),
});
export type InviteReviewers = z.infer<typeof InviteReviewersSchema>;

/**
 * POST /api/feedback-requests/{id}/responses, and PUT /api/feedback-responses/{id} (its reviewer,
 * until the request closes). For `async`: one answer per question, in order. For `coffee`: 1 to 3
 * proposed times in the future, and no answers. A `message` is optional for both (422 ANSWERS_MISMATCH otherwise).
 */
export const FeedbackAnswerSchema = z.strictObject({
  answers: z.array(z.string().trim().max(FEEDBACK_ANSWER_MAX_LENGTH)).max(FEEDBACK_QUESTIONS_MAX).default([]),
  proposedTimes: z.array(z.iso.datetime({ offset: true })).max(FEEDBACK_PROPOSED_TIMES_MAX).default([]),
  message: optionalText(1000).optional(),
});
export type FeedbackAnswer = z.infer<typeof FeedbackAnswerSchema>;
export type FeedbackAnswerInput = z.input<typeof FeedbackAnswerSchema>;

/** PUT /api/feedback-responses/{id}/helpful (the requester). */
export const MarkHelpfulSchema = z.strictObject({ helpful: z.boolean() });
export type MarkHelpful = z.infer<typeof MarkHelpfulSchema>;

/** PUT /api/feedback-responses/{id}/thanks (the requester): a thank-you note the reviewer reads. */
export const ThanksSchema = z.strictObject({ message: z.string().trim().min(1).max(500) });
export type Thanks = z.infer<typeof ThanksSchema>;

/** One reviewer's answer. The requester sees all of them; a reviewer only their own; nobody else any. */
export const FeedbackResponseSchema = z.object({
  id: IdSchema,
  requestId: IdSchema,
  reviewer: MemberRefSchema,
  answers: z.array(z.string()),
  proposedTimes: z.array(z.string()),
  message: z.string().nullable(),
  helpful: z.boolean(),
  thanks: z.object({ message: z.string(), at: z.string() }).nullable(),
  editedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type FeedbackResponse = z.infer<typeof FeedbackResponseSchema>;

const summaryFields = {
  id: IdSchema,
  requester: MemberRefSchema,
  title: z.string(),
  format: FeedbackFormatSchema,
  minutes: z.number().int(),
  deadline: z.string(),
  /** The moment answers close: the end of the deadline's day in the community's time zone. */
  closesAt: z.string(),
  expertise: z.array(z.string()),
  cap: z.number().int(),
  audience: FeedbackAudienceSchema,
  status: FeedbackStatusSchema,
  responseCount: z.number().int(),
  questionCount: z.number().int(),
  /** The reader is one of its invited reviewers. */
  invitedMe: z.boolean(),
  /** The reader has answered it. */
  answeredByMe: z.boolean(),
  createdAt: z.string(),
};

export const FeedbackRequestSummarySchema = z.object(summaryFields);
export type FeedbackRequestSummary = z.infer<typeof FeedbackRequestSummarySchema>;
export const FeedbackRequestPageSchema = pageSchema(FeedbackRequestSummarySchema);

/** GET /api/feedback-requests/{id}. */
export const FeedbackRequestSchema = z.object({
  ...summaryFields,
  context: z.string(),
  questions: z.array(z.string()),
  /** The invited reviewers: for the requester only (others get []). */
  invited: z.array(MemberRefSchema),
  /** All answers for the requester; the reader's own for a reviewer; [] for anyone else. */
  responses: z.array(FeedbackResponseSchema),
  /** Open, not the requester's own, not answered yet, and the reader may see it. */
  canAnswer: z.boolean(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

/**
 * GET /api/feedback-requests. `mine=true`: the reader's own requests. `asked=true`: «asked of you»:
 * open requests that invite the reader or whose wanted expertise matches their skills (the latter
 * only while they accept feedback requests). Otherwise every request the reader may see. Newest first.
 */
export const ListFeedbackRequestsQuerySchema = PageQuerySchema.extend({
  status: FeedbackStatusSchema.optional(),
  mine: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  asked: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
}).refine((query) => !(query.mine && query.asked), { message: 'Either mine or asked', path: ['asked'] });
export type ListFeedbackRequestsQuery = z.infer<typeof ListFeedbackRequestsQuerySchema>;

/**
 * GET /api/feedback-requests/suggested-reviewers?expertise=ux,copywriting: members whose skills or
 * services match, never the reader, nobody in focus, nobody who turned feedback off, nobody past
 * their weekly quota, nobody hidden from the directory. Best match first, at most `limit`.
 */
export const SuggestedReviewersQuerySchema = z.strictObject({
  expertise: z
    .string()
    .max(500)
    .transform((list) => list.split(',').map((skill) => skill.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(40)).min(1).max(10)),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export type SuggestedReviewersQuery = z.infer<typeof SuggestedReviewersQuerySchema>;

export const SuggestedReviewerSchema = MemberRefSchema.extend({
  /** Their skills that match (as they wrote them). */
  matchedSkills: z.array(z.string()),
  /** Titles of their services that match. */
  matchedServices: z.array(z.string()),
});
export type SuggestedReviewer = z.infer<typeof SuggestedReviewerSchema>;
export const SuggestedReviewerListSchema = z.object({ items: z.array(SuggestedReviewerSchema), nextCursor: z.null() });

/** GET/PUT /api/members/me/feedback-settings: whether they accept feedback requests, and how many a week at most. */
export const UpdateFeedbackSettingsSchema = z.strictObject({
  open: z.boolean(),
  weeklyQuota: z.number().int().min(0).max(FEEDBACK_WEEKLY_QUOTA_MAX),
});
export type UpdateFeedbackSettings = z.infer<typeof UpdateFeedbackSettingsSchema>;
export const FeedbackSettingsSchema = UpdateFeedbackSettingsSchema.extend({
  /** Answers they gave in the last 7 days: the quota counts these. */
  givenLast7Days: z.number().int(),
});
export type FeedbackSettings = z.infer<typeof FeedbackSettingsSchema>;
