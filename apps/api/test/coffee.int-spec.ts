import type { CoffeeInvitation, CoffeeMatch, CoffeeRound, CoffeeSettings } from '@tertulia/domain';
import { addDays, todayIn } from '../src/common/time/today';
import { seedDemo } from '../src/database/seed/seed-demo';
import { CoffeeRoundsService } from '../src/modules/coffee/coffee-rounds.service';
import { createMember, type MemberOverrides } from './factories/member.factory';
import { inbox } from './utils/inbox';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const today = () => todayIn('Europe/Madrid');

describe('coffee over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);
  const rowCount = async (table: string) => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n;

  describe('settings: opt-in, snooze and the private do-not-pair list', () => {
    it('starts out of the pairing, and saves the choice, the pause and the list', async () => {
      const ana = await signedIn();
      const [bru, cai] = [await signedIn({ displayName: 'Bru Vidal', headline: 'Dissenyador' }), await signedIn({ displayName: 'Cai Puig' })];
      expect((await ana.client.get('/api/coffee/me')).body).toEqual({ optIn: false, snoozeUntil: null, doNotPair: [] });

      const snoozeUntil = addDays(today(), 10);
      const saved = await ana.client.put<CoffeeSettings>('/api/coffee/me', { optIn: true, snoozeUntil, doNotPair: [cai.id, bru.id] });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ optIn: true, snoozeUntil });
      expect(saved.body.doNotPair.map((member) => member.displayName)).toEqual(['Bru Vidal', 'Cai Puig']);
      expect(saved.body.doNotPair[0]).toEqual({ id: bru.id, displayName: 'Bru Vidal', photoUrl: null, businessName: null, headline: 'Dissenyador' });

      // Without doNotPair the list stays; without snoozeUntil the pause is cleared.
      const again = await ana.client.put<CoffeeSettings>('/api/coffee/me', { optIn: true });
      expect(again.body).toMatchObject({ optIn: true, snoozeUntil: null });
      expect(again.body.doNotPair).toHaveLength(2);
      const emptied = await ana.client.put<CoffeeSettings>('/api/coffee/me', { optIn: false, doNotPair: [] });
      expect(emptied.body).toEqual({ optIn: false, snoozeUntil: null, doNotPair: [] });
    });

    it('refuses bad input with a 4xx and changes nothing', async () => {
      const ana = await signedIn();
      const bru = await signedIn();
      const gone = await createMember(t.dataSource, { status: 'deactivated' });
      await ana.client.put('/api/coffee/me', { optIn: true, doNotPair: [bru.id] });
      const before = (await ana.client.get('/api/coffee/me')).body;

      const cases: [unknown, number, string][] = [
        [{ optIn: 'yes' }, 400, 'VALIDATION_FAILED'],
        [{}, 400, 'VALIDATION_FAILED'],
        [{ optIn: true, snoozeUntil: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
        [{ optIn: true, doNotPair: ['not-a-uuid'] }, 400, 'VALIDATION_FAILED'],
        [{ optIn: true, doNotPair: [bru.id, bru.id] }, 400, 'VALIDATION_FAILED'],
        [{ optIn: true, role: 'manager' }, 400, 'VALIDATION_FAILED'],
        [{ optIn: false, snoozeUntil: addDays(today(), -1) }, 422, 'COFFEE_SNOOZE_OUT_OF_RANGE'],
        [{ optIn: false, snoozeUntil: addDays(today(), 400) }, 422, 'COFFEE_SNOOZE_OUT_OF_RANGE'],
        [{ optIn: false, doNotPair: [gone.id] }, 422, 'COFFEE_MEMBER_NOT_ELIGIBLE'],
        [{ optIn: false, doNotPair: [bru.id, ana.id] }, 422, 'COFFEE_MEMBER_NOT_ELIGIBLE'],
        [{ optIn: false, doNotPair: ['00000000-0000-4000-8000-000000000000'] }, 422, 'COFFEE_MEMBER_NOT_ELIGIBLE'],
      ];
      for (const [body, status, code] of cases) {
        const response = await ana.client.put('/api/coffee/me', body);
        expect({ body, status: response.status, code: response.body.error?.code }).toEqual({ body, status, code });
      }
      const refused = await ana.client.put('/api/coffee/me', { optIn: false, doNotPair: [bru.id, ana.id] });
      expect(refused.body.error.details).toEqual([{ path: 'doNotPair.1', message: expect.any(String) }]);
      expect((await ana.client.get('/api/coffee/me')).body).toEqual(before);
    });

    it('the list is never shown to anyone else, the manager included, nor in a profile', async () => {
      const ana = await signedIn();
      const bru = await signedIn();
      const manager = await signedIn({ role: 'manager' });
      await ana.client.put('/api/coffee/me', { optIn: true, doNotPair: [bru.id] });
      for (const reader of [bru, manager]) {
        expect((await reader.client.get('/api/coffee/me')).body.doNotPair).toEqual([]);
        const profile = await reader.client.get(`/api/members/${ana.id}`);
        expect(JSON.stringify(profile.body)).not.toContain(bru.id);
      }
    });
  });

  describe('invitations', () => {
    const invite = (from: Person, to: Person, fields: Record<string, unknown> = {}) =>
      from.client.post('/api/coffee/invitations', {
        inviteeId: to.id,
        proposedTimes: [inHours(26), inHours(50)],
        message: 'Un cafè i em parles del teu projecte?',
        ...fields,
      });

    it('the invitee accepts one of the times; both see it, and the inviter is told', async () => {
      const ana = await signedIn({ displayName: 'Ana Roca' });
      const bru = await signedIn({ displayName: 'Bru Vidal' });
      const times = [inHours(50), inHours(26)];
      const created = await invite(ana, bru, { proposedTimes: times });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        inviter: { id: ana.id, displayName: 'Ana Roca' },
        invitee: { id: bru.id, displayName: 'Bru Vidal' },
        proposedTimes: [...times].sort(),
        message: 'Un cafè i em parles del teu projecte?',
        status: 'pending',
        chosenTime: null,
      });
      expect(await inbox(bru.client)).toContainEqual({ kind: 'coffee_invited', data: { inviterName: 'Ana Roca' }, link: '/coffee' });
      const received = await bru.client.get('/api/coffee/invitations?box=received');
      expect(received.body.items.map((item: CoffeeInvitation) => item.id)).toEqual([created.body.id]);
      expect((await ana.client.get('/api/coffee/invitations?box=sent')).body.items.map((item: CoffeeInvitation) => item.id)).toEqual([created.body.id]);
      expect((await ana.client.get('/api/coffee/invitations?box=received')).body.items).toEqual([]);

      // The chosen time, given in another offset, is the same instant.
      const chosen = new Date(times[0]!);
      const offset = new Date(chosen.getTime() + 2 * HOUR).toISOString().replace('Z', '+02:00');
      const accepted = await bru.client.post<CoffeeInvitation>(`/api/coffee/invitations/${created.body.id}/accept`, { time: offset });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', chosenTime: chosen.toISOString(), answeredAt: expect.any(String) });
      expect(await inbox(ana.client)).toContainEqual({
        kind: 'coffee_accepted',
        data: { inviteeName: 'Bru Vidal', startsAt: chosen.toISOString() },
        link: '/coffee',
      });

      // Answering again, either way, is 409 and changes nothing.
      for (const again of [
        bru.client.post(`/api/coffee/invitations/${created.body.id}/decline`),
        bru.client.post(`/api/coffee/invitations/${created.body.id}/accept`, { time: times[1] }),
      ]) {
        const response = await again;
        expect({ status: response.status, code: response.body.error.code }).toEqual({ status: 409, code: 'COFFEE_INVITATION_ANSWERED' });
      }
      expect((await bru.client.get('/api/coffee/invitations?box=received')).body.items[0]).toMatchObject({ status: 'accepted', chosenTime: chosen.toISOString() });
    });

    it('the invitee declines; the inviter is told and may invite again', async () => {
      const ana = await signedIn();
      const bru = await signedIn({ displayName: 'Bru Vidal' });
      const created = await invite(ana, bru);
      // One unanswered invitation at a time to the same person.
      const second = await invite(ana, bru);
      expect({ status: second.status, code: second.body.error?.code }).toEqual({ status: 409, code: 'COFFEE_INVITATION_PENDING' });
      const declined = await bru.client.post<CoffeeInvitation>(`/api/coffee/invitations/${created.body.id}/decline`);
      expect(declined.body).toMatchObject({ status: 'declined', chosenTime: null });
      expect(await inbox(ana.client)).toContainEqual({ kind: 'coffee_declined', data: { inviteeName: 'Bru Vidal' }, link: '/coffee' });
      expect((await invite(ana, bru)).status).toBe(201);
    });

    it('nobody answers someone else’s invitation: the inviter gets 403, others 404, and nothing changes', async () => {
      const [ana, bru, cai] = [await signedIn(), await signedIn(), await signedIn()];
      const manager = await signedIn({ role: 'manager' });
      const { body } = await invite(ana, bru);
      const own = await ana.client.post(`/api/coffee/invitations/${body.id}/accept`, { time: body.proposedTimes[0] });
      expect({ status: own.status, code: own.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      for (const stranger of [cai, manager]) {
        const response = await stranger.client.post(`/api/coffee/invitations/${body.id}/decline`);
        expect({ status: response.status, code: response.body.error.code }).toEqual({ status: 404, code: 'COFFEE_INVITATION_NOT_FOUND' });
      }
      const unknown = await bru.client.post('/api/coffee/invitations/00000000-0000-4000-8000-000000000000/decline');
      expect(unknown.status).toBe(404);
      expect((await bru.client.get('/api/coffee/invitations?box=received')).body.items[0]).toMatchObject({ status: 'pending', answeredAt: null });
    });

    it('refuses bad invitations and bad answers with a 4xx, writing nothing', async () => {
      const [ana, bru] = [await signedIn(), await signedIn()];
      const gone = await createMember(t.dataSource, { status: 'deactivated' });
      const invited = await createMember(t.dataSource, { status: 'invited' });
      const before = await rowCount('coffee_invitations');
      const long = 'x'.repeat(281);
      const cases: [Record<string, unknown>, number, string][] = [
        [{ proposedTimes: [] }, 400, 'VALIDATION_FAILED'],
        [{ proposedTimes: [inHours(1), inHours(2), inHours(3), inHours(4)] }, 400, 'VALIDATION_FAILED'],
        [{ proposedTimes: ['tomorrow at nine'] }, 400, 'VALIDATION_FAILED'],
        [{ proposedTimes: [inHours(5), inHours(5)] }, 400, 'VALIDATION_FAILED'],
        [{ message: long }, 400, 'VALIDATION_FAILED'],
        [{ inviteeId: 'nobody' }, 400, 'VALIDATION_FAILED'],
        [{ extra: true }, 400, 'VALIDATION_FAILED'],
        [{ proposedTimes: [inHours(5), inHours(-1)] }, 422, 'COFFEE_TIME_PAST'],
        [{ inviteeId: ana.id }, 422, 'COFFEE_MEMBER_NOT_ELIGIBLE'],
        [{ inviteeId: gone.id }, 422, 'COFFEE_MEMBER_NOT_ELIGIBLE'],
        [{ inviteeId: invited.id }, 422, 'COFFEE_MEMBER_NOT_ELIGIBLE'],
        [{ inviteeId: '00000000-0000-4000-8000-000000000000' }, 422, 'COFFEE_MEMBER_NOT_ELIGIBLE'],
      ];
      for (const [fields, status, code] of cases) {
        const response = await invite(ana, bru, fields);
        expect({ fields, status: response.status, code: response.body.error?.code }).toEqual({ fields, status, code });
      }
      expect(await rowCount('coffee_invitations')).toBe(before);
      expect((await inbox(bru.client)).filter((told) => told.kind === 'coffee_invited')).toEqual([]);

      const { body } = await invite(ana, bru);
      for (const [answer, status, code] of [
        [{ time: inHours(27) }, 422, 'COFFEE_TIME_NOT_PROPOSED'],
        [{ time: 'soon' }, 400, 'VALIDATION_FAILED'],
        [{}, 400, 'VALIDATION_FAILED'],
      ] as const) {
        const response = await bru.client.post(`/api/coffee/invitations/${body.id}/accept`, answer);
        expect({ status: response.status, code: response.body.error.code }).toEqual({ status, code });
      }
      const badId = await bru.client.post('/api/coffee/invitations/nope/accept', { time: body.proposedTimes[0] });
      expect(badId.status).toBe(400);
      expect((await bru.client.get('/api/coffee/invitations?box=received')).body.items[0]).toMatchObject({ status: 'pending' });
    });

    it('a time that has passed can no longer be accepted', async () => {
      const [ana, bru] = [await signedIn(), await signedIn()];
      const { body } = await invite(ana, bru);
      await t.dataSource.query(`UPDATE coffee_invitations SET proposed_times = ARRAY[now() - interval '1 hour', now() + interval '1 day'] WHERE id = $1`, [
        body.id,
      ]);
      const [past] = (await t.dataSource.query(`SELECT proposed_times[1] AS at FROM coffee_invitations WHERE id = $1`, [body.id])) as { at: Date }[];
      const response = await bru.client.post(`/api/coffee/invitations/${body.id}/accept`, { time: new Date(past!.at).toISOString() });
      expect({ status: response.status, code: response.body.error.code }).toEqual({ status: 422, code: 'COFFEE_TIME_PAST' });
    });

    it('waits while the invitee is in focus: not shown, not told, not answerable until the focus ends', async () => {
      const ana = await signedIn({ displayName: 'Ana Roca' });
      const bru = await signedIn({ focusUntil: new Date(Date.now() + 2 * HOUR) });
      const { body, status } = await invite(ana, bru);
      expect(status).toBe(201);
      // The inviter sees it as sent; the invitee sees nothing yet.
      expect((await ana.client.get('/api/coffee/invitations?box=sent')).body.items).toHaveLength(1);
      expect((await bru.client.get('/api/coffee/invitations?box=received')).body.items).toEqual([]);
      expect((await inbox(bru.client)).filter((told) => told.kind === 'coffee_invited')).toEqual([]);
      const early = await bru.client.post(`/api/coffee/invitations/${body.id}/decline`);
      expect(early.status).toBe(404);
      const [held] = await t.dataSource.query(`SELECT deliver_at > now() + interval '1 hour' AS later FROM notifications WHERE member_id = $1 AND kind = 'coffee_invited'`, [
        bru.id,
      ]);
      expect(held).toEqual({ later: true });

      // Focus over (here: ended early by the invitee): the invitation shows and can be answered.
      const ended = await bru.client.put('/api/members/me/status', { focusUntil: null, openToCoffee: false });
      expect(ended.status).toBe(200);
      expect((await bru.client.get('/api/coffee/invitations?box=received')).body.items.map((item: CoffeeInvitation) => item.id)).toEqual([body.id]);
      expect((await bru.client.post(`/api/coffee/invitations/${body.id}/decline`)).status).toBe(200);
    });

    it('an invitation held for a focus that has passed is shown (and its notification delivered)', async () => {
      const ana = await signedIn({ displayName: 'Ana Roca' });
      const bru = await signedIn({ focusUntil: new Date(Date.now() + HOUR) });
      const { body } = await invite(ana, bru);
      // The hour passes: the focus and the hold end together.
      await t.dataSource.query(`UPDATE members SET focus_until = now() - interval '1 minute' WHERE id = $1`, [bru.id]);
      await t.dataSource.query(`UPDATE coffee_invitations SET held_until = now() - interval '1 minute' WHERE id = $1`, [body.id]);
      await t.dataSource.query(`UPDATE notifications SET deliver_at = now() - interval '1 minute' WHERE member_id = $1 AND kind = 'coffee_invited'`, [bru.id]);
      expect((await bru.client.get('/api/coffee/invitations?box=received')).body.items.map((item: CoffeeInvitation) => item.id)).toEqual([body.id]);
      expect(await inbox(bru.client)).toContainEqual({ kind: 'coffee_invited', data: { inviterName: 'Ana Roca' }, link: '/coffee' });
    });

    it('lists newest first, a page at a time', async () => {
      const bru = await signedIn();
      const inviters = [await signedIn(), await signedIn(), await signedIn()];
      const ids: string[] = [];
      for (const inviter of inviters) ids.push((await invite(inviter, bru)).body.id);
      const first = await bru.client.get('/api/coffee/invitations?box=received&limit=2');
      expect(first.body.items.map((item: CoffeeInvitation) => item.id)).toEqual([ids[2], ids[1]]);
      const second = await bru.client.get(`/api/coffee/invitations?box=received&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
      expect((await bru.client.get('/api/coffee/invitations?box=all')).status).toBe(400);
      expect((await bru.client.get('/api/coffee/invitations?box=sent&cursor=bad')).status).toBe(400);
    });
  });
});

describe('coffee: the manager starts the week’s round', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('pairs the opted-in, tells them, then the week is taken (a second round and the Monday job write nothing); «we met» is theirs to mark', async () => {
    const manager = await signedInMember(t, { role: 'manager' });
    const people: Person[] = [];
    for (const name of ['Ana', 'Bru', 'Cai']) {
      const person = await signedInMember(t, { displayName: name, headline: `${name} fa coses`, skills: ['Cafè'] });
      await person.client.put('/api/coffee/me', { optIn: true });
      people.push(person);
    }
    const member = people[0]!;
    const refused = await member.client.post('/api/coffee/rounds');
    expect(refused.status).toBe(403);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM coffee_rounds`)).toEqual([{ n: 0 }]);

    // Two managers' clicks at the same moment: one round.
    const [first, second] = await Promise.all([manager.client.post<CoffeeRound>('/api/coffee/rounds'), manager.client.post('/api/coffee/rounds')]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([201, 409]);
    const made = (first.status === 201 ? first : second).body as CoffeeRound;
    const lost = (first.status === 201 ? second : first).body;
    expect(lost.error.code).toBe('COFFEE_ROUND_EXISTS');
    expect(made).toMatchObject({ groups: 1, matched: 3, newPairs: 3, repeatPairs: 0 });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM coffee_rounds`)).toEqual([{ n: 1 }]);

    // An odd count: one trio. Each sees the two others with their profile.
    for (const person of people) {
      const { match } = (await person.client.get<{ match: CoffeeMatch }>('/api/coffee/matches/current')).body;
      expect(match.weekOf).toBe(made.weekOf);
      expect(match.partners.map((partner) => partner.id).sort()).toEqual(people.filter((p) => p !== person).map((p) => p.id).sort());
      expect(match.partners[0]).toMatchObject({ headline: expect.stringMatching(/fa coses$/), skills: ['Cafè'] });
      const told = (await inbox(person.client)).filter((item) => item.kind === 'coffee_matched');
      expect(told).toHaveLength(1);
      expect(told[0]!.data.partnerNames.split(', ').sort()).toEqual(['Ana', 'Bru', 'Cai'].filter((name) => !match.partners.every((p) => p.displayName !== name)).sort());
    }
    // The manager was not opted in: no match.
    expect((await manager.client.get('/api/coffee/matches/current')).body).toEqual({ match: null });

    const later = await manager.client.post('/api/coffee/rounds');
    expect({ status: later.status, code: later.body.error.code }).toEqual({ status: 409, code: 'COFFEE_ROUND_EXISTS' });
    expect(await t.app.get(CoffeeRoundsService).weekly(new Date())).toBeNull();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM coffee_matches`)).toEqual([{ n: 1 }]);

    // «We met»: either member of the match marks it, once; nobody else can.
    const [ana, bru] = people as [Person, Person];
    const outsider = await signedInMember(t);
    const { match } = (await ana.client.get<{ match: CoffeeMatch }>('/api/coffee/matches/current')).body;
    expect(match.metAt).toBeNull();
    for (const stranger of [outsider, manager]) {
      const response = await stranger.client.post(`/api/coffee/matches/${match.id}/met`);
      expect({ status: response.status, code: response.body.error.code }).toEqual({ status: 404, code: 'COFFEE_MATCH_NOT_FOUND' });
    }
    const marked = await bru.client.post<CoffeeMatch>(`/api/coffee/matches/${match.id}/met`);
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: match.id, metAt: expect.any(String) });
    expect(marked.body.partners.map((partner) => partner.id)).toContain(ana.id);
    const again = await ana.client.post<CoffeeMatch>(`/api/coffee/matches/${match.id}/met`);
    expect(again.body.metAt).toBe(marked.body.metAt);
    expect((await ana.client.get<{ match: CoffeeMatch }>('/api/coffee/matches/current')).body.match.metAt).toBe(marked.body.metAt);
    expect((await ana.client.post('/api/coffee/matches/not-an-id/met')).status).toBe(400);
  });
});

describe('coffee: the demo community', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has an invitation from Jordi for the manager to answer, with two future times, and nobody opted in', async () => {
    expect(await seedDemo(t.dataSource)).toBe(true);
    const manager = t.client();
    await manager.signIn('montse.vidal@tertulia.example', 'tertulia-demo');
    const received = (await manager.get('/api/coffee/invitations?box=received')).body.items as CoffeeInvitation[];
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ inviter: { displayName: 'Jordi Puig' }, status: 'pending' });
    expect(received[0]!.proposedTimes).toHaveLength(2);
    for (const time of received[0]!.proposedTimes) expect(Date.parse(time)).toBeGreaterThan(Date.now());
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM coffee_preferences WHERE opt_in`)).toEqual([{ n: 0 }]);
  });
});
