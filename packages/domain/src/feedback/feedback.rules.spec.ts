import { addDays, answerProblems, deadlineInRange } from './feedback.rules';

const now = new Date('2026-11-28T10:00:00Z');

describe('feedback deadline', () => {
  it('accepts today up to 30 days ahead, across a month end', () => {
    expect(addDays('2026-11-28', 30)).toBe('2026-12-28');
    expect(deadlineInRange('2026-11-28', '2026-11-28')).toBe(true);
    expect(deadlineInRange('2026-12-28', '2026-11-28')).toBe(true);
    expect(deadlineInRange('2026-12-29', '2026-11-28')).toBe(false);
    expect(deadlineInRange('2026-11-27', '2026-11-28')).toBe(false);
  });
});

describe('answers to a request', () => {
  it('wants one written answer per question for async feedback', () => {
    expect(answerProblems('async', 2, { answers: ['Yes', 'No'], proposedTimes: [] }, now)).toEqual([]);
    expect(answerProblems('async', 2, { answers: ['Yes'], proposedTimes: [] }, now).map((p) => p.path)).toEqual(['answers']);
    expect(answerProblems('async', 2, { answers: ['Yes', ''], proposedTimes: [] }, now).map((p) => p.path)).toEqual(['answers.1']);
    expect(answerProblems('async', 1, { answers: ['Yes'], proposedTimes: ['2026-12-01T10:00:00Z'] }, now).map((p) => p.path)).toEqual([
      'proposedTimes',
    ]);
  });

  it('wants proposed times to come, and no written answers, for a coffee', () => {
    expect(answerProblems('coffee', 2, { answers: [], proposedTimes: ['2026-11-30T09:00:00+01:00'] }, now)).toEqual([]);
    expect(answerProblems('coffee', 2, { answers: [], proposedTimes: [] }, now).map((p) => p.path)).toEqual(['proposedTimes']);
    expect(answerProblems('coffee', 2, { answers: [], proposedTimes: ['2026-11-28T09:00:00Z'] }, now).map((p) => p.path)).toEqual([
      'proposedTimes.0',
    ]);
    expect(answerProblems('coffee', 1, { answers: ['Hi'], proposedTimes: ['2026-12-01T09:00:00Z'] }, now).map((p) => p.path)).toEqual([
      'answers',
    ]);
  });
});
