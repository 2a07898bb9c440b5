import type { FeedbackAnswer, FeedbackFormat } from './feedback.schema';
import { FEEDBACK_DEADLINE_MAX_DAYS } from './feedback.schema';

const DAY_MS = 24 * 3600 * 1000;

/** Adds days to a calendar day `YYYY-MM-DD` (no time zone involved). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A deadline may be today (the community's today) up to 30 days ahead. */
export function deadlineInRange(deadline: string, today: string): boolean {
  return deadline >= today && deadline <= addDays(today, FEEDBACK_DEADLINE_MAX_DAYS);
}

export interface AnswerProblem {
  path: string;
  message: string;
}

/**
 * What is wrong with an answer to a request of this format and number of questions (empty: nothing).
 * Written answers: one non-empty answer per question and no proposed times. A coffee: 1 to 3
 * proposed times, all in the future, and no written answers.
 */
export function answerProblems(format: FeedbackFormat, questionCount: number, answer: FeedbackAnswer, now: Date): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  if (format === 'async') {
    if (answer.answers.length !== questionCount) {
      problems.push({ path: 'answers', message: `Answer each of the ${questionCount} questions` });
    }
    answer.answers.forEach((text, index) => {
      if (text.length === 0) problems.push({ path: `answers.${index}`, message: 'Write an answer' });
    });
    if (answer.proposedTimes.length > 0) problems.push({ path: 'proposedTimes', message: 'Only a coffee proposes times' });
  } else {
    if (answer.proposedTimes.length === 0) problems.push({ path: 'proposedTimes', message: 'Propose at least one time' });
    answer.proposedTimes.forEach((time, index) => {
      if (Date.parse(time) <= now.getTime()) problems.push({ path: `proposedTimes.${index}`, message: 'Propose a time to come' });
    });
    if (answer.answers.length > 0) problems.push({ path: 'answers', message: 'A coffee is answered by proposing times' });
  }
  return problems;
}
