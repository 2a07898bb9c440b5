import {
  addDays,
  CreateFeedbackRequestSchema,
  deadlineInRange,
  FEEDBACK_DEADLINE_MAX_DAYS,
  UpdateFeedbackRequestSchema,
  type CreateFeedbackRequest,
  type FeedbackAudience,
  type FeedbackFormat,
  type FeedbackRequest,
  type UpdateFeedbackRequest,
} from '@tertulia/domain';
import type { SchemaIssue } from '../../../lib/errors';
import { questionList, questionTexts, type QuestionList } from './question-list';
import { formatLabels, parseLabels } from '../../../lib/labels';

/** What the request form holds while someone types: text as typed (numbers too), questions in their editor. */
export interface RequestDraft {
  title: string;
  context: string;
  questions: QuestionList;
  format: FeedbackFormat;
  minutes: string;
  deadline: string;
  /** Wanted expertise, typed on one line separated by commas. */
  expertise: string;
  cap: string;
  audience: FeedbackAudience;
  invitedMemberIds: string[];
}

/** The portal's own check the schema does not make: the deadline from today to 30 days ahead. */
export const DEADLINE_RANGE = 'deadline_range';

export const DEFAULT_MINUTES: Record<FeedbackFormat, string> = { async: '10', coffee: '15' };

export function emptyRequestDraft(today: string): RequestDraft {
  return {
    title: '',
    context: '',
    questions: questionList(),
    format: 'async',
    minutes: DEFAULT_MINUTES.async,
    deadline: addDays(today, 7),
    expertise: '',
    cap: '3',
    audience: 'all',
    invitedMemberIds: [],
  };
}

/** The draft to edit an existing request. */
export function draftFromRequest(request: FeedbackRequest): RequestDraft {
  return {
    title: request.title,
    context: request.context,
    questions: questionList(request.questions),
    format: request.format,
    minutes: String(request.minutes),
    deadline: request.deadline,
    expertise: formatLabels(request.expertise),
    cap: String(request.cap),
    audience: request.audience,
    invitedMemberIds: request.invited.map((member) => member.id),
  };
}

/** A new format: the minutes follow its usual length unless someone has changed them. */
export function withFormat(draft: RequestDraft, format: FeedbackFormat): RequestDraft {
  const untouched = draft.minutes === DEFAULT_MINUTES[draft.format];
  return { ...draft, format, minutes: untouched ? DEFAULT_MINUTES[format] : draft.minutes };
}

/** A whole number as typed, or the text itself (the schema then says it is not a number). */
function numberValue(text: string): number | string {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The form control that shows a problem of this API or schema path (`expertise.3` → `expertise`). */
export function requestField(path: string): string {
  const [head, index] = path.split('.');
  switch (head) {
    case 'questions':
      return index === undefined ? 'questions' : `questions.${index}`;
    case 'invitedMemberIds':
      return 'invitedMemberIds';
    case undefined:
    case '':
      return 'title';
    default:
      return head;
  }
}

type Issues = readonly { code: string; path: readonly PropertyKey[] }[];

const toIssues = (issues: Issues): SchemaIssue[] =>
  issues.map((issue) => ({ ...issue, path: [requestField(issue.path.map(String).join('.'))] }));

export type DraftResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

function deadlineIssue(deadline: string, today: string): SchemaIssue[] {
  return /^\d{4}-\d{2}-\d{2}$/.test(deadline) && !deadlineInRange(deadline, today) ? [{ code: DEADLINE_RANGE, path: ['deadline'] }] : [];
}

/** The POST /api/feedback-requests body, checked by the API's own schema and the deadline's range. */
export function createRequestInput(draft: RequestDraft, today: string): DraftResult<CreateFeedbackRequest> {
  const parsed = CreateFeedbackRequestSchema.safeParse({
    title: draft.title,
    context: draft.context,
    questions: questionTexts(draft.questions),
    format: draft.format,
    minutes: numberValue(draft.minutes),
    deadline: draft.deadline,
    expertise: parseLabels(draft.expertise),
    cap: numberValue(draft.cap),
    audience: draft.audience,
    invitedMemberIds: draft.invitedMemberIds,
  });
  const issues = [...(parsed.success ? [] : toIssues(parsed.error.issues)), ...deadlineIssue(draft.deadline, today)];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * The PATCH /api/feedback-requests/{id} body: only what changed (so that unchanged questions
 * are never sent once someone has answered), or null when nothing did.
 */
export function updateRequestInput(request: FeedbackRequest, draft: RequestDraft, today: string): DraftResult<UpdateFeedbackRequest | null> {
  const patch: Record<string, unknown> = {};
  if (draft.title.trim() !== request.title) patch.title = draft.title;
  if (draft.context.trim() !== request.context) patch.context = draft.context;
  const questions = questionTexts(draft.questions);
  if (!sameList(questions.map((text) => text.trim()), request.questions)) patch.questions = questions;
  if (draft.minutes.trim() !== String(request.minutes)) patch.minutes = numberValue(draft.minutes);
  if (draft.deadline !== request.deadline) patch.deadline = draft.deadline;
  const expertise = parseLabels(draft.expertise);
  if (!sameList(expertise, request.expertise)) patch.expertise = expertise;
  if (draft.cap.trim() !== String(request.cap)) patch.cap = numberValue(draft.cap);
  if (Object.keys(patch).length === 0) return { ok: true, value: null };
  const parsed = UpdateFeedbackRequestSchema.safeParse(patch);
  const issues = [
    ...(parsed.success ? [] : toIssues(parsed.error.issues)),
    ...(patch.deadline === undefined ? [] : deadlineIssue(draft.deadline, today)),
  ];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

/** The last day a deadline may be, from the coworking's today. */
export const latestDeadline = (today: string) => addDays(today, FEEDBACK_DEADLINE_MAX_DAYS);
