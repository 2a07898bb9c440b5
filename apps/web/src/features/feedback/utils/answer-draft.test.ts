import type { FeedbackRequest, FeedbackResponse } from '@tertulia/domain';
import { answerInput, answerProblemsFromApi, answerState, draftFromResponse, emptyAnswerDraft } from './answer-draft';

const NOW = new Date('2026-03-14T09:00:00Z');
const ME = '6f1c1f0e-8a55-4b8e-9a57-4f7a2b1d9c01';
const OTHER = '7a2b1d9c-8a55-4b8e-9a57-4f7a2b1d9c02';
const person = (id: string) => ({ id, displayName: 'Someone', photoUrl: null, businessName: null, headline: null });

const written = { format: 'async' as const, questions: ['Is it clear?', 'Would you buy?'] };
const coffee = { format: 'coffee' as const, questions: ['What do you think?'] };

const response: FeedbackResponse = {
  id: OTHER,
  requestId: OTHER,
  reviewer: person(ME),
  answers: [],
  proposedTimes: ['2026-03-20T09:30:00Z'],
  message: 'Happy to help',
  helpful: false,
  thanks: null,
  editedAt: null,
  createdAt: '2026-03-14T09:00:00Z',
};

describe('the answer form', () => {
  it('starts with a field per question, or one proposed time for a coffee', () => {
    expect(emptyAnswerDraft(written)).toEqual({ answers: ['', ''], proposedTimes: [], message: '' });
    expect(emptyAnswerDraft(coffee)).toEqual({ answers: [], proposedTimes: [''], message: '' });
  });

  it('sends one answer per question', () => {
    expect(answerInput(written, { answers: [' Yes ', 'No'], proposedTimes: [], message: '' }, NOW)).toEqual({
      ok: true,
      value: { answers: ['Yes', 'No'], proposedTimes: [], message: null },
    });
  });

  it('points at each question left without an answer', () => {
    expect(answerInput(written, { answers: ['Yes', '  '], proposedTimes: [], message: '' }, NOW)).toEqual({
      ok: false,
      problems: { 'answers.1': 'required' },
    });
  });

  it('sends a coffee’s times as instants on Barcelona’s clock, skipping the empty ones', () => {
    const result = answerInput(coffee, { answers: [], proposedTimes: ['', '2026-03-20T10:30'], message: 'See you' }, NOW);
    expect(result).toEqual({ ok: true, value: { answers: [], proposedTimes: ['2026-03-20T10:30:00+01:00'], message: 'See you' } });
  });

  it('wants at least one time to come for a coffee', () => {
    expect(answerInput(coffee, { answers: [], proposedTimes: [''], message: '' }, NOW)).toEqual({ ok: false, problems: { proposedTimes: 'atLeastOneTime' } });
    expect(answerInput(coffee, { answers: [], proposedTimes: ['', '2026-03-14T09:00'], message: '' }, NOW)).toEqual({
      ok: false,
      problems: { 'proposedTimes.1': 'timeInPast' },
    });
    expect(answerInput(coffee, { answers: [], proposedTimes: ['2026-02-31T09:00'], message: '' }, NOW)).toEqual({
      ok: false,
      problems: { 'proposedTimes.0': 'timeInvalid' },
    });
  });

  it('refills the form from an answer, on the coworking’s clock', () => {
    expect(draftFromResponse(coffee, response)).toEqual({ answers: [], proposedTimes: ['2026-03-20T10:30'], message: 'Happy to help' });
    expect(draftFromResponse(written, { ...response, answers: ['Yes'], message: null })).toEqual({ answers: ['Yes', ''], proposedTimes: [], message: '' });
  });
});

describe('what the reader may do with a request', () => {
  const base = { requester: person(OTHER), responses: [] as FeedbackResponse[], canAnswer: false, answeredByMe: false, status: 'open' as FeedbackRequest['status'] };

  it('tells the requester, the one who answered, and the one who can', () => {
    expect(answerState({ ...base, requester: person(ME) }, ME)).toBe('requester');
    expect(answerState({ ...base, answeredByMe: true, status: 'closed' }, ME)).toBe('answered');
    expect(answerState({ ...base, responses: [response] }, ME)).toBe('answered');
    expect(answerState({ ...base, canAnswer: true }, ME)).toBe('canAnswer');
  });

  it('says why someone else cannot answer', () => {
    expect(answerState({ ...base, status: 'closed' }, ME)).toBe('closed');
    expect(answerState({ ...base, status: 'full' }, ME)).toBe('full');
    expect(answerState(base, ME)).toBe('unavailable');
  });
});

describe('the API’s answer problems', () => {
  it('land at the fields they name, times counted among the filled ones', () => {
    const draft = { answers: [], proposedTimes: ['', '2026-03-14T08:00', '2026-03-20T10:00'], message: '' };
    expect(answerProblemsFromApi([{ path: 'proposedTimes.0' }, { path: 'answers.1' }, { path: 'proposedTimes' }], draft)).toEqual({
      'proposedTimes.1': 'timeInPast',
      'answers.1': 'required',
      proposedTimes: 'atLeastOneTime',
    });
  });
});
