import { randomUUID } from 'node:crypto';
import type { FeedbackRequest, FeedbackResponse } from '@tertulia/domain';
import { addDays, todayIn } from '../src/common/time/today';
import { createMember, type MemberOverrides } from './factories/member.factory';
import { inbox, type Told } from './utils/inbox';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

const today = () => todayIn('Europe/Madrid');
/** A skill nobody else in this database has, so that tests sharing the app do not reach each other's members. */
const uniqueSkill = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

const asking = (fields: Record<string, unknown> = {}) => ({
  title: 'La meva landing page',
  context: 'Què us sembla?',
  questions: ['S’entén què oferim?', 'Quin botó clicaríeu primer?'],
  format: 'async',
  minutes: 10,
  deadline: addDays(today(), 7),
  expertise: [uniqueSkill('Nobody')],
  cap: 5,
  ...fields,
});
const twoAnswers = { answers: ['Sí', 'El de contacte'] };

describe('notifications: feedback', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  async function ask(as: Person, fields: Record<string, unknown> = {}): Promise<FeedbackRequest> {
    const created = await as.client.post('/api/feedback-requests', asking(fields));
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
    return created.body as FeedbackRequest;
  }

  async function answer(as: Person, requestId: string): Promise<FeedbackResponse> {
    const answered = await as.client.post(`/api/feedback-requests/${requestId}/responses`, twoAnswers);
    expect({ status: answered.status, body: answered.body }).toMatchObject({ status: 201 });
    return answered.body as FeedbackResponse;
  }

  const told = (kind: Told['kind'], requestId: string, data: Record<string, string>): Told => ({ kind, data, link: `/feedback/${requestId}` });
  const countOf = async (kind: string, requestId: string) =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = $1 AND link = $2`, [kind, `/feedback/${requestId}`])) as {
      n: number;
    }[])[0]!.n;

  it('feedback_requested: the invited reviewers are told once at creation, those invited later when they are; nobody else, and a refused invitation tells nobody', async () => {
    const requester = await signedIn({ displayName: 'Marc Soler' });
    const [first, second, third, uninvolved] = [await signedIn(), await signedIn(), await signedIn(), await signedIn()];
    const gone = await createMember(t.dataSource, { status: 'deactivated' });

    // Refused (a reviewer who is not an active member, 422): nobody is told.
    const refused = await requester.client.post('/api/feedback-requests', asking({ audience: 'invited', invitedMemberIds: [first.id, gone.id] }));
    expect(refused.status).toBe(422);
    expect(await inbox(first.client)).toEqual([]);

    const request = await ask(requester, { audience: 'invited', invitedMemberIds: [first.id, second.id] });
    const requested = told('feedback_requested', request.id, { requesterName: 'Marc Soler', title: 'La meva landing page' });
    expect(await inbox(first.client)).toEqual([requested]);
    expect(await inbox(second.client)).toEqual([requested]);
    expect(await inbox(requester.client)).toEqual([]);
    expect(await inbox(third.client)).toEqual([]);
    expect(await inbox(uninvolved.client)).toEqual([]);

    // Invited later: only the new reviewer is told; someone already invited is not told again.
    const invited = await requester.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: [second.id, third.id] });
    expect(invited.status).toBe(200);
    expect(await inbox(third.client)).toEqual([requested]);
    expect(await inbox(second.client)).toEqual([requested]);
    expect(await inbox(first.client)).toEqual([requested]);

    // More than five in all (422), or from someone who did not ask (403): nobody is told.
    const more = [await signedIn(), await signedIn(), await signedIn()];
    expect((await requester.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: more.map((p) => p.id) })).status).toBe(422);
    expect((await first.client.post(`/api/feedback-requests/${request.id}/invitations`, { memberIds: [uninvolved.id] })).status).toBe(403);
    for (const person of [...more, uninvolved]) expect(await inbox(person.client)).toEqual([]);
    expect(await countOf('feedback_requested', request.id)).toBe(3);
  });

  it('feedback_matches_skills: a request to every member tells those open to requests whose skills match (case and accents aside) — not its requester, not the invited, not the closed, the inactive or the unskilled', async () => {
    const skill = uniqueSkill('Kombutxà');
    const other = uniqueSkill('Fermentació');
    const requester = await signedIn({ displayName: 'Laia Ferrer', skills: [skill] });
    // «KOMBUTXA …»: another case, without the accent.
    const matching = await signedIn({ skills: [skill.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase(), 'Cuina'] });
    const both = await signedIn({ skills: [other, skill] });
    const invitedSkilled = await signedIn({ skills: [skill] });
    const closed = await signedIn({ skills: [skill] });
    await t.dataSource.query(`UPDATE members SET feedback_open = false WHERE id = $1`, [closed.id]);
    const inactive = await createMember(t.dataSource, { skills: [skill], status: 'deactivated' });
    const unskilled = await signedIn({ skills: ['Cuina'] });

    // Refused (a deadline too far, 422): nobody is told.
    const refused = await requester.client.post('/api/feedback-requests', asking({ expertise: [skill], deadline: addDays(today(), 90) }));
    expect(refused.status).toBe(422);
    expect(await inbox(matching.client)).toEqual([]);

    const request = await ask(requester, { title: 'Etiquetes', expertise: [skill, other], audience: 'all', invitedMemberIds: [invitedSkilled.id] });
    const about = { requesterName: 'Laia Ferrer', title: 'Etiquetes' };
    expect(await inbox(matching.client)).toEqual([told('feedback_matches_skills', request.id, about)]);
    expect(await inbox(both.client)).toEqual([told('feedback_matches_skills', request.id, about)]);
    expect(await inbox(invitedSkilled.client)).toEqual([told('feedback_requested', request.id, about)]);
    expect(await inbox(requester.client)).toEqual([]);
    expect(await inbox(closed.client)).toEqual([]);
    expect(await inbox(unskilled.client)).toEqual([]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE member_id = $1`, [inactive.id]);
    expect(n).toBe(0);

    // A request for the invited only tells nobody about skills.
    const private_ = await ask(requester, { expertise: [skill], audience: 'invited', invitedMemberIds: [unskilled.id] });
    expect(await countOf('feedback_matches_skills', private_.id)).toBe(0);
    expect(await inbox(matching.client)).toEqual([told('feedback_matches_skills', request.id, about)]);
  });

  it('feedback_matches_skills: at most 20 are told, those matching the most skills first', async () => {
    const skill = uniqueSkill('Ceràmica');
    const second = uniqueSkill('Esmalts');
    const requester = await signedIn();
    for (let index = 0; index < 21; index++) await createMember(t.dataSource, { displayName: `A ${index}`, skills: [skill] });
    const best = await signedIn({ displayName: 'Z best', skills: [skill, second] });
    const request = await ask(requester, { expertise: [skill, second] });
    expect(await countOf('feedback_matches_skills', request.id)).toBe(20);
    expect(await inbox(best.client)).toHaveLength(1);
  });

  it('feedback_answered: the requester is told of each answer once, with the reviewer’s name; a refused answer tells nobody', async () => {
    const requester = await signedIn({ displayName: 'Marc Soler' });
    const [reviewer, secondReviewer] = [await signedIn({ displayName: 'Oriol Costa' }), await signedIn({ displayName: 'Núria Vila' })];
    const uninvolved = await signedIn();
    const request = await ask(requester, { title: 'El meu logo' });

    await answer(reviewer, request.id);
    const first = told('feedback_answered', request.id, { reviewerName: 'Oriol Costa', title: 'El meu logo' });
    expect(await inbox(requester.client)).toEqual([first]);
    expect(await inbox(reviewer.client)).toEqual([]);
    expect(await inbox(uninvolved.client)).toEqual([]);

    // A second answer (409) and one's own (422) are refused: nobody is told.
    expect((await reviewer.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers)).status).toBe(409);
    expect((await requester.client.post(`/api/feedback-requests/${request.id}/responses`, twoAnswers)).status).toBe(422);
    expect(await inbox(requester.client)).toEqual([first]);

    await answer(secondReviewer, request.id);
    expect(await inbox(requester.client)).toEqual([first, told('feedback_answered', request.id, { reviewerName: 'Núria Vila', title: 'El meu logo' })]);
  });

  it('feedback_helpful: the reviewer is told once when their answer is marked helpful — not again, not for «not helpful», not the requester nor other reviewers', async () => {
    const requester = await signedIn({ displayName: 'Marc Soler' });
    const [reviewer, otherReviewer] = [await signedIn(), await signedIn()];
    const request = await ask(requester, { title: 'El meu pressupost' });
    const response = await answer(reviewer, request.id);
    const otherResponse = await answer(otherReviewer, request.id);

    // Only the requester marks (403 for the reviewer): nobody is told.
    expect((await reviewer.client.put(`/api/feedback-responses/${response.id}/helpful`, { helpful: true })).status).toBe(403);
    expect(await inbox(reviewer.client)).toEqual([]);
    expect((await requester.client.put(`/api/feedback-responses/${otherResponse.id}/helpful`, { helpful: false })).status).toBe(200);
    expect(await inbox(otherReviewer.client)).toEqual([]);

    expect((await requester.client.put(`/api/feedback-responses/${response.id}/helpful`, { helpful: true })).status).toBe(200);
    const helpful = [told('feedback_helpful', request.id, { requesterName: 'Marc Soler', title: 'El meu pressupost' })];
    expect(await inbox(reviewer.client)).toEqual(helpful);
    // Marked again, or taken back and marked again: still told once.
    await requester.client.put(`/api/feedback-responses/${response.id}/helpful`, { helpful: true });
    await requester.client.put(`/api/feedback-responses/${response.id}/helpful`, { helpful: false });
    await requester.client.put(`/api/feedback-responses/${response.id}/helpful`, { helpful: true });
    expect(await inbox(reviewer.client)).toEqual(helpful);
    expect(await inbox(otherReviewer.client)).toEqual([]);
    expect((await inbox(requester.client)).filter((item) => item.kind === 'feedback_helpful')).toEqual([]);
  });
});
