import type { FeedbackRequest, FeedbackRequestSummary, FeedbackResponse } from '@tertulia/domain';
import { addDays, todayIn } from '../src/common/time/today';
import { DEMO_PASSWORD } from '../src/database/seed/demo-community';
import { seedDemo } from '../src/database/seed/seed-demo';
import { createMember, type MemberOverrides } from './factories/member.factory';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

const DAY = 24 * 60 * 60 * 1000;
/** The test app runs with the default community time zone. */
const TIME_ZONE = 'Europe/Madrid';
const today = () => todayIn(TIME_ZONE);
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A request that any member may create. */
const asking = (fields: Record<string, unknown> = {}) => ({
  title: 'La meva landing page',
  context: 'Una pàgina per a **Codi Clar**: què us sembla?',
  questions: ['S’entén què oferim?', 'Quin botó clicaríeu primer?'],
  format: 'async',
  minutes: 10,
  deadline: addDays(today(), 7),
  expertise: ['UX', 'Copywriting'],
  cap: 3,
  ...fields,
});
const twoAnswers = { answers: ['Sí, clarament', 'El de contacte'] };

describe('feedback requests', () => {
  let t: TestApp;
  let manager: Person;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedIn({ role: 'manager', displayName: 'Montse Gestora' });
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  async function ask(as: Person, fields: Record<string, unknown> = {}): Promise<FeedbackRequest> {
    const created = await as.client.post('/api/feedback-requests', asking(fields));
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
    return created.body as FeedbackRequest;
  }

  async function answer(as: Person, requestId: string, body: Record<string, unknown> = twoAnswers): Promise<FeedbackResponse> {
    const answered = await as.client.post(`/api/feedback-requests/${requestId}/responses`, body);
    expect({ status: answered.status, body: answered.body }).toMatchObject({ status: 201 });
    return answered.body as FeedbackResponse;
  }

  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM feedback_requests) AS requests,
                (SELECT count(*)::int FROM feedback_invitations) AS invitations,
                (SELECT count(*)::int FROM feedback_responses) AS responses`,
      )
    )[0] as { requests: number; invitations: number; responses: number };

  const expectError = (response: { status: number; body: any }, status: number, code: string) =>
    expect({ status: response.status, code: response.body?.error?.code }).toEqual({ status, code });

  describe('asking', () => {
    it('creates a request: the reader is its requester, it closes at the end of its deadline in the community’s time zone', async () => {
      const requester = await signedIn({ displayName: 'Marc Soler', businessName: 'Codi Clar', headline: 'Webs a mida' });
      const reviewer = await signedIn({ displayName: 'Oriol Costa' });
      const deadline = addDays(today(), 10);
      const request = await ask(requester, { deadline, invitedMemberIds: [reviewer.id] });
      expect(request).toMatchObject({
        requester: { id: requester.id, displayName: 'Marc Soler', businessName: 'Codi Clar', headline: 'Webs a mida', photoUrl: null },
        title: 'La meva landing page',
        context: 'Una pàgina per a **Codi Clar**: què us sembla?',
        questions: ['S’entén què oferim?', 'Quin botó clicaríeu primer?'],
        format: 'async',
        minutes: 10,
        deadline,
        expertise: ['UX', 'Copywriting'],
        cap: 3,
        audience: 'all',
        status: 'open',
        responseCount: 0,
        questionCount: 2,
        invitedMe: false,
        answeredByMe: false,
        invited: [{ id: reviewer.id, displayName: 'Oriol Costa' }],
        responses: [],
        canAnswer: false,
        closedAt: null,
      });
      // The first moment of the next day, there.
      const wallClock = new Intl.DateTimeFormat('en-CA', {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(request.closesAt));
      expect(wallClock).toBe(`${addDays(deadline, 1)}, 00:00`);
      const [row] = await t.dataSource.query(
        `SELECT closes_at = (($1::date + 1)::timestamp AT TIME ZONE 'Europe/Madrid') AS ok, expertise_keys FROM feedback_requests WHERE id = $2`,
        [deadline, request.id],
      );
      expect(row).toEqual({ ok: true, expertise_keys: ['ux', 'copywriting'] });
    });

    it('refuses bad input with 400 and the error body, and writes nothing', async () => {
      const requester = await signedIn();
      const before = await counts();
      const cases: Record<string, unknown>[] = [
        { title: '' },
        { context: '   ' },
        { questions: [] },
        { questions: ['1', '2', '3', '4', '5', '6'] },
        { questions: [''] },
        { format: 'meeting' },
        { minutes: 0 },
        { minutes: 31 },
        { minutes: 2.5 },
        { cap: 0 },
        { cap: 11 },
        { deadline: '2026-02-30' },
        { deadline: 'tomorrow' },
        { expertise: 'UX' },
        { audience: 'friends' },
        { audience: 'invited' },
        { invitedMemberIds: ['not-a-uuid'] },
        { invitedMemberIds: [requester.id, requester.id] },
        { invitedMemberIds: Array.from({ length: 6 }, () => crypto.randomUUID()) },
        { status: 'open' },
      ];
      for (const fields of cases) {
        const refused = await requester.client.post('/api/feedback-requests', asking(fields));
        expect({ fields, status: refused.status, code: refused.body?.error?.code }).toEqual({ fields, status: 400, code: 'VALIDATION_FAILED' });
        expect(refused.body.error.details.length).toBeGreaterThan(0);
      }
      const malformed = await requester.client.request('POST', '/api/feedback-requests', '{"title": ', { 'content-type': 'application/json' });
      expect(malformed.status).toBe(400);
      expect(await counts()).toEqual(before);
    });

    it('takes a deadline from today up to 30 days ahead (the community’s today), else 422 DEADLINE_OUT_OF_RANGE', async () => {
      const requester = await signedIn();
      const before = await counts();
      for (const deadline of [addDays(today(), -1), addDays(today(), 31), '2020-01-01']) {
        const refused = await requester.client.post('/api/feedback-requests', asking({ deadline }));
        expectError(refused, 422, 'DEADLINE_OUT_OF_RANGE');
        expect(refused.body.error.details).toEqual([expect.objectContaining({ path: 'deadline' })]);
      }
      expect(await counts()).toEqual(before);
      expect((await ask(requester, { deadline: today() })).status).toBe('open');
      expect((await ask(requester, { deadline: addDays(today(), 30) })).deadline).toBe(addDays(today(), 30));
    });

    it('invites only active members other than the requester (422 REVIEWER_NOT_ELIGIBLE naming the entry), in one transaction', async () => {
      const requester = await signedIn();
      const fine = await signedIn();
      const deactivated = await createMember(t.dataSource, { status: 'deactivated' });
      const invitedOnly = await createMember(t.dataSource, { status: 'invited' });
      const before = await counts();
      const cases: [string[], string][] = [
        [[fine.id, requester.id], 'invitedMemberIds.1'],
        [[deactivated.id], 'invitedMemberIds.0'],
        [[fine.id, invitedOnly.id], 'invitedMemberIds.1'],
        [[crypto.randomUUID()], 'invitedMemberIds.0'],
      ];
      for (const [invitedMemberIds, path] of cases) {
        const refused = await requester.client.post('/api/feedback-requests', asking({ audience: 'invited', invitedMemberIds }));
        expectError(refused, 422, 'REVIEWER_NOT_ELIGIBLE');
        expect(refused.body.error.details).toEqual([expect.objectContaining({ path })]);
      }
      expect(await counts()).toEqual(before);
    });

    it('answers 400 for an id that is not one, and 404 FEEDBACK_REQUEST_NOT_FOUND for an unknown one', async () => {
      const member = await signedIn();
      expectError(await member.client.get('/api/feedback-requests/not-an-id'), 400, 'VALIDATION_FAILED');
      expectError(await member.client.get(`/api/feedback-requests/${crypto.randomUUID()}`), 404, 'FEEDBACK_REQUEST_NOT_FOUND');
      expectError(await member.client.post(`/api/feedback-requests/${crypto.randomUUID()}/responses`, twoAnswers), 404, 'FEEDBACK_REQUEST_NOT_FOUND');
      expectError(await member.client.put(`/api/feedback-responses/${crypto.randomUUID()}`, twoAnswers), 404, 'FEEDBACK_RESPONSE_NOT_FOUND');
    });
  });

  describe('who sees what', () => {
    it('shows an invite-only request to its requester and invited reviewers only: 404 for anyone else, the manager included', async () => {
      const requester = await signedIn();
      const reviewer = await signedIn();
      const other = await signedIn();
      const request = await ask(requester, { audience: 'invited', invitedMemberIds: [reviewer.id] });
      expect((await requester.client.get(`/api/feedback-requests/${request.id}`)).body).toMatchObject({ audience: 'invited', invited: [{ id: reviewer.id }] });
      expect((await reviewer.client.get(`/api/feedback-requests/${request.id}`)).body).toMatchObject({
        invitedMe: true,
        invited: [],
        canAnswer: true,
      });
      const response = await answer(reviewer, request.id);

      for (const outsider of [other, manager]) {
        expectError(await outsider.client.get(`/api/feedback-requests/${request.id}`), 404, 'FEEDBACK_REQUEST_NOT_FOUND');
        expectError(await outsider.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers), 404, 'FEEDBACK_REQUEST_NOT_FOUND');
        expectError(await outsider.client.patch(`/api/feedback-requests/${request.id}`, { title: 'Nou' }), 404, 'FEEDBACK_REQUEST_NOT_FOUND');
        expectError(await outsider.client.post(`/api/feedback-requests/${request.id}/close`), 404, 'FEEDBACK_REQUEST_NOT_FOUND');
        expectError(
          await outsider.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: [other.id] }),
          404,
          'FEEDBACK_REQUEST_NOT_FOUND',
        );
        expectError(await outsider.client.put(`/api/feedback-responses/${response.id}`, twoAnswers), 404, 'FEEDBACK_RESPONSE_NOT_FOUND');
        expectError(await outsider.client.put(`/api/feedback-responses/${response.id}/helpful`, { helpful: true }), 404, 'FEEDBACK_RESPONSE_NOT_FOUND');
        expectError(await outsider.client.put(`/api/feedback-responses/${response.id}/thanks`, { message: 'Gràcies' }), 404, 'FEEDBACK_RESPONSE_NOT_FOUND');
        const listed = (await outsider.client.get<{ items: FeedbackRequestSummary[] }>('/api/feedback-requests?limit=100')).body.items;
        expect(listed.map((item) => item.id)).not.toContain(request.id);
      }
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM feedback_responses WHERE request_id = $1`, [request.id]);
      expect(n).toBe(1);
    });

    it('gives the requester every answer and the invited; a reviewer their own answer; anyone else neither', async () => {
      const requester = await signedIn();
      const invited = await signedIn({ displayName: 'Anna Convidada' });
      const first = await signedIn();
      const second = await signedIn();
      const other = await signedIn();
      const request = await ask(requester, { invitedMemberIds: [invited.id] });
      const one = await answer(first, request.id);
      const two = await answer(second, request.id, { answers: ['No gaire', 'Cap'], message: 'Us ho explico en persona' });

      const forRequester = (await requester.client.get<FeedbackRequest>(`/api/feedback-requests/${request.id}`)).body;
      expect(forRequester.responses.map((response) => response.id)).toEqual([one.id, two.id]);
      expect(forRequester.invited.map((member) => member.displayName)).toEqual(['Anna Convidada']);
      expect(forRequester).toMatchObject({ responseCount: 2, canAnswer: false });

      const forSecond = (await second.client.get<FeedbackRequest>(`/api/feedback-requests/${request.id}`)).body;
      expect(forSecond.responses).toEqual([
        expect.objectContaining({ id: two.id, reviewer: expect.objectContaining({ id: second.id }), message: 'Us ho explico en persona' }),
      ]);
      expect(forSecond).toMatchObject({ invited: [], answeredByMe: true, canAnswer: false, responseCount: 2 });

      for (const reader of [other, invited, manager]) {
        const seen = (await reader.client.get<FeedbackRequest>(`/api/feedback-requests/${request.id}`)).body;
        expect(seen).toMatchObject({ responses: [], invited: [], canAnswer: true, responseCount: 2, answeredByMe: false });
      }
      expect((await invited.client.get(`/api/feedback-requests/${request.id}`)).body.invitedMe).toBe(true);
    });
  });

  describe('answering', () => {
    it('takes one answer per reviewer until the cap, in the order: own 422, closed 409, answered 409, full 409', async () => {
      const requester = await signedIn();
      const first = await signedIn({ displayName: 'Primera Revisora' });
      const late = await signedIn();
      const request = await ask(requester, { cap: 1 });

      expectError(await requester.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers), 422, 'OWN_FEEDBACK_REQUEST');
      const response = await answer(first, request.id);
      expect(response).toMatchObject({
        requestId: request.id,
        reviewer: { id: first.id, displayName: 'Primera Revisora' },
        answers: twoAnswers.answers,
        proposedTimes: [],
        message: null,
        helpful: false,
        thanks: null,
        editedAt: null,
      });
      expectError(await first.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers), 409, 'ALREADY_ANSWERED');
      expectError(await late.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers), 409, 'FEEDBACK_FULL');
      expect((await late.client.get(`/api/feedback-requests/${request.id}`)).body).toMatchObject({ status: 'full', canAnswer: false });

      await requester.client.post(`/api/feedback-requests/${request.id}/close`);
      expectError(await late.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers), 409, 'FEEDBACK_CLOSED');
      expectError(await first.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers), 409, 'FEEDBACK_CLOSED');
      expectError(await requester.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers), 422, 'OWN_FEEDBACK_REQUEST');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM feedback_responses WHERE request_id = $1`, [request.id]);
      expect(n).toBe(1);
    });

    it('wants one written answer per question for async feedback (422 ANSWERS_MISMATCH with the problems), and writes nothing else', async () => {
      const requester = await signedIn();
      const reviewer = await signedIn();
      const request = await ask(requester);
      const before = await counts();
      const cases: [Record<string, unknown>, string[]][] = [
        [{ answers: ['Només una'] }, ['answers']],
        [{ answers: ['Una', ''] }, ['answers.1']],
        [{ answers: ['Una', '   '] }, ['answers.1']],
        [{ answers: ['Una', 'Dues'], proposedTimes: [inDays(2)] }, ['proposedTimes']],
        [{}, ['answers']],
      ];
      for (const [body, paths] of cases) {
        const refused = await reviewer.client.post(`/api/feedback-requests/${request.id}/responses`, body);
        expectError(refused, 422, 'ANSWERS_MISMATCH');
        expect(refused.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(paths);
      }
      expect(await counts()).toEqual(before);
    });

    it('wants proposed times to come, and no written answers, for a coffee', async () => {
      const requester = await signedIn();
      const reviewer = await signedIn();
      const request = await ask(requester, { format: 'coffee', questions: ['Fem un cafè i m’ho dius?'] });
      const before = await counts();
      const cases: [Record<string, unknown>, string[]][] = [
        [{}, ['proposedTimes']],
        [{ proposedTimes: [inDays(-1)] }, ['proposedTimes.0']],
        [{ proposedTimes: [inDays(1), inDays(-2)] }, ['proposedTimes.1']],
        [{ answers: ['Sí'], proposedTimes: [inDays(1)] }, ['answers']],
      ];
      for (const [body, paths] of cases) {
        const refused = await reviewer.client.post(`/api/feedback-requests/${request.id}/responses`, body);
        expectError(refused, 422, 'ANSWERS_MISMATCH');
        expect(refused.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(paths);
      }
      expect(await counts()).toEqual(before);
      const proposed = ['2031-05-06T09:30:00+02:00', '2031-05-07T16:00:00+02:00'];
      const response = await answer(reviewer, request.id, { proposedTimes: proposed, message: 'Al pati?' });
      expect(response).toMatchObject({ answers: [], proposedTimes: ['2031-05-06T07:30:00.000Z', '2031-05-07T14:00:00.000Z'], message: 'Al pati?' });
    });

    it('refuses malformed answers with 400 and writes nothing', async () => {
      const requester = await signedIn();
      const reviewer = await signedIn();
      const request = await ask(requester);
      const before = await counts();
      const cases: unknown[] = [
        { answers: 'Sí' },
        { answers: [1, 2] },
        { answers: ['a', 'b', 'c', 'd', 'e', 'f'] },
        { answers: ['x'.repeat(3001), 'b'] },
        { proposedTimes: ['demà'] },
        { proposedTimes: ['2031-02-30T10:00:00Z'] },
        { proposedTimes: [inDays(1), inDays(2), inDays(3), inDays(4)] },
        { ...twoAnswers, message: 'x'.repeat(1001) },
        { ...twoAnswers, helpful: true },
        [],
        'text',
      ];
      for (const body of cases) {
        const refused = await reviewer.client.post(`/api/feedback-requests/${request.id}/responses`, body);
        expect({ body, status: refused.status, code: refused.body?.error?.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      }
      expect(await counts()).toEqual(before);
    });

    it('lets the reviewer edit their answer until the request closes (full is fine); only the reviewer', async () => {
      const requester = await signedIn();
      const reviewer = await signedIn();
      const other = await signedIn();
      const request = await ask(requester, { cap: 1 });
      const response = await answer(reviewer, request.id);
      expect((await reviewer.client.get(`/api/feedback-requests/${request.id}`)).body.status).toBe('full');

      const edited = await reviewer.client.put<FeedbackResponse>(`/api/feedback-responses/${response.id}`, {
        answers: ['Sí, però el títol és llarg', 'El de contacte'],
        message: 'Bona feina',
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ id: response.id, answers: ['Sí, però el títol és llarg', 'El de contacte'], message: 'Bona feina' });
      expect(edited.body.editedAt).not.toBeNull();

      const mismatch = await reviewer.client.put(`/api/feedback-responses/${response.id}`, { answers: ['Una'] });
      expectError(mismatch, 422, 'ANSWERS_MISMATCH');
      expectError(await requester.client.put(`/api/feedback-responses/${response.id}`, twoAnswers), 403, 'FORBIDDEN');
      expectError(await other.client.put(`/api/feedback-responses/${response.id}`, twoAnswers), 403, 'FORBIDDEN');
      expectError(await reviewer.client.put(`/api/feedback-responses/${response.id}`, { answers: 'no' }), 400, 'VALIDATION_FAILED');

      await requester.client.post(`/api/feedback-requests/${request.id}/close`);
      expectError(await reviewer.client.put(`/api/feedback-responses/${response.id}`, twoAnswers), 409, 'FEEDBACK_CLOSED');
      const [row] = await t.dataSource.query(`SELECT answers, message FROM feedback_responses WHERE id = $1`, [response.id]);
      expect(row).toEqual({ answers: ['Sí, però el títol és llarg', 'El de contacte'], message: 'Bona feina' });
    });
  });

  describe('the requester’s part', () => {
    it('marks answers helpful and thanks reviewers (again replaces), even once closed; nobody else may', async () => {
      const requester = await signedIn();
      const reviewer = await signedIn();
      const other = await signedIn();
      const request = await ask(requester);
      const response = await answer(reviewer, request.id);

      const helpful = await requester.client.put<FeedbackResponse>(`/api/feedback-responses/${response.id}/helpful`, { helpful: true });
      expect(helpful.status).toBe(200);
      expect(helpful.body.helpful).toBe(true);
      const thanked = await requester.client.put<FeedbackResponse>(`/api/feedback-responses/${response.id}/thanks`, { message: 'Moltes gràcies!' });
      expect(thanked.body.thanks).toEqual({ message: 'Moltes gràcies!', at: expect.any(String) });
      const again = await requester.client.put<FeedbackResponse>(`/api/feedback-responses/${response.id}/thanks`, { message: 'Ho he canviat ja' });
      expect(again.body.thanks?.message).toBe('Ho he canviat ja');

      // The reviewer reads the thanks on their answer.
      const seen = (await reviewer.client.get<FeedbackRequest>(`/api/feedback-requests/${request.id}`)).body.responses[0];
      expect(seen).toMatchObject({ helpful: true, thanks: { message: 'Ho he canviat ja' } });

      for (const someoneElse of [reviewer, other, manager]) {
        expectError(await someoneElse.client.put(`/api/feedback-responses/${response.id}/helpful`, { helpful: false }), 403, 'FORBIDDEN');
        expectError(await someoneElse.client.put(`/api/feedback-responses/${response.id}/thanks`, { message: 'Jo també' }), 403, 'FORBIDDEN');
      }
      expectError(await requester.client.put(`/api/feedback-responses/${response.id}/helpful`, { helpful: 'yes' }), 400, 'VALIDATION_FAILED');
      expectError(await requester.client.put(`/api/feedback-responses/${response.id}/thanks`, { message: '  ' }), 400, 'VALIDATION_FAILED');

      await requester.client.post(`/api/feedback-requests/${request.id}/close`);
      const unmarked = await requester.client.put<FeedbackResponse>(`/api/feedback-responses/${response.id}/helpful`, { helpful: false });
      expect(unmarked.body).toMatchObject({ helpful: false, thanks: { message: 'Ho he canviat ja' } });
      const [row] = await t.dataSource.query(`SELECT helpful_at, thanks_message FROM feedback_responses WHERE id = $1`, [response.id]);
      expect(row).toEqual({ helpful_at: null, thanks_message: 'Ho he canviat ja' });
    });

    it('closes a request (idempotent); only its requester', async () => {
      const requester = await signedIn();
      const other = await signedIn();
      const request = await ask(requester);
      expectError(await other.client.post(`/api/feedback-requests/${request.id}/close`), 403, 'FORBIDDEN');
      expectError(await manager.client.post(`/api/feedback-requests/${request.id}/close`), 403, 'FORBIDDEN');
      const closed = await requester.client.post<FeedbackRequest>(`/api/feedback-requests/${request.id}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      const again = await requester.client.post<FeedbackRequest>(`/api/feedback-requests/${request.id}/close`);
      expect(again.status).toBe(200);
      expect(again.body.closedAt).toBe(closed.body.closedAt);
      expect((await other.client.get(`/api/feedback-requests/${request.id}`)).body).toMatchObject({ status: 'closed', canAnswer: false });
    });

    it('invites more reviewers under the lock: at most five in all, the already invited kept, eligibility as at creation', async () => {
      const requester = await signedIn();
      const people = await Promise.all(Array.from({ length: 6 }, () => signedIn()));
      const other = await signedIn();
      const request = await ask(requester, { audience: 'invited', invitedMemberIds: [people[0]!.id, people[1]!.id] });

      expectError(await people[2]!.client.get(`/api/feedback-requests/${request.id}`), 404, 'FEEDBACK_REQUEST_NOT_FOUND');
      const invited = await requester.client.post<FeedbackRequest>(`/api/feedback-requests/${request.id}/invitations`, {
        memberIds: [people[1]!.id, people[2]!.id],
      });
      expect(invited.status).toBe(200);
      expect(invited.body.invited.map((member) => member.id)).toEqual([people[0]!.id, people[1]!.id, people[2]!.id]);
      // Now invited, they see it.
      expect((await people[2]!.client.get(`/api/feedback-requests/${request.id}`)).body).toMatchObject({ invitedMe: true });

      const before = await counts();
      const tooMany = await requester.client.post(`/api/feedback-requests/${request.id}/invitations`, {
        memberIds: [people[3]!.id, people[4]!.id, people[5]!.id],
      });
      expectError(tooMany, 422, 'TOO_MANY_REVIEWERS');
      const self = await requester.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: [people[3]!.id, requester.id] });
      expectError(self, 422, 'REVIEWER_NOT_ELIGIBLE');
      expect(self.body.error.details).toEqual([expect.objectContaining({ path: 'memberIds.1' })]);
      expectError(await requester.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: [] }), 400, 'VALIDATION_FAILED');
      expectError(await people[0]!.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: [other.id] }), 403, 'FORBIDDEN');
      expect(await counts()).toEqual(before);

      const five = await requester.client.post<FeedbackRequest>(`/api/feedback-requests/${request.id}/invitations`, {
        memberIds: [people[3]!.id, people[4]!.id],
      });
      expect(five.body.invited).toHaveLength(5);

      await requester.client.post(`/api/feedback-requests/${request.id}/close`);
      expectError(await requester.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: [people[0]!.id] }), 409, 'FEEDBACK_CLOSED');
    });

    it('edits a request: only its requester, not once closed, questions locked after the first answer, the cap never below the answers', async () => {
      const requester = await signedIn();
      const reviewer = await signedIn();
      const other = await signedIn();
      const request = await ask(requester, { cap: 2 });

      const deadline = addDays(today(), 20);
      const edited = await requester.client.patch<FeedbackRequest>(`/api/feedback-requests/${request.id}`, {
        title: 'La landing, versió 2',
        questions: ['S’entén?'],
        deadline,
        expertise: ['Disseny web'],
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: 'La landing, versió 2', questions: ['S’entén?'], questionCount: 1, deadline, expertise: ['Disseny web'] });
      expect(Date.parse(edited.body.closesAt)).toBeGreaterThan(Date.parse(request.closesAt));
      expect(Date.parse(edited.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(request.updatedAt));

      expectError(await other.client.patch(`/api/feedback-requests/${request.id}`, { title: 'Meva' }), 403, 'FORBIDDEN');
      expectError(await manager.client.patch(`/api/feedback-requests/${request.id}`, { title: 'Meva' }), 403, 'FORBIDDEN');
      for (const patch of [{}, { format: 'coffee' }, { audience: 'invited' }, { cap: 11 }, { questions: [] }]) {
        expectError(await requester.client.patch(`/api/feedback-requests/${request.id}`, patch), 400, 'VALIDATION_FAILED');
      }
      expectError(await requester.client.patch(`/api/feedback-requests/${request.id}`, { deadline: addDays(today(), 40) }), 422, 'DEADLINE_OUT_OF_RANGE');

      await answer(reviewer, request.id, { answers: ['Sí'] });
      await answer(other, request.id, { answers: ['Més o menys'] });
      expect((await requester.client.get(`/api/feedback-requests/${request.id}`)).body.status).toBe('full');
      const locked = await requester.client.patch(`/api/feedback-requests/${request.id}`, { questions: ['S’entén?', 'I el preu?'] });
      expectError(locked, 409, 'QUESTIONS_LOCKED');
      expect((await requester.client.patch(`/api/feedback-requests/${request.id}`, { questions: ['S’entén?'], minutes: 5 })).status).toBe(200);
      const below = await requester.client.patch(`/api/feedback-requests/${request.id}`, { cap: 1 });
      expectError(below, 422, 'CAP_BELOW_ANSWERS');
      expect(below.body.error.details).toEqual([expect.objectContaining({ path: 'cap' })]);
      const raised = await requester.client.patch<FeedbackRequest>(`/api/feedback-requests/${request.id}`, { cap: 3 });
      expect(raised.body).toMatchObject({ cap: 3, status: 'open', minutes: 5 });

      await requester.client.post(`/api/feedback-requests/${request.id}/close`);
      expectError(await requester.client.patch(`/api/feedback-requests/${request.id}`, { title: 'Tancada' }), 409, 'FEEDBACK_CLOSED');
      const [row] = await t.dataSource.query(`SELECT title, questions, cap FROM feedback_requests WHERE id = $1`, [request.id]);
      expect(row).toEqual({ title: 'La landing, versió 2', questions: ['S’entén?'], cap: 3 });
    });

    it('is closed once its deadline’s day is over, by the clock', async () => {
      const requester = await signedIn();
      const reviewer = await signedIn();
      const late = await signedIn();
      const request = await ask(requester, { deadline: today() });
      const response = await answer(reviewer, request.id);
      // As if the deadline's day had ended a second ago.
      await t.dataSource.query(`UPDATE feedback_requests SET closes_at = now() - interval '1 second' WHERE id = $1`, [request.id]);

      expect((await late.client.get(`/api/feedback-requests/${request.id}`)).body).toMatchObject({ status: 'closed', closedAt: null, canAnswer: false });
      expectError(await late.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers), 409, 'FEEDBACK_CLOSED');
      expectError(await reviewer.client.put(`/api/feedback-responses/${response.id}`, twoAnswers), 409, 'FEEDBACK_CLOSED');
      expectError(await requester.client.patch(`/api/feedback-requests/${request.id}`, { title: 'Encara?' }), 409, 'FEEDBACK_CLOSED');
      const closed = (await requester.client.get<{ items: FeedbackRequestSummary[] }>('/api/feedback-requests?mine=true&status=closed')).body.items;
      expect(closed.map((item) => item.id)).toContain(request.id);
      const open = (await requester.client.get<{ items: FeedbackRequestSummary[] }>('/api/feedback-requests?mine=true&status=open')).body.items;
      expect(open.map((item) => item.id)).not.toContain(request.id);
    });
  });

  describe('lists', () => {
    it('lists mine, asked of me (invited, or my skills while I accept requests) and all, filtered by status, newest first', async () => {
      const me = await signedIn({ skills: ['Disseny gràfic', 'Figma'] });
      const asker = await signedIn();
      const bySkill = await ask(asker, { title: 'Logotip', expertise: ['DISSENY GRAFIC'] });
      const byInvitation = await ask(asker, { title: 'Convidada', expertise: ['Fiscalitat'], audience: 'invited', invitedMemberIds: [me.id] });
      const unrelated = await ask(asker, { title: 'Impostos', expertise: ['Fiscalitat'] });
      const hidden = await ask(asker, { title: 'Privada', audience: 'invited', invitedMemberIds: [(await signedIn()).id] });
      const mine = await ask(me, { title: 'La meva', expertise: ['Figma'] });
      await answer(me, bySkill.id);

      const get = async (query: string) =>
        (await me.client.get<{ items: FeedbackRequestSummary[] }>(`/api/feedback-requests?${query}`)).body.items.filter((item) =>
          [bySkill.id, byInvitation.id, unrelated.id, hidden.id, mine.id].includes(item.id),
        );
      expect((await get('mine=true')).map((item) => item.title)).toEqual(['La meva']);
      expect((await get('asked=true')).map((item) => item.title)).toEqual(['Convidada', 'Logotip']);
      expect((await get('limit=100')).map((item) => item.title)).toEqual(['La meva', 'Impostos', 'Convidada', 'Logotip']);
      expect((await get('asked=true&status=open')).map((item) => item.title)).toEqual(['Convidada', 'Logotip']);

      const items = await get('asked=true');
      expect(items.find((item) => item.id === bySkill.id)).toMatchObject({ invitedMe: false, answeredByMe: true, responseCount: 1, questionCount: 2 });
      expect(items.find((item) => item.id === byInvitation.id)).toMatchObject({
        invitedMe: true,
        answeredByMe: false,
        responseCount: 0,
        audience: 'invited',
        requester: { id: asker.id },
      });

      // Feedback turned off: matching skills no longer ask anything of me; invitations still do.
      expect((await me.client.put('/api/members/me/feedback-settings', { open: false, weeklyQuota: 2 })).status).toBe(200);
      expect((await get('asked=true')).map((item) => item.title)).toEqual(['Convidada']);
      // Closed requests keep their place, with their state.
      await asker.client.post(`/api/feedback-requests/${byInvitation.id}/close`);
      expect((await get('asked=true&status=closed')).map((item) => [item.title, item.status])).toEqual([['Convidada', 'closed']]);
      expect(await get('asked=true&status=open')).toEqual([]);
    });

    it('pages newest first with a cursor, without gaps or repeats; refuses a bad cursor or mine with asked', async () => {
      const me = await signedIn();
      const made: string[] = [];
      for (let index = 0; index < 7; index++) made.push((await ask(me, { title: `Petició ${index}` })).id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: FeedbackRequestSummary[]; nextCursor: string | null } } = await me.client.get(
          `/api/feedback-requests?mine=true&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((item) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...made].reverse());

      for (const query of [
        'cursor=nonsense',
        `cursor=${Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')}`,
        'mine=true&asked=true',
        'status=pending',
        'limit=0',
        'mine=yes',
      ]) {
        expectError(await me.client.get(`/api/feedback-requests?${query}`), 400, 'VALIDATION_FAILED');
      }
    });
  });

  describe('settings', () => {
    it('reads and changes whether one takes feedback requests and one’s weekly quota; counts answers of the last 7 days', async () => {
      const me = await signedIn();
      expect((await me.client.get('/api/members/me/feedback-settings')).body).toEqual({ open: true, weeklyQuota: 2, givenLast7Days: 0 });
      const requester = await signedIn();
      const recent = await ask(requester);
      const old = await ask(requester);
      await answer(me, recent.id);
      const oldAnswer = await answer(me, old.id);
      await t.dataSource.query(`UPDATE feedback_responses SET created_at = now() - interval '8 days' WHERE id = $1`, [oldAnswer.id]);

      const changed = await me.client.put('/api/members/me/feedback-settings', { open: false, weeklyQuota: 5 });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({ open: false, weeklyQuota: 5, givenLast7Days: 1 });
      for (const body of [{ open: true }, { open: true, weeklyQuota: 11 }, { open: true, weeklyQuota: -1 }, { open: 'yes', weeklyQuota: 1 }]) {
        expectError(await me.client.put('/api/members/me/feedback-settings', body), 400, 'VALIDATION_FAILED');
      }
      expect((await me.client.get('/api/members/me/feedback-settings')).body).toEqual({ open: false, weeklyQuota: 5, givenLast7Days: 1 });
      expect((await t.client().get('/api/members/me/feedback-settings')).status).toBe(401);
    });
  });
});

describe('the demo community’s feedback', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signIn = async (email: string) => {
    const client = t.client();
    await client.signIn(email, DEMO_PASSWORD);
    return client;
  };

  it('has an open written request with two answers, a coffee and an invite-only request, with reviewers to suggest', async () => {
    expect(await seedDemo(t.dataSource)).toBe(true);
    const marc = await signIn('marc.soler@tertulia.example');
    const mine = (await marc.get<{ items: FeedbackRequestSummary[] }>('/api/feedback-requests?mine=true')).body.items;
    expect(mine).toEqual([expect.objectContaining({ format: 'async', status: 'open', responseCount: 2, audience: 'all' })]);
    const landing = (await marc.get<FeedbackRequest>(`/api/feedback-requests/${mine[0]!.id}`)).body;
    expect(landing.responses.map((response) => response.reviewer.displayName)).toEqual(['Oriol Costa', 'Paula Navarro']);
    expect(landing.responses[0]).toMatchObject({ helpful: true, thanks: { message: expect.any(String) } });
    expect(landing.invited.map((member) => member.displayName)).toEqual(['Oriol Costa']);

    const suggested = await marc.get(`/api/feedback-requests/suggested-reviewers?expertise=${encodeURIComponent(landing.expertise.join(','))}`);
    const names = (suggested.body.items as { displayName: string }[]).map((item) => item.displayName);
    expect(names).toEqual(expect.arrayContaining(['Oriol Costa', 'Paula Navarro', 'Jordi Puig']));
    expect(names).not.toContain('Marc Soler');

    const all = (await marc.get<{ items: FeedbackRequestSummary[] }>('/api/feedback-requests')).body.items;
    // Newest first; the invite-only request is not Marc's to see.
    expect(all.map((item) => [item.format, item.audience, item.status, item.responseCount])).toEqual([
      ['coffee', 'all', 'open', 1],
      ['async', 'all', 'open', 2],
    ]);

    // The invite-only request: its invited reviewers see it, asked of them.
    const berta = await signIn('berta.camps@tertulia.example');
    const asked = (await berta.get<{ items: FeedbackRequestSummary[] }>('/api/feedback-requests?asked=true')).body.items;
    expect(asked).toEqual(expect.arrayContaining([expect.objectContaining({ audience: 'invited', invitedMe: true, status: 'open' })]));
    const montse = await signIn('montse.vidal@tertulia.example');
    const forManager = (await montse.get<{ items: FeedbackRequestSummary[] }>('/api/feedback-requests')).body.items;
    expect(forManager).toHaveLength(2);
  });
});
