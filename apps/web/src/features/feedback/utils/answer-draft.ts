import {
  answerProblems,
  FeedbackAnswerSchema,
  FEEDBACK_PROPOSED_TIMES_MAX,
  type FeedbackAnswer,
  type FeedbackRequest,
  type FeedbackResponse,
  type FeedbackStatus,
} from '@tertulia/domain';
import { communityLocalToIso, isoToCommunityLocal } from '../../../lib/community-time';

/**
 * What the answer form holds: one text per question (written feedback), or for a coffee 1 to 3
 * proposed times on the coworking's clock (`2026-12-03T13:30`); a message for both.
 */
export interface AnswerDraft {
  answers: string[];
  proposedTimes: string[];
  message: string;
}

export function emptyAnswerDraft(request: Pick<FeedbackRequest, 'format' | 'questions'>): AnswerDraft {
  return {
    answers: request.format === 'async' ? request.questions.map(() => '') : [],
    proposedTimes: request.format === 'coffee' ? [''] : [],
    message: '',
  };
}

export function draftFromResponse(request: Pick<FeedbackRequest, 'format' | 'questions'>, response: FeedbackResponse): AnswerDraft {
  return {
    answers: request.format === 'async' ? request.questions.map((_, index) => response.answers[index] ?? '') : [],
    proposedTimes: request.format === 'coffee' ? (response.proposedTimes.length > 0 ? response.proposedTimes.map((time) => isoToCommunityLocal(time)) : ['']) : [],
    message: response.message ?? '',
  };
}

export const canProposeMore = (draft: AnswerDraft) => draft.proposedTimes.length < FEEDBACK_PROPOSED_TIMES_MAX;

/** Why an answer cannot be sent, by the form's field (`answers.0`, `proposedTimes.1`, `proposedTimes`). */
export type AnswerProblemKind = 'required' | 'atLeastOneTime' | 'timeInPast' | 'timeInvalid' | 'tooLong';
export type AnswerProblems = Partial<Record<string, AnswerProblemKind>>;

export type AnswerResult = { ok: true; value: FeedbackAnswer } | { ok: false; problems: AnswerProblems };

/**
 * The body of POST …/responses and PUT /api/feedback-responses/{id}, checked as the API will
 * (the domain's own `answerProblems`), with each problem at the field it belongs to.
 */
export function answerInput(request: Pick<FeedbackRequest, 'format' | 'questions'>, draft: AnswerDraft, now = new Date()): AnswerResult {
  const problems: AnswerProblems = {};
  const times: string[] = [];
  if (request.format === 'coffee') {
    draft.proposedTimes.forEach((local, index) => {
      if (local.trim() === '') return;
      const iso = communityLocalToIso(local);
      if (iso) times.push(iso);
      else problems[`proposedTimes.${index}`] = 'timeInvalid';
    });
  }
  const parsed = FeedbackAnswerSchema.safeParse({
    answers: request.format === 'async' ? draft.answers : [],
    proposedTimes: times,
    message: draft.message,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.');
      problems[field] ??= issue.code === 'too_big' ? 'tooLong' : 'required';
    }
    return { ok: false, problems };
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  // Times left empty were skipped: the indexes of the problems are those of the fields.
  const filledIndexes = draft.proposedTimes.map((local, index) => (local.trim() === '' ? -1 : index)).filter((index) => index >= 0);
  for (const problem of answerProblems(request.format, request.questions.length, parsed.data, now)) {
    const [head, index] = problem.path.split('.');
    if (head === 'answers' && index !== undefined) problems[`answers.${index}`] ??= 'required';
    else if (head === 'proposedTimes' && index !== undefined) problems[`proposedTimes.${filledIndexes[Number(index)] ?? index}`] ??= 'timeInPast';
    else if (head === 'proposedTimes') problems.proposedTimes ??= 'atLeastOneTime';
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** What the reader can do with a request's answer form. */
export type AnswerState =
  /** Their own request: they read the answers instead. */
  | 'requester'
  /** They have answered: their answer, editable until it closes. */
  | 'answered'
  | 'canAnswer'
  | 'closed'
  /** It reached its cap: it already has the answers it needed. */
  | 'full'
  /** Open, but not theirs to answer (should not happen: the API says why on sending). */
  | 'unavailable';

export function answerState(
  request: Pick<FeedbackRequest, 'requester' | 'responses' | 'canAnswer' | 'answeredByMe'> & { status: FeedbackStatus },
  viewerId: string,
): AnswerState {
  if (request.requester.id === viewerId) return 'requester';
  if (request.answeredByMe || request.responses.some((response) => response.reviewer.id === viewerId)) return 'answered';
  if (request.canAnswer) return 'canAnswer';
  if (request.status === 'closed') return 'closed';
  if (request.status === 'full') return 'full';
  return 'unavailable';
}

/** The API's 422 ANSWERS_MISMATCH details (by path) at the form's fields. */
export function answerProblemsFromApi(details: readonly { path?: string }[], draft: AnswerDraft): AnswerProblems {
  const problems: AnswerProblems = {};
  const filledIndexes = draft.proposedTimes.map((local, index) => (local.trim() === '' ? -1 : index)).filter((index) => index >= 0);
  for (const { path = '' } of details) {
    const [head, index] = path.split('.');
    if (head === 'answers' && index !== undefined) problems[`answers.${index}`] ??= 'required';
    else if (head === 'proposedTimes' && index !== undefined) problems[`proposedTimes.${filledIndexes[Number(index)] ?? index}`] ??= 'timeInPast';
    else if (head === 'proposedTimes') problems.proposedTimes ??= 'atLeastOneTime';
  }
  return problems;
}
