import { addDays, todayIn } from '../../src/common/time/today';
import { createMember } from '../factories/member.factory';
import type { TestApp } from '../utils/test-app';
import type { RouteCase } from './route-case';

const someone = async (t: TestApp) => (await createMember(t.dataSource)).id;

interface RequestOptions {
  /** Its requester (a new member when null). */
  requesterId?: string | null;
  audience?: 'all' | 'invited';
  /** Invited reviewers; an invite-only request gets a new member when none is given. */
  invited?: (string | null)[];
}

/** An open async request with one question, a week to go, straight in the database. */
async function request(t: TestApp, options: RequestOptions = {}): Promise<string> {
  const audience = options.audience ?? 'all';
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO feedback_requests (requester_id, title, context, questions, format, minutes, deadline, closes_at, cap, audience)
     VALUES ($1, 'La meva landing', 'Què us sembla?', '{"S’entén?"}', 'async', 10, current_date + 7, now() + interval '7 days', 5, $2)
     RETURNING id`,
    [options.requesterId ?? (await someone(t)), audience],
  );
  const invited = (options.invited ?? []).filter((memberId): memberId is string => memberId !== null);
  if (audience === 'invited' && invited.length === 0) invited.push(await someone(t));
  for (const memberId of invited) {
    await t.dataSource.query(`INSERT INTO feedback_invitations (request_id, member_id) VALUES ($1, $2)`, [id, memberId]);
  }
  return id;
}

/** An answer by `reviewerId` (a new member when null) to a request (a new one of another member when not given). */
async function response(t: TestApp, reviewerId: string | null, requestId?: string): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO feedback_responses (request_id, reviewer_id, answers) VALUES ($1, $2, '{"Sí, molt"}') RETURNING id`,
    [requestId ?? (await request(t)), reviewerId ?? (await someone(t))],
  );
  return id;
}

/** An answer to an invite-only request the caller neither asked for nor is invited to. */
const hiddenResponse = async (t: TestApp) => response(t, null, await request(t, { audience: 'invited' }));

const ANYONE = { anonymous: 401, member: 200, manager: 200 };
/** The requester, or a reviewer on their own answer: whoever the route is for. */
const ITS_OWNER = { anonymous: 401, member: 200, manager: 200 };
/** Someone who can see the request but is not whom the route is for: the manager has no say over feedback either. */
const NOT_ITS_OWNER = { anonymous: 401, member: 403, manager: 403 };
/** An invite-only request the caller neither asked for nor is invited to: it does not exist for them. */
const HIDDEN = { anonymous: 401, member: 404, manager: 404 };

const deadline = () => addDays(todayIn('Europe/Madrid'), 10);
const answer = { answers: ['Molt clar'] };

/** Feedback requests, answers and settings: who may call each route. */
export const FEEDBACK_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/feedback-requests', request: async () => ({ path: '/api/feedback-requests?asked=true' }), expected: ANYONE },
  {
    method: 'GET',
    route: '/api/feedback-requests/suggested-reviewers',
    request: async () => ({ path: '/api/feedback-requests/suggested-reviewers?expertise=UX,Copywriting' }),
    expected: ANYONE,
  },
  {
    method: 'POST',
    route: '/api/feedback-requests',
    request: async (t) => ({
      path: '/api/feedback-requests',
      body: {
        title: 'La meva landing',
        context: 'Què us sembla?',
        questions: ['S’entén?', 'Quin botó clicaríeu?'],
        format: 'async',
        minutes: 10,
        deadline: deadline(),
        expertise: ['UX'],
        cap: 2,
        audience: 'invited',
        invitedMemberIds: [await someone(t)],
      },
    }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  { method: 'GET', route: '/api/feedback-requests/{id}', request: async (t) => ({ path: `/api/feedback-requests/${await request(t)}` }), expected: ANYONE },
  {
    method: 'GET',
    route: '/api/feedback-requests/{id}',
    as: 'invite-only, as its requester',
    request: async (t, caller) => ({ path: `/api/feedback-requests/${await request(t, { requesterId: caller, audience: 'invited' })}` }),
    expected: ITS_OWNER,
  },
  {
    method: 'GET',
    route: '/api/feedback-requests/{id}',
    as: 'invite-only, as an invited reviewer',
    request: async (t, caller) => ({ path: `/api/feedback-requests/${await request(t, { audience: 'invited', invited: [caller] })}` }),
    expected: ANYONE,
  },
  {
    method: 'GET',
    route: '/api/feedback-requests/{id}',
    as: 'invite-only, neither its requester nor invited',
    request: async (t) => ({ path: `/api/feedback-requests/${await request(t, { audience: 'invited' })}` }),
    expected: HIDDEN,
  },
  {
    method: 'PATCH',
    route: '/api/feedback-requests/{id}',
    as: 'its requester',
    request: async (t, caller) => ({ path: `/api/feedback-requests/${await request(t, { requesterId: caller })}`, body: { title: 'Landing nova' } }),
    expected: ITS_OWNER,
  },
  {
    method: 'PATCH',
    route: '/api/feedback-requests/{id}',
    as: 'not its requester',
    request: async (t) => ({ path: `/api/feedback-requests/${await request(t)}`, body: { title: 'Landing nova' } }),
    expected: NOT_ITS_OWNER,
  },
  {
    method: 'PATCH',
    route: '/api/feedback-requests/{id}',
    as: 'invite-only, as an invited reviewer',
    request: async (t, caller) => ({
      path: `/api/feedback-requests/${await request(t, { audience: 'invited', invited: [caller] })}`,
      body: { title: 'Landing nova' },
    }),
    expected: NOT_ITS_OWNER,
  },
  {
    method: 'PATCH',
    route: '/api/feedback-requests/{id}',
    as: 'invite-only, neither its requester nor invited',
    request: async (t) => ({ path: `/api/feedback-requests/${await request(t, { audience: 'invited' })}`, body: { title: 'Landing nova' } }),
    expected: HIDDEN,
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/close',
    as: 'its requester',
    request: async (t, caller) => ({ path: `/api/feedback-requests/${await request(t, { requesterId: caller })}/close` }),
    expected: ITS_OWNER,
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/close',
    as: 'not its requester',
    request: async (t) => ({ path: `/api/feedback-requests/${await request(t)}/close` }),
    expected: NOT_ITS_OWNER,
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/close',
    as: 'invite-only, neither its requester nor invited',
    request: async (t) => ({ path: `/api/feedback-requests/${await request(t, { audience: 'invited' })}/close` }),
    expected: HIDDEN,
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/invitations',
    as: 'its requester',
    request: async (t, caller) => ({
      path: `/api/feedback-requests/${await request(t, { requesterId: caller, audience: 'invited' })}/invitations`,
      body: { memberIds: [await someone(t)] },
    }),
    expected: ITS_OWNER,
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/invitations',
    as: 'invite-only, as an invited reviewer',
    request: async (t, caller) => ({
      path: `/api/feedback-requests/${await request(t, { audience: 'invited', invited: [caller] })}/invitations`,
      body: { memberIds: [await someone(t)] },
    }),
    expected: NOT_ITS_OWNER,
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/invitations',
    as: 'invite-only, neither its requester nor invited',
    request: async (t) => ({
      path: `/api/feedback-requests/${await request(t, { audience: 'invited' })}/invitations`,
      body: { memberIds: [await someone(t)] },
    }),
    expected: HIDDEN,
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/responses',
    as: 'for every member',
    request: async (t) => ({ path: `/api/feedback-requests/${await request(t)}/responses`, body: answer }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/responses',
    as: 'invite-only, as an invited reviewer',
    request: async (t, caller) => ({
      path: `/api/feedback-requests/${await request(t, { audience: 'invited', invited: [caller] })}/responses`,
      body: answer,
    }),
    expected: { anonymous: 401, member: 201, manager: 201 },
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/responses',
    as: 'its requester (422: not to oneself)',
    request: async (t, caller) => ({ path: `/api/feedback-requests/${await request(t, { requesterId: caller })}/responses`, body: answer }),
    expected: { anonymous: 401, member: 422, manager: 422 },
  },
  {
    method: 'POST',
    route: '/api/feedback-requests/{id}/responses',
    as: 'invite-only, neither its requester nor invited',
    request: async (t) => ({ path: `/api/feedback-requests/${await request(t, { audience: 'invited' })}/responses`, body: answer }),
    expected: HIDDEN,
  },
  {
    method: 'PUT',
    route: '/api/feedback-responses/{id}',
    as: 'its reviewer',
    request: async (t, caller) => ({ path: `/api/feedback-responses/${await response(t, caller)}`, body: answer }),
    expected: ITS_OWNER,
  },
  {
    method: 'PUT',
    route: '/api/feedback-responses/{id}',
    as: 'the requester',
    request: async (t, caller) => ({
      path: `/api/feedback-responses/${await response(t, null, await request(t, { requesterId: caller }))}`,
      body: answer,
    }),
    expected: NOT_ITS_OWNER,
  },
  {
    method: 'PUT',
    route: '/api/feedback-responses/{id}',
    as: 'another member',
    request: async (t) => ({ path: `/api/feedback-responses/${await response(t, null)}`, body: answer }),
    expected: NOT_ITS_OWNER,
  },
  {
    method: 'PUT',
    route: '/api/feedback-responses/{id}',
    as: 'invite-only request, neither its requester nor invited',
    request: async (t) => ({ path: `/api/feedback-responses/${await hiddenResponse(t)}`, body: answer }),
    expected: HIDDEN,
  },
  ...(
    [
      ['helpful', { helpful: true }],
      ['thanks', { message: 'Moltes gràcies!' }],
    ] as const
  ).flatMap(([action, body]): RouteCase[] => [
    {
      method: 'PUT',
      route: `/api/feedback-responses/{id}/${action}`,
      as: 'the requester',
      request: async (t, caller) => ({
        path: `/api/feedback-responses/${await response(t, null, await request(t, { requesterId: caller }))}/${action}`,
        body,
      }),
      expected: ITS_OWNER,
    },
    {
      method: 'PUT',
      route: `/api/feedback-responses/{id}/${action}`,
      as: 'its reviewer',
      request: async (t, caller) => ({ path: `/api/feedback-responses/${await response(t, caller)}/${action}`, body }),
      expected: NOT_ITS_OWNER,
    },
    {
      method: 'PUT',
      route: `/api/feedback-responses/{id}/${action}`,
      as: 'another member',
      request: async (t) => ({ path: `/api/feedback-responses/${await response(t, null)}/${action}`, body }),
      expected: NOT_ITS_OWNER,
    },
    {
      method: 'PUT',
      route: `/api/feedback-responses/{id}/${action}`,
      as: 'invite-only request, neither its requester nor invited',
      request: async (t) => ({ path: `/api/feedback-responses/${await hiddenResponse(t)}/${action}`, body }),
      expected: HIDDEN,
    },
  ]),
  { method: 'GET', route: '/api/members/me/feedback-settings', request: async () => ({ path: '/api/members/me/feedback-settings' }), expected: ANYONE },
  {
    method: 'PUT',
    route: '/api/members/me/feedback-settings',
    request: async () => ({ path: '/api/members/me/feedback-settings', body: { open: true, weeklyQuota: 3 } }),
    expected: ANYONE,
  },
];
