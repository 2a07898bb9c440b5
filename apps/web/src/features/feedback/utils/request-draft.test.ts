import type { FeedbackRequest } from '@tertulia/domain';
import { questionList } from './question-list';
import {
  createRequestInput,
  DEADLINE_RANGE,
  draftFromRequest,
  emptyRequestDraft,
  requestField,
  updateRequestInput,
  withFormat,
  type RequestDraft,
} from './request-draft';

const TODAY = '2026-03-14';
const ID = '6f1c1f0e-8a55-4b8e-9a57-4f7a2b1d9c01';

const filled = (changes: Partial<RequestDraft> = {}): RequestDraft => ({
  ...emptyRequestDraft(TODAY),
  title: 'Our new landing page',
  context: 'A **landing page** for the bakery.',
  questions: questionList(['Is the offer clear?', 'Would you sign up?']),
  expertise: 'Copywriting, UX, copywriting',
  cap: '1',
  ...changes,
});

const request: FeedbackRequest = {
  id: ID,
  requester: { id: ID, displayName: 'Jordi Puig', photoUrl: null, businessName: null, headline: null },
  title: 'Our new landing page',
  format: 'async',
  minutes: 10,
  deadline: '2026-03-21',
  closesAt: '2026-03-21T23:00:00Z',
  expertise: ['Copywriting'],
  cap: 2,
  audience: 'all',
  status: 'open',
  responseCount: 1,
  questionCount: 2,
  invitedMe: false,
  answeredByMe: false,
  createdAt: '2026-03-14T09:00:00Z',
  context: 'Context',
  questions: ['One?', 'Two?'],
  invited: [],
  responses: [],
  canAnswer: false,
  closedAt: null,
  updatedAt: '2026-03-14T09:00:00Z',
};

const fields = (result: { ok: boolean; issues?: { code: string; path: readonly PropertyKey[] }[] }) =>
  result.ok ? [] : result.issues!.map((issue) => `${issue.path.join('.')}:${issue.code}`);

describe('the feedback request draft', () => {
  it('starts a week ahead, written, ten minutes, three answers, for everyone', () => {
    expect(emptyRequestDraft(TODAY)).toMatchObject({ deadline: '2026-03-21', format: 'async', minutes: '10', cap: '3', audience: 'all' });
  });

  it('gives a coffee its fifteen minutes unless the minutes were changed', () => {
    expect(withFormat(emptyRequestDraft(TODAY), 'coffee').minutes).toBe('15');
    expect(withFormat(withFormat(emptyRequestDraft(TODAY), 'coffee'), 'async').minutes).toBe('10');
    expect(withFormat({ ...emptyRequestDraft(TODAY), minutes: '5' }, 'coffee').minutes).toBe('5');
  });

  it('makes the POST body', () => {
    const result = createRequestInput(filled(), TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Our new landing page',
        context: 'A **landing page** for the bakery.',
        questions: ['Is the offer clear?', 'Would you sign up?'],
        format: 'async',
        minutes: 10,
        deadline: '2026-03-21',
        expertise: ['Copywriting', 'UX'],
        cap: 1,
        audience: 'all',
        invitedMemberIds: [],
      },
    });
  });

  it('names the fields that need fixing, each question on its own', () => {
    const result = createRequestInput(
      filled({ title: ' ', questions: questionList(['Fine?', '  ']), minutes: '45', cap: 'many', deadline: '2026-04-30' }),
      TODAY,
    );
    expect(fields(result)).toEqual(expect.arrayContaining(['title:too_small', 'questions.1:too_small', 'minutes:too_big', 'cap:invalid_type', `deadline:${DEADLINE_RANGE}`]));
  });

  it('refuses a deadline in the past or beyond 30 days, and takes the 30th day', () => {
    expect(fields(createRequestInput(filled({ deadline: '2026-03-13' }), TODAY))).toEqual([`deadline:${DEADLINE_RANGE}`]);
    expect(createRequestInput(filled({ deadline: '2026-04-13' }), TODAY).ok).toBe(true);
    expect(createRequestInput(filled({ deadline: TODAY }), TODAY).ok).toBe(true);
  });

  it('asks for someone to invite when only the invited may see it', () => {
    expect(fields(createRequestInput(filled({ audience: 'invited' }), TODAY))).toEqual(['invitedMemberIds:custom']);
    expect(createRequestInput(filled({ audience: 'invited', invitedMemberIds: [ID] }), TODAY).ok).toBe(true);
  });

  it('maps API paths to the form’s fields', () => {
    expect(requestField('questions.3')).toBe('questions.3');
    expect(requestField('expertise.2')).toBe('expertise');
    expect(requestField('invitedMemberIds.0')).toBe('invitedMemberIds');
    expect(requestField('')).toBe('title');
  });

  it('patches only what changed', () => {
    expect(updateRequestInput(request, draftFromRequest(request), TODAY)).toEqual({ ok: true, value: null });
    const draft = { ...draftFromRequest(request), cap: '3', deadline: '2026-03-28', title: 'Our landing page ' };
    expect(updateRequestInput(request, draft, TODAY)).toEqual({ ok: true, value: { cap: 3, deadline: '2026-03-28', title: 'Our landing page' } });
    const questions = { ...draftFromRequest(request), questions: questionList(['One?', 'Two?', 'Three?']) };
    expect(updateRequestInput(request, questions, TODAY)).toEqual({ ok: true, value: { questions: ['One?', 'Two?', 'Three?'] } });
    expect(fields(updateRequestInput(request, { ...draftFromRequest(request), cap: '0' }, TODAY))).toEqual(['cap:too_small']);
  });
});
