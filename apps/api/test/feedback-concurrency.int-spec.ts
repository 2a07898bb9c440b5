import type { FeedbackRequest } from '@tertulia/domain';
import { hashToken, newToken } from '../src/common/security/tokens';
import { addDays, todayIn } from '../src/common/time/today';
import { createMember } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

interface Person {
  id: string;
  client: TestClient;
}

/**
 * The test. Fired in parallel over real HTTP: on PostgreSQL these are concurrent transactions on separate
 * connections, decided by the request's row lock; on PGlite (one connection) they run one after another and must agree.
 */
describe('answers to a feedback request under concurrent requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Members straight in the database, each with a session of their own and a client from an address of its own. */
  async function members(count: number): Promise<Person[]> {
    const people: Person[] = [];
    for (let index = 0; index < count; index++) {
      const member = await createMember(t.dataSource, { displayName: `Revisora ${String(index).padStart(2, '0')}` });
      const token = newToken();
      await t.dataSource.query(`INSERT INTO sessions (id, member_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        hashToken(token),
        member.id,
      ]);
      const client = t.client();
      client.cookie = token;
      people.push({ id: member.id, client });
    }
    return people;
  }

  async function ask(requester: Person, fields: Record<string, unknown>): Promise<FeedbackRequest> {
    const created = await requester.client.post('/api/feedback-requests', {
      title: 'La meva landing page',
      context: 'Una pàgina per a una cafeteria',
      questions: ['S’entén què oferim?', 'Quin botó clicaríeu primer?'],
      format: 'async',
      minutes: 10,
      deadline: addDays(todayIn('Europe/Madrid'), 7),
      cap: 3,
      ...fields,
    });
    expect(created.status).toBe(201);
    return created.body as FeedbackRequest;
  }

  const answer = { answers: ['Sí', 'El de reservar'] };
  const rowsOf = async (requestId: string): Promise<{ reviewer_id: string }[]> =>
    t.dataSource.query(`SELECT reviewer_id FROM feedback_responses WHERE request_id = $1 ORDER BY created_at`, [requestId]);

  it('12 members answer a cap-3 request at once: exactly 3 answers are taken, the other 9 get 409 FEEDBACK_FULL', async () => {
    const [requester, ...reviewers] = await members(13);
    const request = await ask(requester!, { cap: 3 });

    const answers = await Promise.all(reviewers.map((person) => person.client.post(`/api/feedback-requests/${request.id}/responses`, answer)));
    const statuses = answers.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(9);
    for (const refused of answers.filter((response) => response.status === 409)) expect(refused.body.error.code).toBe('FEEDBACK_FULL');

    // In the database: 3 rows, from exactly the 3 members who were told 201.
    const rows = await rowsOf(request.id);
    expect(rows).toHaveLength(3);
    const accepted = reviewers.filter((_, index) => answers[index]!.status === 201).map((person) => person.id);
    expect(rows.map((row) => row.reviewer_id).sort()).toEqual(accepted.sort());
    const details = (await requester!.client.get<FeedbackRequest>(`/api/feedback-requests/${request.id}`)).body;
    expect(details).toMatchObject({ status: 'full', responseCount: 3 });
    expect(details.responses).toHaveLength(3);
  });

  it('one member answering twice at once gets one answer in and 409 ALREADY_ANSWERED', async () => {
    const [requester, reviewer] = await members(2);
    const request = await ask(requester!, { cap: 5 });
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => reviewer!.client.post(`/api/feedback-requests/${request.id}/responses`, answer)),
    );
    expect(answers.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
    for (const refused of answers.filter((response) => response.status === 409)) expect(refused.body.error.code).toBe('ALREADY_ANSWERED');
    expect(await rowsOf(request.id)).toHaveLength(1);
  });

  it('eight invitations sent at once to a request inviting one: four get in, never more than five in all', async () => {
    const [requester, ...people] = await members(10);
    const request = await ask(requester!, { audience: 'invited', invitedMemberIds: [people[0]!.id] });
    const invitations = await Promise.all(
      people.slice(1).map((person) => requester!.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: [person.id] })),
    );
    const statuses = invitations.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(4);
    expect(statuses.filter((status) => status === 422)).toHaveLength(4);
    for (const refused of invitations.filter((response) => response.status === 422)) expect(refused.body.error.code).toBe('TOO_MANY_REVIEWERS');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM feedback_invitations WHERE request_id = $1`, [request.id]);
    expect(n).toBe(5);
  });
});
